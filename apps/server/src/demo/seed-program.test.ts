import {
  decisionsOf,
  documentsOfProgram,
  evaluateStepCriteria,
  listPrograms,
  stepsOfProgram,
  versionsOfDocuments,
} from '@steward/core';
import type { DbHandle } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from './seed-demo.js';
import { seedDemoMdm } from './seed-mdm.js';
import { seedDemoProgram } from './seed-program.js';

describe('the demo program', () => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    await seedDemo(handle.db);
    await seedDemoMdm(handle.db, null);
    expect(await seedDemoProgram(handle.db, null)).toBe(true);
  });
  afterAll(async () => handle?.close());

  it('is at step 6 with steps 1, 2 and 5 done on their evidence and steps 3 and 4 with reasons', async () => {
    const [program] = await listPrograms(handle.db);
    const steps = await stepsOfProgram(handle.db, program!);
    expect(steps.slice(0, 6).map((step) => [step.status, step.overrideReason !== null])).toEqual([
      ['done', false],
      ['done', false],
      ['done', true],
      ['done', true],
      ['done', false],
      ['in_progress', false],
    ]);
    const step5 = await evaluateStepCriteria(handle.db, program!, 5, {});
    expect(step5.map((result) => [result.key, result.state])).toEqual([
      ['EC5.1', 'pass'],
      ['EC5.2', 'pass'],
      ['EC5.3', 'pass'],
      ['EC5.4', 'pass'],
      ['EC5.5', 'pass'],
    ]);
    const step4 = await evaluateStepCriteria(handle.db, program!, 4, {});
    expect(step4.find((result) => result.key === 'EC4.4')!.state).toBe('pass');
  });

  it('has a charter approved by the sponsor with a second version waiting, and councils with decision logs', async () => {
    const [program] = await listPrograms(handle.db);
    const [charter] = await documentsOfProgram(handle.db, program!.id, 5);
    const [versions] = await versionsOfDocuments(handle.db, [charter!.id]);
    expect(versions!.map((version) => [version.number, version.status])).toEqual([
      [2, 'in_review'],
      [1, 'approved'],
    ]);
    expect((await decisionsOf(handle.db)).length).toBe(4);
  });
});
