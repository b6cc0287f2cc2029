import {
  decisionsOf,
  documentsOfProgram,
  evaluateStepCriteria,
  listAssessments,
  listPrograms,
  listScorecardPublications,
  scorecardOf,
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

  it('is at step 6 with steps 1, 2, 3 and 5 done on their evidence and step 4 with a reason (lifecycle is not planned)', async () => {
    const [program] = await listPrograms(handle.db);
    const steps = await stepsOfProgram(handle.db, program!);
    expect(steps.slice(0, 6).map((step) => [step.status, step.overrideReason !== null])).toEqual([
      ['done', false],
      ['done', false],
      ['done', false],
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
    expect(step4.map((result) => [result.key, result.state])).toEqual([
      ['EC4.1', 'fail'],
      ['EC4.2', 'pass'],
      ['EC4.3', 'pass'],
      ['EC4.4', 'pass'],
    ]);
    expect(step4[0]!.evidence.filter((item) => !item.ok).map((item) => item.label)).toEqual([
      expect.stringMatching(/^Information Lifecycle Management has a gap of [\d.]+ and no roadmap item$/),
    ]);
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

  it('has two assessments a year apart, three months of metric history and a scorecard the sponsor acknowledged', async () => {
    const assessments = await listAssessments(handle.db);
    expect(
      assessments.map((assessment) => [assessment.name, assessment.status, Boolean(assessment.reportApprovedAt)]),
    ).toEqual([
      ['Autumn 2026 assessment', 'closed', true],
      ['Baseline assessment 2025', 'closed', true],
    ]);
    const card = await scorecardOf(handle.db);
    expect(card.categories).toHaveLength(11);
    expect(card.overall!.current).toBeGreaterThan(card.overall!.previous!);
    const backlog = card.kpis.find((kpi) => kpi.metric.builtIn === 'backlog')!;
    expect(backlog.trend.length).toBeGreaterThanOrEqual(13);
    const visits = card.kpis.find((kpi) => kpi.metric.name === 'Service visits to a wrong address')!;
    expect(visits).toMatchObject({ rag: 'red', improving: true });
    expect(visits.work.map((item) => item.label)).toEqual(['Customer golden record in production']);
    const publications = await listScorecardPublications(handle.db);
    expect(publications[0]!.acknowledgements).toHaveLength(1);
    const [program] = await listPrograms(handle.db);
    const step14 = await evaluateStepCriteria(handle.db, program!, 14, {});
    // Without the demo's catalogue (started by the server) the catalogue metrics have nothing to measure.
    expect(step14.map((result) => [result.key, result.state])).toEqual([
      ['EC14.1', 'fail'],
      ['EC14.2', 'pass'],
      ['EC14.3', 'pass'],
      ['EC14.4', 'pass'],
    ]);
  });
});
