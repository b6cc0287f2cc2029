import { type Authenticated, authenticateApiToken, authenticateSession } from '@steward/core';
import type { Database } from '@steward/db';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.js';

export const SESSION_COOKIE = 'steward_session';

/** The session cookie: HTTP-only, SameSite=Lax, Secure behind https, expiring with the session. */
export function setSessionCookie(c: Context, config: Config, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.cookieSecure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context, config: Config) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.cookieSecure });
}

export function sessionTokenOf(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * Who is calling: an API token (`Authorization: Bearer stw_…`) or the session cookie.
 * A request that names a bearer token is judged by the token alone.
 */
export async function authenticateRequest(c: Context, db: Database, config: Config): Promise<Authenticated | null> {
  const header = c.req.header('authorization');
  if (header) {
    const [scheme, secret] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !secret) return null;
    return authenticateApiToken(db, secret.trim());
  }
  const token = sessionTokenOf(c);
  if (!token) return null;
  const authenticated = await authenticateSession(db, token);
  if (!authenticated) {
    clearSessionCookie(c, config);
    return null;
  }
  if (authenticated.renewedUntil) setSessionCookie(c, config, token, authenticated.renewedUntil);
  return authenticated;
}
