import { signIn, signOut } from '@steward/core';
import type { Database } from '@steward/db';
import { Hono } from 'hono';
import type { Config } from '../config.js';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './credentials.js';
import type { AppEnv } from './env.js';

/** Sign-in and sign-out: the only routes that set or clear the session cookie. */
export function authRoutes(db: Database, config: Config) {
  return new Hono<AppEnv>()
    .post('/sign-in', async (c) => {
      const body = await c.req.json().catch(() => null);
      const signedIn = await signIn(db, body ?? {}, {
        userAgent: c.req.header('user-agent') ?? null,
        requestId: c.get('requestId'),
      });
      setSessionCookie(c, config, signedIn.sessionToken, signedIn.expiresAt);
      c.get('logger').info({ accountId: signedIn.account.id }, 'signed in');
      return c.json({
        account: {
          id: signedIn.account.id,
          email: signedIn.account.email,
          displayName: signedIn.account.displayName,
          role: signedIn.account.role,
          mustChangePassword: signedIn.account.mustChangePassword,
        },
        expiresAt: signedIn.expiresAt.toISOString(),
      });
    })
    .post('/sign-out', async (c) => {
      const token = sessionTokenOf(c);
      if (token) await signOut(db, token, { requestId: c.get('requestId') });
      clearSessionCookie(c, config);
      return c.json({ signedOut: true });
    });
}
