import { auditEvents, type DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { type Actor, catalogueCriteria, criterionKeys, InputError, processCatalogue } from '@steward/domain';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncil, setCouncilMember } from '../stewardship/councils.js';
import { assignRole } from '../stewardship/role-assignments.js';
import { buildDomain, buildOrgUnit, buildPerson, testActor } from '../testing/index.js';
import { criterionEvaluators } from './criteria.js';
import { nextActionsOf } from './next-actions.js';
import {
  createProgram,
  evaluateStepCriteria,
  getPrograms,
  recordProgramReview,
  startNextIteration,
  stepsOfProgram,
  updateProgram,
  updateProgramStep,
} from './programs.js';
import { createRoadmapItem, deleteRoadmapItem, roadmapOf, updateRoadmapItem } from './roadmap.js';

describe('the process catalogue and its evaluators', () => {
  it('has an evaluator for every criterion key, and no evaluator without a criterion', () => {
    expect(Object.keys(criterionEvaluators).sort()).toEqual([...criterionKeys].sort());
  });

  it('gives every step at least one exit criterion evaluated by code', () => {
    for (const step of processCatalogue) {
      const keys = catalogueCriteria
        .filter((criterion) => criterion.step === step.number)
        .map((criterion) => criterion.key);
      expect(keys.length, `step ${step.number}`).toBeGreaterThan(0);
      for (const key of keys) expect(typeof criterionEvaluators[key], key).toBe('function');
    }
  });
});

