import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import type { Actor } from '@steward/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, inviteRespondents, saveAnswers } from '../maturity/assessments.js';
import { attestControl, createControl } from '../policies/controls.js';
import { createPolicy, transitionPolicyVersion } from '../policies/policies.js';
import { buildPerson, testActor } from '../testing/index.js';
import { governanceTasksOf } from './governance-tasks.js';
import { myWork } from './my-work.js';

describe.each(testDrivers())('governance work in My work on %s', (driver) => {
  let handle: DbHandle;
  let lead: Actor;
  let priya: Actor;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    lead = testActor('steward', { personId: (await buildPerson(handle.db, { name: 'Sarah Updown' })).id });
    priya = testActor('viewer', { personId: (await buildPerson(handle.db, { name: 'Priya Shield' })).id });
  });
  afterAll(async () => handle?.close());

  it('lists the questionnaire to answer, the control to attest and the version to approve, until each is done', async () => {
    const assessment = await createAssessment(handle.db, lead, {
      name: 'Autumn 2026',
      periodEnd: '2026-12-15',
      categories: ['stewardship'],
      facilitatorPersonId: lead.personId!,
    });
    await inviteRespondents(handle.db, lead, {
      assessmentId: assessment.id,
      respondents: [{ personId: priya.personId!, side: 'business' }],
    });
    const { policy, version } = await createPolicy(handle.db, lead, {
      title: 'Customer privacy',
      kind: 'security_and_privacy',
      ownerPersonId: lead.personId!,
      approverPersonId: priya.personId!,
      content: { statement: 'Access to personal data is reviewed every quarter.' },
    });
    const review = await createControl(handle.db, lead, {
      policyId: policy.id,
      name: 'Quarterly access review',
      ownerPersonId: priya.personId!,
      frequency: 'quarterly',
      params: { kind: 'access_review' },
    });
    const submitted = await transitionPolicyVersion(handle.db, lead, {
      id: version.id,
      version: version.version,
      action: 'submit',
    });

    // The quarterly review falls due a quarter after it was written: in My work two weeks before.
    expect((await governanceTasksOf(handle.db, priya)).map((task) => task.area)).toEqual([
      'questionnaire',
      'policy_approval',
    ]);
    const inEightyDays = new Date(Date.now() + 80 * 86_400_000);
    const tasks = await governanceTasksOf(handle.db, priya, inEightyDays);
    expect(tasks.map((task) => [task.area, task.subject, task.context, task.href])).toEqual([
      ['questionnaire', 'Autumn 2026', null, `/maturity/assessments/${assessment.id}/answer`],
      ['attestation', 'Quarterly access review', 'GP-1 Customer privacy', `/policies/${policy.id}`],
      ['policy_approval', 'GP-1 Customer privacy', '1', `/policies/${policy.id}`],
    ]);
    expect(tasks[0]!.dueAt).toEqual(new Date('2026-12-15T23:59:59Z'));
    // They reach My work beside issues; the lead, who owes none of them, sees none.
    expect((await myWork(handle.db, priya)).filter((item) => item.kind === 'task')).toHaveLength(2);
    expect(await governanceTasksOf(handle.db, lead)).toEqual([]);

    // Done: submitted, attested (next due in a quarter), approved.
    await saveAnswers(handle.db, priya, { assessmentId: assessment.id, answers: [], submit: true });
    await attestControl(handle.db, priya, {
      controlId: review.id,
      outcome: 'pass',
      statement: 'Reviewed 14 accounts.',
    });
    await transitionPolicyVersion(handle.db, priya, { id: version.id, version: submitted.version, action: 'approve' });
    expect(await governanceTasksOf(handle.db, priya)).toEqual([]);
    // Two weeks before the next review falls due, it is back.
    const soon = new Date(Date.now() + 80 * 86_400_000);
    expect((await governanceTasksOf(handle.db, priya, soon)).map((task) => task.area)).toEqual(['attestation']);
  });
});
