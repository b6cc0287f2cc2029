import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  complianceHistory,
  controlsOfPolicy,
  createSecretBox,
  evaluateStepCriteria,
  exceptionsOfPolicy,
  lifecycleOfAsset,
  listPolicies,
  listPrograms,
  policyCompliance,
  versionsOfPolicies,
} from '@steward/core';
import { type DbHandle, dataAssets, type EmbeddedPostgresServer, tickets } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDemoCatalogue, serveDemoSource } from './demo-source.js';
import { seedDemo } from './seed-demo.js';

describe('the demo policies', () => {
  let handle: DbHandle;
  let server: EmbeddedPostgresServer | null;
  const folder = mkdtempSync(join(tmpdir(), 'steward-demo-policies-'));

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    await seedDemo(handle.db);
    server = await serveDemoSource({
      dataDir: join(folder, 'data'),
      port: 0,
      create: true,
      logger: pino({ level: 'silent' }),
    });
    await registerDemoCatalogue(handle.db, server!, createSecretBox('demo-test-key'));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await handle?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('are two approved policies with controls, one failing and one passing, with a history', async () => {
    const policies = await listPolicies(handle.db);
    expect(policies.map((policy) => [policy.key, policy.title])).toEqual([
      ['GP-1', 'Customer data privacy'],
      ['GP-2', 'Service records retention'],
    ]);
    const versions = await versionsOfPolicies(
      handle.db,
      policies.map((policy) => policy.id),
    );
    expect(versions.map((list) => list[0]!.status)).toEqual(['approved', 'approved']);
    const [privacy, retention] = policies;
    const privacyControls = await controlsOfPolicy(handle.db, privacy!.id);
    expect(privacyControls.map((item) => [item.control.name, item.latest?.state])).toEqual([
      ['Personal data has a steward on its table', 'fail'],
      ['Quarterly access review of customer personal data', 'pass'],
    ]);
    // The failing control has its one open issue; the access review, attested before it fell due, none.
    const [open] = await handle.db.select().from(tickets).where(eq(tickets.id, privacyControls[0]!.ticketId!));
    expect(open).toMatchObject({ kind: 'policy_exception', status: 'open' });
    expect(privacyControls[1]!.ticketId).toBeNull();
    expect((await policyCompliance(handle.db, retention!.id)).share).toBe(1);
    const share = (await policyCompliance(handle.db, privacy!.id)).share!;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(1);
    // The exception ran out three days ago: recorded, no longer in force, and the trend shows it.
    expect(await exceptionsOfPolicy(handle.db, privacy!.id)).toEqual([
      expect.objectContaining({ controlName: 'Personal data has a steward on its table', inForce: false }),
    ]);
    const history = await complianceHistory(handle.db, privacy!.id, { days: 30 });
    expect(history.length).toBeGreaterThanOrEqual(27);
    expect(Math.max(...history.map((point) => point.share))).toBe(1);
    expect(history.at(-1)!.share).toBeCloseTo(share);
    // Its issue is open with the exception run out: the exception register of step 12 says so.
    const [program] = await listPrograms(handle.db);
    const ec123 = (await evaluateStepCriteria(handle.db, program!, 12, {})).find((result) => result.key === 'EC12.3')!;
    expect(ec123.state).toBe('fail');
    expect(ec123.evidence.map((item) => item.label)).toEqual([
      expect.stringMatching(/^POL-\d+ \(Personal data has a steward on its table\): no exception in force/),
    ]);
  });

  it('hold the service visits under a legal hold, with their retention class', async () => {
    const [visits] = await handle.db
      .select({ id: dataAssets.id })
      .from(dataAssets)
      .where(and(eq(dataAssets.schemaName, 'service'), eq(dataAssets.name, 'service_visit')));
    const lifecycle = await lifecycleOfAsset(handle.db, visits!.id);
    expect(lifecycle.schedules.map((schedule) => schedule.retentionClass)).toEqual([
      'keep 730 days, then delete (GP-2)',
    ]);
    expect(lifecycle.holds.map((hold) => [hold.matter, hold.placedByName, hold.releasedAt])).toEqual([
      ['Warranty dispute W-2026-114 (dishwasher DW-500)', 'Sarah Updown', null],
    ]);
  });
});