describe.each(testDrivers())('a governance program on %s', (driver) => {
  let handle: DbHandle;
  let lead: Actor;
  let customerId: string;
  let businessUnit: string;
  let itUnit: string;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const person = await buildPerson(handle.db, { name: 'Sarah Updown' });
    lead = testActor('steward', { personId: person.id });
    customerId = (await buildDomain(handle.db, { name: 'Customer' })).id;
    businessUnit = (await buildOrgUnit(handle.db, { name: 'Customer Service' })).id;
    itUnit = (await buildOrgUnit(handle.db, { name: 'Information Systems' })).id;
  });
  afterAll(async () => {
    await handle.close();
  });

  const resultOf = async (programId: string, step: number, key: string) => {
    const [program] = await (await import('./programs.js')).getPrograms(handle.db, [programId]);
    const results = await evaluateStepCriteria(handle.db, program!, step, {});
    return results.find((result) => result.key === key)!;
  };

  it('evaluates step 1 live: a criterion flips from fail to pass when its evidence is created', async () => {
    const program = await createProgram(handle.db, lead, { name: 'Customer data governance' });
    expect(program.tracks).toEqual([10]);
    const before = await resultOf(program.id, 1, 'EC1.1');
    expect(before.state).toBe('fail');
    expect(before.evidence.some((item) => !item.ok && item.label === 'No domain in scope yet')).toBe(true);
    const updated = await updateProgram(handle.db, lead, {
      id: program.id,
      version: program.version,
      businessProblem: 'Duplicate customer records split warranty history and double service calls.',
      scope: { domainIds: [customerId], itOrgUnitIds: [itUnit] },
      impactFigures: [{ label: 'Duplicate customer records', unit: '%', baseline: 12, asOf: '2026-10-01' }],
      processes: [{ kind: 'process', name: 'Warranty claims' }],
    });
    expect(updated.version).toBe(2);
    expect((await resultOf(program.id, 1, 'EC1.1')).state).toBe('pass');
    expect((await resultOf(program.id, 1, 'EC1.2')).state).toBe('pass');
    expect((await resultOf(program.id, 1, 'EC1.3')).state).toBe('pass');
    // EC1.4 wants a review from the business and one from IT.
    expect((await resultOf(program.id, 1, 'EC1.4')).state).toBe('fail');
    const analyst = await buildPerson(handle.db, { name: 'Business Reviewer', orgUnitId: businessUnit });
    const engineer = await buildPerson(handle.db, { name: 'IT Reviewer', orgUnitId: itUnit });
    await recordProgramReview(handle.db, lead, { programId: program.id, personId: analyst.id });
    expect((await resultOf(program.id, 1, 'EC1.4')).state).toBe('fail');
    await recordProgramReview(handle.db, lead, {
      programId: program.id,
      personId: engineer.id,
      note: 'Systems named right.',
    });
    expect((await resultOf(program.id, 1, 'EC1.4')).state).toBe('pass');

    const step = await updateProgramStep(handle.db, lead, { programId: program.id, number: 1, status: 'done' });
    expect(step).toMatchObject({ status: 'done', overrideReason: null });
  });

  it('soft-gates step 2: refused with a failing criterion, done with an override that is audited', async () => {
    const program = await createProgram(handle.db, lead, {
      name: 'Finance data governance',
      scope: { domainIds: [customerId], itOrgUnitIds: [itUnit] },
    });
    await expect(
      updateProgramStep(handle.db, lead, { programId: program.id, number: 2, status: 'done' }),
    ).rejects.toMatchObject({
      fieldErrors: [{ field: 'overrideReason', message: expect.stringContaining('EC2.1') }],
    });
    await expect(
      updateProgramStep(handle.db, lead, { programId: program.id, number: 2, status: 'done', overrideReason: 'ok' }),
    ).rejects.toBeInstanceOf(InputError);
    const step = await updateProgramStep(handle.db, lead, {
      programId: program.id,
      number: 2,
      status: 'done',
      overrideReason: 'The CFO sponsors this verbally; the role is assigned next week.',
    });
    expect(step.overrideReason).toBe('The CFO sponsors this verbally; the role is assigned next week.');
    const [event] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'program.step.update'), eq(auditEvents.actorLabel, lead.label)))
      .orderBy(desc(auditEvents.sequence))
      .limit(1);
    expect(event!.after).toMatchObject({
      status: 'done',
      gate: { overridden: true, failing: expect.arrayContaining(['EC2.1', 'EC2.2']) },
      overrideReason: 'The CFO sponsors this verbally; the role is assigned next week.',
    });
  });

  it('reads sponsorship and the working group from stewardship records (EC2.1, EC2.2)', async () => {
    const program = await createProgram(handle.db, lead, {
      name: 'Product data governance',
      scope: { domainIds: [customerId], itOrgUnitIds: [itUnit] },
    });
    expect((await resultOf(program.id, 2, 'EC2.1')).state).toBe('fail');
    const sponsor = await buildPerson(handle.db, { name: 'Yoshi Goto', orgUnitId: businessUnit });
    await assignRole(handle.db, testActor('admin'), {
      personId: sponsor.id,
      role: 'executive_sponsor',
      scope: { type: 'program', id: null },
    });
    expect((await resultOf(program.id, 2, 'EC2.1')).state).toBe('pass');

    let council = await createCouncil(handle.db, testActor('admin'), {
      name: 'Data working group',
      kind: 'stewardship_council',
    });
    const members = [
      await buildPerson(handle.db, { orgUnitId: businessUnit }),
      await buildPerson(handle.db, { orgUnitId: itUnit }),
    ];
    for (const member of members) {
      council = await setCouncilMember(handle.db, testActor('admin'), {
        councilId: council.id,
        councilVersion: council.version,
        personId: member.id,
        role: 'member',
      });
    }
    const two = await resultOf(program.id, 2, 'EC2.2');
    expect(two).toMatchObject({ state: 'fail', value: 2, threshold: 3 });
    council = await setCouncilMember(handle.db, testActor('admin'), {
      councilId: council.id,
      councilVersion: council.version,
      personId: (await buildPerson(handle.db, { orgUnitId: businessUnit })).id,
      role: 'chair',
    });
    expect((await resultOf(program.id, 2, 'EC2.2')).state).toBe('pass');
  });

  it('lists the 14 steps with the tracks not chosen skipped, and refuses to work a skipped track', async () => {
    const program = await createProgram(handle.db, lead, { name: 'Privacy program', tracks: [12] });
    const steps = await stepsOfProgram(handle.db, program);
    expect(steps.map((step) => step.status)).toEqual([
      ...Array(9).fill('not_started'),
      'skipped',
      'skipped',
      'not_started',
      'skipped',
      'not_started',
    ]);
    await expect(
      updateProgramStep(handle.db, lead, { programId: program.id, number: 10, status: 'in_progress' }),
    ).rejects.toMatchObject({
      fieldErrors: [{ field: 'number' }],
    });
    await expect(
      updateProgramStep(handle.db, lead, {
        programId: program.id,
        number: 14,
        status: 'done',
        overrideReason: 'quarter closed',
      }),
    ).rejects.toMatchObject({
      fieldErrors: [{ field: 'status', message: 'recurs on its cadence and is never done' }],
    });
    const ticked = await updateProgramStep(handle.db, lead, {
      programId: program.id,
      number: 1,
      tick: [{ key: '1.a', done: true }],
    });
    expect(Object.keys(ticked.ticked)).toEqual(['1.a']);
    await expect(
      updateProgramStep(handle.db, lead, { programId: program.id, number: 1, tick: [{ key: '9.z', done: true }] }),
    ).rejects.toMatchObject({
      fieldErrors: [{ field: 'tick.0.key' }],
    });
  });

  it('computes what to do next: the missing evidence of the current step, with where to fix it', async () => {
    const program = await createProgram(handle.db, lead, { name: 'Next actions' });
    const actions = await nextActionsOf(handle.db, program);
    expect(actions[0]).toMatchObject({ stepNumber: 1, kind: 'criterion', criterionKey: 'EC1.1' });
    expect(actions.map((action) => action.label)).toContain('No domain in scope yet');
    const late = await updateProgramStep(handle.db, lead, {
      programId: program.id,
      number: 1,
      status: 'in_progress',
      dueOn: '2020-01-01',
    });
    expect(late.status).toBe('in_progress');
    const after = await nextActionsOf(handle.db, program);
    expect(after[0]).toMatchObject({ stepNumber: 1, kind: 'overdue_step' });
    expect(after.some((action) => action.kind === 'checklist')).toBe(true);
  });

  it('keeps a roadmap: owners and dates (EC4.2), a quick win (EC4.3), dependencies without cycles', async () => {
    const program = await createProgram(handle.db, lead, { name: 'Roadmap program', startDate: '2026-10-01' });
    expect((await resultOf(program.id, 4, 'EC4.2')).state).toBe('fail');
    const owner = await buildPerson(handle.db, { name: 'Roadmap Owner' });
    const glossary = await createRoadmapItem(handle.db, lead, {
      programId: program.id,
      title: 'Approve the customer CDE terms',
      stepNumber: 6,
      startsOn: '2026-10-15',
      endsOn: '2026-12-15',
    });
    const rules = await createRoadmapItem(handle.db, lead, {
      programId: program.id,
      title: 'Quality rules on customer email and phone',
      ownerPersonId: owner.id,
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
      dependsOn: [glossary.id],
    });
    const gaps = await resultOf(program.id, 4, 'EC4.2');
    expect(gaps.state).toBe('fail');
    expect(gaps.evidence.find((item) => !item.ok)!.label).toBe('Approve the customer CDE terms: no owner');
    await expect(
      updateRoadmapItem(handle.db, lead, { id: glossary.id, version: glossary.version, dependsOn: [rules.id] }),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'dependsOn.0', message: expect.stringContaining('cycle') }] });
    await expect(
      createRoadmapItem(handle.db, lead, {
        programId: program.id,
        title: 'Backwards',
        startsOn: '2027-02-01',
        endsOn: '2027-01-01',
      }),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'endsOn' }] });
    await updateRoadmapItem(handle.db, lead, { id: glossary.id, version: glossary.version, ownerPersonId: owner.id });
    expect((await resultOf(program.id, 4, 'EC4.2')).state).toBe('pass');
    // The glossary item ends 75 days after the program's start: a quick win.
    expect(await resultOf(program.id, 4, 'EC4.3')).toMatchObject({ state: 'pass', value: 1, threshold: 90 });
    const [current] = (await roadmapOf(handle.db, program.id)).filter((item) => item.id === glossary.id);
    await deleteRoadmapItem(handle.db, lead, { id: glossary.id, version: current!.version });
    const [left] = await roadmapOf(handle.db, program.id);
    expect(left).toMatchObject({ id: rules.id, dependsOn: [] });
    expect((await resultOf(program.id, 4, 'EC4.3')).state).toBe('fail');
  });

  it('says "not available yet" for criteria whose area Steward does not have, never pass', async () => {
    const program = await createProgram(handle.db, lead, { name: 'Analytics first' });
    const results = await evaluateStepCriteria(handle.db, program, 11, {});
    expect(results.every((result) => result.state === 'unavailable')).toBe(true);
    expect(results[0]!.summary).toContain('analytics governance');
  });

  it('starts the next iteration with the problem, scope and tracks carried over, closing the one before', async () => {
    const first = await createProgram(handle.db, lead, {
      name: 'Product data, first iteration',
      businessProblem: 'Product master data takes 19 days to publish.',
      scope: { domainIds: [customerId] },
      tracks: [10, 13],
      leadPersonId: lead.personId,
    });
    await updateProgramStep(handle.db, lead, { programId: first.id, number: 1, ownerPersonId: lead.personId });
    await expect(
      startNextIteration(handle.db, lead, { programId: first.id, name: 'Product data, first iteration' }),
    ).rejects.toMatchObject({ field: 'name' });
    const second = await startNextIteration(handle.db, lead, {
      programId: first.id,
      name: 'Product data, second iteration',
    });
    expect(second).toMatchObject({
      iteration: 2,
      previousProgramId: first.id,
      businessProblem: 'Product master data takes 19 days to publish.',
      tracks: [10, 13],
      leadPersonId: lead.personId,
      status: 'active',
    });
    expect(second.scope.domainIds).toEqual([customerId]);
    const [closed] = await getPrograms(handle.db, [first.id]);
    expect(closed!.status).toBe('closed');
    const steps = await stepsOfProgram(handle.db, second);
    expect(steps[0]!.ownerPersonId).toBeNull();
  });
});
