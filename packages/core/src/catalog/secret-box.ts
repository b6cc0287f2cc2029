import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Seals source passwords with AES-256-GCM under a key from the server's environment
 * (STEWARD_SECRET_KEY). A leaked database without the key leaks no password; a wrong key
 * fails loudly instead of connecting with garbage.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
  /** Whether a key is configured; without one, passwords can only be named as environment variables. */
  readonly available: boolean;
  /** A password named as one of the server's environment variables (`passwordEnv`). */
  fromEnvironment(name: string): string | undefined;
}

const VERSION = 'v1';

/** `env` is the server's environment, read once at start-up (sources may name a variable of it). */
export function createSecretBox(
  key: string | undefined,
  env: Readonly<Record<string, string | undefined>> = {},
): SecretBox {
  // Any string is accepted as the key; it is stretched to 32 bytes.
  const material = key ? createHash('sha256').update(`steward-secret-box:${key}`).digest() : null;
  return {
    available: material !== null,
    fromEnvironment: (name) => env[name],
    seal(plain) {
      if (!material) throw new Error('No STEWARD_SECRET_KEY is set: a password cannot be stored');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', material, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        VERSION,
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(sealed) {
      if (!material) throw new Error('No STEWARD_SECRET_KEY is set: the stored password cannot be read');
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined)
        throw new Error('The stored password is not in a known format');
      const decipher = createDecipheriv('aes-256-gcm', material, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('The stored password cannot be opened with this STEWARD_SECRET_KEY (was the key changed?)');
      }
    },
  };
}
