import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, countAuditEvents, testActor } from '../testing/index.js';
import {
  actorForAccount,
  changePassword,
  ensureInitialAdmin,
  resetAccountPassword,
  updateAccount,
} from './accounts.js';
import { authenticateSession, signIn } from './sessions.js';

describe.each(testDrivers())('accounts on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());

  it('creates the first admin once, with a one-time password that must be changed', async () => {
    const first = await ensureInitialAdmin(handle.db, { email: 'first@steward.test' });
    expect(first.created).toBe(true);
    expect(first.oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const signedIn = await signIn(handle.db, { email: 'first@steward.test', password: first.oneTimePassword! });
    expect(signedIn.account).toMatchObject({ role: 'admin', mustChangePassword: true });
    const again = await ensureInitialAdmin(handle.db, { email: 'other@steward.test' });
    expect(again.created).toBe(false);

    const actor = actorForAccount(signedIn.account, { sessionId: signedIn.sessionId });
    await expect(
      changePassword(handle.db, actor, { currentPassword: 'wrong', newPassword: 'a much longer password' }),
    ).rejects.toMatchObject({ field: 'currentPassword' });
    await expect(
      changePassword(handle.db, actor, { currentPassword: first.oneTimePassword!, newPassword: 'short' }),
    ).rejects.toMatchObject({ field: 'newPassword' });
    const changed = await changePassword(handle.db, actor, {
      currentPassword: first.oneTimePassword!,
      newPassword: 'a much longer password',
    });
    expect(changed.mustChangePassword).toBe(false);
    // The session that changed the password stays signed in.
    expect(await authenticateSession(handle.db, signedIn.sessionToken)).not.toBeNull();
  });

  it('keeps at least one active admin', async () => {
    const { account } = await buildAccount(handle.db, { role: 'admin' });
    const admins = await handle.db.query.accounts.findMany({ where: (row, { eq }) => eq(row.role, 'admin') });
    // Demote every other admin first, so this one is the last.
    for (const other of admins.filter((row) => row.id !== account.id)) {
      await updateAccount(handle.db, testActor('admin'), { id: other.id, version: other.version, role: 'steward' });
    }
    await expect(
      updateAccount(handle.db, testActor('admin'), { id: account.id, version: 1, role: 'viewer' }),
    ).rejects.toMatchObject({
      field: 'role',
    });
    await expect(
      updateAccount(handle.db, testActor('admin'), { id: account.id, version: 1, disabled: true }),
    ).rejects.toMatchObject({
      field: 'disabled',
    });
  });

  it('signs a disabled account out everywhere', async () => {
    const { account, password } = await buildAccount(handle.db, { role: 'steward' });
    const session = await signIn(handle.db, { email: account.email, password });
    await updateAccount(handle.db, testActor('admin'), { id: account.id, version: account.version, disabled: true });
    expect(await authenticateSession(handle.db, session.sessionToken)).toBeNull();
    await expect(signIn(handle.db, { email: account.email, password })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('resets a password to a one-time one, ending sessions, with one audit event', async () => {
    const { account, password } = await buildAccount(handle.db);
    const session = await signIn(handle.db, { email: account.email, password });
    const before = await countAuditEvents(handle.db, account.id);
    const reset = await resetAccountPassword(handle.db, testActor('admin'), { id: account.id });
    expect(await countAuditEvents(handle.db, account.id)).toBe(before + 1);
    expect(await authenticateSession(handle.db, session.sessionToken)).toBeNull();
    const again = await signIn(handle.db, { email: account.email, password: reset.oneTimePassword });
    expect(again.account.mustChangePassword).toBe(true);
  });

  it('lets only admins manage accounts', async () => {
    const { account } = await buildAccount(handle.db);
    await expect(
      updateAccount(handle.db, testActor('steward'), { id: account.id, version: 1, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
