import { actorForAccount } from '@steward/core';
import type { Database } from '@steward/db';
import type { Actor } from '@steward/domain';
import type { Context } from 'hono';
import type { Config } from '../config.js';
import { authenticateRequest } from './credentials.js';
import type { AppEnv } from './env.js';

/** The actor of a REST request, from its bearer token or session cookie; null when signed out. */
export async function actorForRequest(c: Context<AppEnv>, db: Database, config: Config): Promise<Actor | null> {
  const viewer = await authenticateRequest(c, db, config);
  if (!viewer) return null;
  return actorForAccount(viewer.account, { requestId: c.get('requestId'), sessionId: viewer.sessionId });
}
