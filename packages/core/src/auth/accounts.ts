import { accounts, apiTokens, type Database, people, type Queryable, sessions } from '@steward/db';
import {
  type Account,
  type Actor,
  type AppRole,
  AuthenticationError,
  assertCan,
  changePasswordInputSchema,
  createAccountInputSchema,
  InputError,
  NotAllowedError,
  NotFoundError,
  type Page,
  type PageRequest,
  pageArgsSchema,
  parseInput,
  systemActor,
  updateAccountInputSchema,
} from '@steward/domain';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';
import { generateOneTimePassword, hashPassword, verifyPassword } from './passwords.js';

type AccountRow = typeof accounts.$inferSelect;

export function toAccount(row: AccountRow): Account {
  const { passwordHash: _hidden, ...rest } = row;
  return { ...rest, role: row.role as AppRole };
}

/** The actor a signed-in account acts as. */
export function actorForAccount(
  account: Account,
  context: { requestId?: string | null; sessionId?: string | null } = {},
): Actor {
  return {
    kind: 'account',
    accountId: account.id,
    personId: account.personId,
    role: account.role,
    label: account.email,
    requestId: context.requestId ?? null,
    sessionId: context.sessionId ?? null,
  };
}

async function findLinkablePerson(tx: Queryable, personId: string | null | undefined) {
  if (!personId) return undefined;
  const [person] = await tx.select({ id: people.id, name: people.name }).from(people).where(eq(people.id, personId));
  if (!person) throw new NotFoundError('Person', personId, { field: 'personId' });
  const [linked] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId));
  if (linked) throw InputError.forField('personId', 'already has an account');
  return person;
}

/**
 * Creates a sign-in. Without a password, Steward makes a one-time one (returned once) that
 * must be changed at the first sign-in: admins should not invent passwords for others.
 */
export const createAccount = defineUseCase({
  action: 'auth.account.create',
  input: createAccountInputSchema,
  permission: 'accounts:manage',
  async run({ tx, actor, audit }, { password, displayName, mustChangePassword, ...input }) {
    const [clash] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(sql`lower(${accounts.email}) = ${input.email}`);
    if (clash) throw InputError.forField('email', 'is already used by another account');
    const person = await findLinkablePerson(tx, input.personId);
    const oneTimePassword = password ? null : generateOneTimePassword();
    const [row] = await tx
      .insert(accounts)
      .values({
        ...input,
        displayName: displayName ?? person!.name,
        passwordHash: await hashPassword(password ?? oneTimePassword!),
        mustChangePassword: mustChangePassword ?? !password,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const account = toAccount(row!);
    await audit({ entityType: 'Account', entityId: account.id, after: account, relatedIds: [account.personId] });
    return { account, oneTimePassword };
  },
});

/** Signs every session and API token of an account out. */
async function revokeCredentials(tx: Queryable, accountId: string, exceptSessionId?: string) {
  const now = new Date();
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    );
  await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)));
}

async function countActiveAdmins(tx: Queryable): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(accounts)
    .where(and(eq(accounts.role, 'admin'), eq(accounts.disabled, false)));
  return row?.count ?? 0;
}

/** Changes an account's role or disables it. Disabling signs it out everywhere. */
export const updateAccount = defineUseCase({
  action: 'auth.account.update',
  input: updateAccountInputSchema,
  permission: 'accounts:manage',
  async run({ tx, actor, audit }, { id, version, ...patch }) {
    const [current] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
    assertVersion('Account', current, id, version);
    const losesAdmin =
      current.role === 'admin' && !current.disabled && ((patch.role && patch.role !== 'admin') || patch.disabled);
    if (losesAdmin && (await countActiveAdmins(tx)) <= 1) {
      throw InputError.forField(patch.disabled ? 'disabled' : 'role', 'Steward needs at least one active admin');
    }
    const [row] = await tx
      .update(accounts)
      .set({ ...definedOnly(patch), ...touch(current, actor.accountId) })
      .where(eq(accounts.id, id))
      .returning();
    if (patch.disabled) await revokeCredentials(tx, id);
    const account = toAccount(row!);
    await audit({ entityType: 'Account', entityId: id, before: toAccount(current as AccountRow), after: account });
    return account;
  },
});

