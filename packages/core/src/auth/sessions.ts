import { accounts, apiTokens, type Database, sessions } from '@steward/db';
import {
  type Account,
  type ApiToken,
  AuthenticationError,
  createApiTokenInputSchema,
  NotAllowedError,
  NotFoundError,
  parseInput,
  revokeApiTokenInputSchema,
  SESSION_ABSOLUTE_DAYS,
  SESSION_IDLE_HOURS,
  type SignInInput,
  signInInputSchema,
} from '@steward/domain';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { defineUseCase } from '../shared/use-case.js';
import { actorForAccount, toAccount } from './accounts.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import { generateSecret, hashSecret } from './secrets.js';

const HOUR = 3_600_000;
/** A session's expiry slides forward at most this often, so reads do not write every time. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export interface SignedIn {
  account: Account;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  sessionId: string;
  expiresAt: Date;
}

/** Checks email and password and opens a session. Every failure reads the same. */
export async function signIn(
  db: Database,
  rawInput: SignInInput,
  context: { userAgent?: string | null; requestId?: string | null; now?: Date } = {},
): Promise<SignedIn> {
  const input = parseInput(signInInputSchema, rawInput);
  const now = context.now ?? new Date();
  const [row] = await db.select().from(accounts).where(sql`lower(${accounts.email}) = ${input.email}`);
  const valid = await verifyPassword(row?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!row || !valid || row.disabled) {
    throw new AuthenticationError('The email or password is not right, or the account is disabled.');
  }
  const sessionToken = generateSecret();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_HOURS * HOUR);
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(sessions)
      .values({
        accountId: row.id,
        tokenHash: hashSecret(sessionToken),
        expiresAt,
        absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_DAYS * 24 * HOUR),
        lastSeenAt: now,
        userAgent: context.userAgent?.slice(0, 500) ?? null,
        createdBy: row.id,
        updatedBy: row.id,
      })
      .returning();
    const [updated] = await tx.update(accounts).set({ lastSignInAt: now }).where(eq(accounts.id, row.id)).returning();
    const account = toAccount(updated!);
    await recordAudit(tx, actorForAccount(account, { requestId: context.requestId ?? null }), 'auth.session.signIn', {
      entityType: 'Account',
      entityId: account.id,
      after: { sessionId: session!.id, userAgent: session!.userAgent },
    });
    return { account, sessionToken, sessionId: session!.id, expiresAt };
  });
}

export interface Authenticated {
  account: Account;
  sessionId: string | null;
  /** Set when the session's expiry moved: the cookie should be refreshed. */
  renewedUntil: Date | null;
}

/** The account behind a session cookie, or null when it is unknown, expired or revoked. */
export async function authenticateSession(
  db: Database,
  sessionToken: string,
  now = new Date(),
): Promise<Authenticated | null> {
  const [row] = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(
      and(
        eq(sessions.tokenHash, hashSecret(sessionToken)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.absoluteExpiresAt, now),
      ),
    );
  if (!row || row.account.disabled) return null;
  let renewedUntil: Date | null = null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    const slid = Math.min(now.getTime() + SESSION_IDLE_HOURS * HOUR, row.session.absoluteExpiresAt.getTime());
    renewedUntil = new Date(slid);
    // Bookkeeping, not a governance change: no audit event.
    await db.update(sessions).set({ lastSeenAt: now, expiresAt: renewedUntil }).where(eq(sessions.id, row.session.id));
  }
  return { account: toAccount(row.account), sessionId: row.session.id, renewedUntil };
}

/** Ends a session. Unknown or already ended sessions are fine: signing out is idempotent. */
export async function signOut(db: Database, sessionToken: string, context: { requestId?: string | null } = {}) {
  await db.transaction(async (tx) => {
    const [session] = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.tokenHash, hashSecret(sessionToken)), isNull(sessions.revokedAt)))
      .returning();
    if (!session) return;
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, session.accountId));
    const actor = actorForAccount(toAccount(account!), { requestId: context.requestId ?? null, sessionId: session.id });
    await recordAudit(tx, actor, 'auth.session.signOut', {
      entityType: 'Account',
      entityId: session.accountId,
      after: { sessionId: session.id },
    });
  });
}

type ApiTokenRow = typeof apiTokens.$inferSelect;
const toApiToken = (row: ApiTokenRow): ApiToken => ({
  id: row.id,
  accountId: row.accountId,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
});

const TOKEN_PREFIX = 'stw_';

/** Creates an API token for the signed-in account. The secret is returned this once only. */
export const createApiToken = defineUseCase({
  action: 'auth.apiToken.create',
  input: createApiTokenInputSchema,
  permission: 'tokens:own',
  async run({ tx, actor, audit }, input) {
    if (!actor.accountId) throw new NotAllowedError('Only a signed-in account can own API tokens.');
    const secret = generateSecret(TOKEN_PREFIX);
    const [row] = await tx
      .insert(apiTokens)
      .values({
        accountId: actor.accountId,
        name: input.name,
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        tokenHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + input.expiresInDays * 24 * HOUR),
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const token = toApiToken(row!);
    await audit({ entityType: 'ApiToken', entityId: token.id, after: token });
    return { token, secret };
  },
});

/** Revokes one of your tokens (admins may revoke anyone's). */
export const revokeApiToken = defineUseCase({
  action: 'auth.apiToken.revoke',
  input: revokeApiTokenInputSchema,
  permission: null,
  async run({ tx, actor, audit }, { id }) {
    const [current] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update');
    if (!current || (current.accountId !== actor.accountId && actor.role !== 'admin')) {
      throw new NotFoundError('ApiToken', id, { field: 'id' });
    }
    const [row] = await tx
      .update(apiTokens)
      .set({
        revokedAt: current.revokedAt ?? new Date(),
        version: current.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.accountId,
      })
      .where(eq(apiTokens.id, id))
      .returning();
    const token = toApiToken(row!);
    await audit({ entityType: 'ApiToken', entityId: id, before: toApiToken(current), after: token });
    return token;
  },
});

export async function listApiTokensOfAccount(db: Database, accountId: string): Promise<ApiToken[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(200);
  return rows.map(toApiToken);
}

/** The account behind an `Authorization: Bearer stw_…` token, or null. */
export async function authenticateApiToken(
  db: Database,
  secret: string,
  now = new Date(),
): Promise<Authenticated | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .select({ token: apiTokens, account: accounts })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(secret)), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
  if (!row || row.account.disabled) return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return { account: toAccount(row.account), sessionId: null, renewedUntil: null };
}
