import { env } from '../env';

export interface SignedInAccount {
  id: string;
  email: string;
  displayName: string;
  role: string;
  mustChangePassword: boolean;
}

export type SignInOutcome =
  | { kind: 'signed-in'; account: SignedInAccount }
  | { kind: 'bad-credentials'; message: string }
  | { kind: 'invalid-input'; fieldErrors: { field: string; message: string }[] }
  | { kind: 'failed' };

interface ErrorBody {
  error?: { code?: string; message?: string; fieldErrors?: { field: string; message: string }[] };
}

/** POST /auth/sign-in; the server sets an HTTP-only session cookie on success. */
export async function signIn(email: string, password: string): Promise<SignInOutcome> {
  try {
    const response = await fetch(`${env.authUrl}/sign-in`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.ok) {
      const body = (await response.json()) as { account: SignedInAccount };
      return { kind: 'signed-in', account: body.account };
    }
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    if (response.status === 400 && body.error?.fieldErrors?.length) {
      return { kind: 'invalid-input', fieldErrors: body.error.fieldErrors };
    }
    if (response.status === 401 || response.status === 400) {
      return { kind: 'bad-credentials', message: body.error?.message ?? '' };
    }
    return { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

/** POST /auth/sign-out; JSON like every write, so the CSRF rule lets it through. */
export async function signOut(): Promise<void> {
  await fetch(`${env.authUrl}/sign-out`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  }).catch(() => undefined);
}