/** An admin sets a one-time password; the user must choose a new one at the next sign-in. */
export const resetAccountPassword = defineUseCase({
  action: 'auth.account.resetPassword',
  input: z.object({ id: z.uuid({ error: 'must be a valid id' }) }),
  permission: 'accounts:manage',
  async run({ tx, actor, audit }, { id }) {
    const [current] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
    if (!current) throw new NotFoundError('Account', id, { field: 'id' });
    const oneTimePassword = generateOneTimePassword();
    const [row] = await tx
      .update(accounts)
      .set({
        passwordHash: await hashPassword(oneTimePassword),
        mustChangePassword: true,
        ...touch(current, actor.accountId),
      })
      .where(eq(accounts.id, id))
      .returning();
    await revokeCredentials(tx, id);
    await audit({ entityType: 'Account', entityId: id, after: { passwordReset: true } });
    return { account: toAccount(row!), oneTimePassword };
  },
});

/** The signed-in user changes their own password; their other sessions end. */
export const changePassword = defineUseCase({
  action: 'auth.account.changePassword',
  input: changePasswordInputSchema,
  permission: null,
  async run({ tx, actor, audit }, input) {
    if (!actor.accountId) throw new NotAllowedError('Only a signed-in account has a password to change.');
    const [current] = await tx.select().from(accounts).where(eq(accounts.id, actor.accountId)).for('update');
    if (!current) throw new AuthenticationError('Your account no longer exists.');
    if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
      throw InputError.forField('currentPassword', 'is not your current password');
    }
    const [row] = await tx
      .update(accounts)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        ...touch(current, actor.accountId),
      })
      .where(eq(accounts.id, current.id))
      .returning();
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(sessions.accountId, current.id),
          isNull(sessions.revokedAt),
          actor.sessionId ? ne(sessions.id, actor.sessionId) : undefined,
        ),
      );
    await audit({ entityType: 'Account', entityId: current.id, after: { passwordChanged: true } });
    return toAccount(row!);
  },
});

export async function findAccountsByIds(db: Queryable, ids: readonly string[]): Promise<(Account | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(accounts)
    .where(inArray(accounts.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toAccount(row)]));
  return ids.map((id) => byId.get(id));
}

const accountOrdering: Ordering = {
  keys: [
    { expression: sql`lower(${accounts.email})`, type: 'text' },
    { expression: sql`${accounts.id}`, type: 'uuid' },
  ],
  direction: 'asc',
};

export async function listAccounts(db: Database, actor: Actor, args: PageRequest): Promise<Page<Account>> {
  assertCan(actor, 'accounts:manage');
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const rows = await db
    .select({ account: accounts, cursorKeys: cursorKeysSql(accountOrdering) })
    .from(accounts)
    .where(afterCursorSql(accountOrdering, after))
    .orderBy(...orderBySql(accountOrdering))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(accounts);
  return toPage(
    rows.map((row) => ({ node: toAccount(row.account), cursorKeys: row.cursorKeys })),
    first,
    count,
  );
}

export interface InitialAdmin {
  created: boolean;
  email: string;
  /** Set when Steward chose the password: print it once. */
  oneTimePassword?: string;
}

/**
 * On first start Steward has no account: create an admin from the given email and password,
 * or with a one-time password the caller prints (and that must be changed at first sign-in).
 */
export async function ensureInitialAdmin(
  db: Database,
  options: { email: string; password?: string | undefined },
): Promise<InitialAdmin> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('steward.initial-admin'))`);
    const [existing] = await tx.select({ id: accounts.id }).from(accounts).limit(1);
    if (existing) return { created: false, email: options.email };
    const { account, oneTimePassword } = await createAccount(tx, systemActor('first-start'), {
      email: options.email,
      displayName: 'Administrator',
      role: 'admin',
      password: options.password ?? null,
    });
    return { created: true, email: account.email, ...(oneTimePassword ? { oneTimePassword } : {}) };
  });
}
