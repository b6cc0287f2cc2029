import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret (session cookie or API token): 32 random bytes, base64url. */
export function generateSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Only this is stored; a leaked database does not leak live sessions or tokens. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
