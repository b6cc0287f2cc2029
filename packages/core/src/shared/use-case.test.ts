import { type DbHandle, domains } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { countAuditEvents, testActor } from '../testing/index.js';
import { defineUseCase } from './use-case.js';

describe.each(testDrivers())('the use-case runner on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());

  const input = z.object({ name: z.string().min(1) });

  it('rolls back the write and its audit when the use case fails after writing', async () => {
    const failsAfterWriting = defineUseCase({
      action: 'test.domain.createThenFail',
      input,
      permission: 'stewardship:write',
      async run({ tx, audit }, { name }) {
        const [row] = await tx.insert(domains).values({ name }).returning();
        await audit({ entityType: 'Domain', entityId: row!.id, after: row });
        throw new Error('the disk is on fire');
      },
    });
    const before = await countAuditEvents(handle.db);
    await expect(failsAfterWriting(handle.db, testActor(), { name: 'Half written' })).rejects.toThrow(
      'the disk is on fire',
    );
    expect(await countAuditEvents(handle.db)).toBe(before);
    expect(await handle.db.select().from(domains).where(eq(domains.name, 'Half written'))).toEqual([]);
  });

  it('refuses a change that forgot its audit event, and keeps nothing of it', async () => {
    const unaudited = defineUseCase({
      action: 'test.domain.createWithoutAudit',
      input,
      permission: 'stewardship:write',
      async run({ tx }, { name }) {
        await tx.insert(domains).values({ name });
      },
    });
    await expect(unaudited(handle.db, testActor(), { name: 'Unaudited' })).rejects.toThrow(/recorded 0 audit events/);
    expect(await handle.db.select().from(domains).where(eq(domains.name, 'Unaudited'))).toEqual([]);
  });

  it('checks permission before looking at the input', async () => {
    const guarded = defineUseCase({
      action: 'test.guarded',
      input,
      permission: 'stewardship:write',
      async run() {
        throw new Error('never runs');
      },
    });
    await expect(guarded(handle.db, testActor('viewer'), { name: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stamps the audit event with the actor and request id', async () => {
    const actor = testActor('steward', { requestId: 'req-audit-1' });
    const create = defineUseCase({
      action: 'test.domain.create',
      input,
      permission: 'stewardship:write',
      async run({ tx, audit }, { name }) {
        const [row] = await tx.insert(domains).values({ name }).returning();
        await audit({ entityType: 'Domain', entityId: row!.id, after: row });
        return row!;
      },
    });
    const row = await create(handle.db, actor, { name: 'Audited' });
    const events = await handle.db.query.auditEvents.findMany({ where: (event, { eq }) => eq(event.entityId, row.id) });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'test.domain.create',
      actorLabel: actor.label,
      createdBy: actor.accountId,
      requestId: 'req-audit-1',
      entityType: 'Domain',
      before: null,
    });
    expect(events[0]?.after).toMatchObject({ name: 'Audited' });
  });
});
