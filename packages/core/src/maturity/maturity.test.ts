import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { type Actor, InputError, NotAllowedError, type Program } from '@steward/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram, evaluateStepCriteria, getPrograms } from '../program/programs.js';
import { createRoadmapItem } from '../program/roadmap.js';
import { assignRole } from '../stewardship/role-assignments.js';
import { buildPerson, testActor } from '../testing/index.js';
import {
  approveAssessmentReport,
  closeAssessment,
  createAssessment,
  getAssessments,
  inviteRespondents,
  saveAnswers,
} from './assessments.js';
import { assessmentResults } from './results.js';

describe.each(testDrivers())('maturity assessments on %s', (driver) => {
  let handle: DbHandle;
  let lead: Actor;
  let business: Actor;
  let it_: Actor;
  let sponsor: Actor;
  let program: Program;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const person = async (name: string, role: Actor['role']) =>
      testActor(role, { personId: (await buildPerson(handle.db, { name })).id });
    lead = await person('Sarah Updown', 'steward');
    business = await person('Steve Panic', 'steward');
    it_ = await person('Tony Technology', 'viewer');
    sponsor = await person('Yoshi Goto', 'executive');
    await assignRole(handle.db, testActor('admin'), {
      personId: sponsor.personId!,
      role: 'executive_sponsor',
      scope: { type: 'program', id: null },
    });
    program = await createProgram(handle.db, lead, { name: 'Customer data governance' });
  });
  afterAll(async () => {
    await handle.close();
  });

  const criterion = async (step: number, key: string) => {
    const [current] = await getPrograms(handle.db, [program.id]);
    return (await evaluateStepCriteria(handle.db, current!, step, {})).find((result) => result.key === key)!;
  };

  /** Answers every question of a category with one level. */
  const answerAll = (keys: string[], current: 1 | 2 | 3 | 4 | 5, target: 1 | 2 | 3 | 4 | 5) =>
    keys.map((questionKey) => ({ questionKey, current, target }));

  it('runs an assessment from invitation to a sponsor-approved report, and steps 3 and 4 read it', async () => {
    expect((await criterion(3, 'EC3.1')).state).toBe('fail');
    await expect(
      createAssessment(handle.db, lead, {
        name: 'No categories',
        categories: [],
        facilitatorPersonId: lead.personId!,
      }),
    ).rejects.toMatchObject({ field: 'categories' });
    const assessment = await createAssessment(handle.db, lead, {
      name: 'Autumn 2026',
      programId: program.id,
      scope: 'Customer domain, CRM, web shop and service',
      periodStart: '2026-09-01',
      periodEnd: '2026-09-30',
      targetDate: '2027-09-30',
      categories: ['stewardship', 'quality'],
      facilitatorPersonId: lead.personId!,
      customQuestions: [{ category: 'stewardship', text: 'Do stewards have time set aside for the role?' }],
    });
    expect((await criterion(3, 'EC3.1')).state).toBe('pass');
    expect((await criterion(3, 'EC3.2')).state).toBe('fail');
    await inviteRespondents(handle.db, lead, {
      assessmentId: assessment.id,
      respondents: [
        { personId: business.personId!, side: 'business' },
        { personId: it_.personId!, side: 'it' },
      ],
    });
    expect((await criterion(3, 'EC3.2')).state).toBe('pass');

    const stewardship = ['Q5.1', 'Q5.2', 'Q5.3', 'Q5.4', 'Q5.C1'];
    const quality = ['Q6.1', 'Q6.2', 'Q6.3', 'Q6.4'];
    await expect(
      saveAnswers(handle.db, sponsor, { assessmentId: assessment.id, answers: answerAll(quality, 2, 4) }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      saveAnswers(handle.db, business, { assessmentId: assessment.id, answers: answerAll(['Q1.1'], 2, 4) }),
    ).rejects.toMatchObject({ field: 'answers.0.questionKey' });
    // Business: stewardship 2 → 4, quality 1 → 3; IT: stewardship 4 → 4 (Q5.1 at 5), quality 2 → 4.
    await saveAnswers(handle.db, business, {
      assessmentId: assessment.id,
      answers: [...answerAll(stewardship, 2, 4), ...answerAll(quality, 1, 3)],
    });
    await saveAnswers(handle.db, it_, {
      assessmentId: assessment.id,
      answers: [
        { questionKey: 'Q5.1', current: 5, target: 5, comment: 'Every domain has a steward.' },
        ...answerAll(stewardship.slice(1), 4, 4),
        ...answerAll(quality, 2, 4),
      ],
      submit: true,
    });
    const before = await assessmentResults(handle.db, assessment);
    // Q5.1: answers 2 and 5 → median 3.5, spread 3 → disagreement.
    expect(before.score.questions.find((question) => question.key === 'Q5.1')).toMatchObject({
      median: 3.5,
      spread: 3,
      hasDisagreement: true,
    });
    // Stewardship before consensus: medians 3.5, 3, 3, 3, 3 → mean 3.1; quality medians 1.5 → 1.5.
    expect(before.score.categories.map((category) => [category.category, category.current, category.target])).toEqual([
      ['stewardship', 3.1, 4.1],
      ['quality', 1.5, 3.5],
    ]);
    expect(before.respondents.map((respondent) => [respondent.side, respondent.categories[0]!.current])).toEqual([
      ['business', 2],
      ['it', 4.2],
    ]);

    // Closing needs every question agreed, and a comment where far from the median.
    const agreed = (current: 1 | 2 | 3 | 4 | 5, target: 1 | 2 | 3 | 4 | 5) => ({ current, target });
    const consensus: Record<string, { current: number; target: number; comment?: string }> = Object.fromEntries([
      ...stewardship.map((key) => [key, agreed(3, 4)]),
      ...quality.map((key) => [key, agreed(2, 4)]),
    ]);
    await expect(
      closeAssessment(handle.db, business, { id: assessment.id, version: assessment.version, consensus }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const { 'Q6.4': _dropped, ...partial } = consensus;
    await expect(
      closeAssessment(handle.db, lead, { id: assessment.id, version: assessment.version, consensus: partial }),
    ).rejects.toMatchObject({ field: 'consensus.Q6.4' });
    await expect(
      closeAssessment(handle.db, lead, {
        id: assessment.id,
        version: assessment.version,
        consensus: { ...consensus, 'Q6.1': agreed(5, 5) },
      }),
    ).rejects.toMatchObject({ field: 'consensus.Q6.1.comment' });
    const closed = await closeAssessment(handle.db, lead, {
      id: assessment.id,
      version: assessment.version,
      consensus: { ...consensus, 'Q6.1': { current: 5, target: 5, comment: 'The rules run nightly since October.' } },
    });
    expect(closed.status).toBe('closed');
    // Quality agreed 5, 2, 2, 2 → 2.75 → 2.7 (rounded down); targets 5, 4, 4, 4 → 4.25 → 4.2.
    expect(
      closed.scores!.categories.map((category) => [category.category, category.current, category.target, category.gap]),
    ).toEqual([
      ['stewardship', 3, 4, 1],
      ['quality', 2.7, 4.2, 1.5],
    ]);
    expect(closed.scores!.overall).toEqual({ current: 2.8, target: 4.1, gap: 1.3 });
    await expect(
      saveAnswers(handle.db, business, { assessmentId: assessment.id, answers: answerAll(quality, 3, 4) }),
    ).rejects.toBeInstanceOf(InputError);
    expect((await criterion(3, 'EC3.3')).state).toBe('pass');
    expect((await criterion(3, 'EC3.4')).state).toBe('fail');
    await expect(approveAssessmentReport(handle.db, lead, { assessmentId: assessment.id })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await approveAssessmentReport(handle.db, sponsor, { assessmentId: assessment.id, comment: 'Agreed.' });
    expect((await criterion(3, 'EC3.4')).state).toBe('pass');

    // Step 4: each category with a gap needs a roadmap item that raises it.
    const ec41 = await criterion(4, 'EC4.1');
    expect(ec41.state).toBe('fail');
    expect(ec41.evidence.map((item) => item.label)).toEqual([
      'Stewardship has a gap of 1 and no roadmap item',
      'Data Quality Management has a gap of 1.5 and no roadmap item',
    ]);
    await createRoadmapItem(handle.db, lead, {
      programId: program.id,
      title: 'Stewards for every customer domain',
      categories: ['stewardship', 'quality'],
    });
    expect((await criterion(4, 'EC4.1')).state).toBe('pass');
    expect((await criterion(14, 'EC14.3')).state).toBe('pass');

    // The next assessment compares with this one by default.
    const next = await createAssessment(handle.db, lead, {
      name: 'Spring 2027',
      programId: program.id,
      categories: ['stewardship'],
      facilitatorPersonId: lead.personId!,
    });
    expect(next.previousAssessmentId).toBe(assessment.id);
    await inviteRespondents(handle.db, lead, {
      assessmentId: next.id,
      respondents: [{ personId: business.personId!, side: 'business' }],
    });
    await saveAnswers(handle.db, business, {
      assessmentId: next.id,
      answers: answerAll(stewardship.slice(0, 4), 4, 5),
    });
    const [reread] = await getAssessments(handle.db, [next.id]);
    const results = await assessmentResults(handle.db, reread!, { stewardship_coverage: 0.1 });
    expect(results.comparison!.categories).toEqual([
      { category: 'stewardship', latest: 4, previous: 3, delta: 1, direction: 'up' },
    ]);
    // Self-assessed 4 while only 10 % of domains are covered (suggests level 1): flagged.
    expect(results.signals.find((check) => check.scope === 'category')).toMatchObject({
      signal: 'stewardship_coverage',
      suggestedLevel: 1,
      hasDisagreement: true,
    });
  });
});
