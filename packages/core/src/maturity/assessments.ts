import {
  maturityAnswers,
  maturityAssessments,
  maturityRespondents,
  people,
  programs,
  type Queryable,
} from '@steward/db';
import {
  type Answer,
  type Assessment,
  type AssessmentStatus,
  approveAssessmentReportInputSchema,
  can,
  closeAssessmentEnvelopeSchema,
  closeAssessmentInputSchema,
  createAssessmentInputSchema,
  InputError,
  idSchema,
  inviteRespondentsInputSchema,
  NotAllowedError,
  NotFoundError,
  parseInput,
  questionsOfAssessment,
  type Respondent,
  type RespondentSide,
  removeRespondentInputSchema,
  saveAnswersInputSchema,
  scoreAssessment,
  summarizeQuestion,
} from '@steward/domain';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { sponsorsOf } from '../program/documents.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion } from '../shared/versioning.js';

type AssessmentRow = typeof maturityAssessments.$inferSelect;
type AnswerRow = typeof maturityAnswers.$inferSelect;

export const toAssessment = (row: AssessmentRow): Assessment => ({
  ...row,
  categories: row.categories as Assessment['categories'],
  customQuestions: row.customQuestions as Assessment['customQuestions'],
  consensus: row.consensus as Assessment['consensus'],
  scores: row.scores as Assessment['scores'],
  status: row.status as AssessmentStatus,
});

const toAnswer = (row: AnswerRow): Answer & { personId: string; updatedAt: Date } => ({
  questionKey: row.questionKey,
  current: row.current as Answer['current'],
  target: row.target as Answer['target'],
  comment: row.comment,
  evidenceUrl: row.evidenceUrl,
  evidenceLinks: row.evidenceLinks as Answer['evidenceLinks'],
  personId: row.personId,
  updatedAt: row.updatedAt,
});

async function lockAssessment(tx: Queryable, id: string, field = 'assessmentId'): Promise<Assessment> {
  const [row] = await tx.select().from(maturityAssessments).where(eq(maturityAssessments.id, id)).for('update');
  if (!row) throw new NotFoundError('Assessment', id, { field });
  return toAssessment(row);
}

async function assertPeople(tx: Queryable, ids: readonly string[], fieldOf: (index: number) => string) {
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: people.id, active: people.active })
    .from(people)
    .where(inArray(people.id, [...ids]));
  const known = new Map(rows.map((row) => [row.id, row.active]));
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0) throw new NotFoundError('Person', ids[index]!, { field: fieldOf(index) });
  const inactive = ids.findIndex((id) => known.get(id) === false);
  if (inactive >= 0) throw InputError.forField(fieldOf(inactive), 'is no longer active');
}

/** Starts an assessment: its scope, period, categories, facilitator and the program's own questions. */
export const createAssessment = defineUseCase({
  action: 'maturity.assessment.create',
  input: createAssessmentInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<Assessment> {
    await assertPeople(tx, [input.facilitatorPersonId], () => 'facilitatorPersonId');
    if (input.programId) {
      const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
      if (!program) throw new NotFoundError('Program', input.programId, { field: 'programId' });
    }
    let previousAssessmentId = input.previousAssessmentId;
    if (previousAssessmentId) {
      const [previous] = await tx
        .select({ id: maturityAssessments.id, status: maturityAssessments.status })
        .from(maturityAssessments)
        .where(eq(maturityAssessments.id, previousAssessmentId));
      if (!previous) throw new NotFoundError('Assessment', previousAssessmentId, { field: 'previousAssessmentId' });
      if (previous.status !== 'closed')
        throw InputError.forField('previousAssessmentId', 'is still open: compare with a closed assessment');
    } else {
      // By default the latest closed assessment of the same program (or of none) is the one before.
      const [latest] = await tx
        .select({ id: maturityAssessments.id, programId: maturityAssessments.programId })
        .from(maturityAssessments)
        .where(eq(maturityAssessments.status, 'closed'))
        .orderBy(desc(maturityAssessments.closedAt));
      previousAssessmentId = latest && latest.programId === input.programId ? latest.id : null;
    }
    const [row] = await tx
      .insert(maturityAssessments)
      .values({
        ...input,
        previousAssessmentId,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const assessment = toAssessment(row!);
    await audit({
      entityType: 'Assessment',
      entityId: assessment.id,
      after: assessment,
      relatedIds: [assessment.programId],
    });
    return assessment;
  },
});

/** Invites people to answer, each from the business or from IT (EC3.2 wants both per category). */
export const inviteRespondents = defineUseCase({
  action: 'maturity.assessment.invite',
  input: inviteRespondentsInputSchema,
  permission: 'program:manage',
  async run({ tx, audit, now }, { assessmentId, respondents }): Promise<Respondent[]> {
    const assessment = await lockAssessment(tx, assessmentId);
    if (assessment.status !== 'open') throw InputError.forField('assessmentId', 'is closed');
    await assertPeople(
      tx,
      respondents.map((respondent) => respondent.personId),
      (index) => `respondents.${index}.personId`,
    );
    const rows = await tx
      .insert(maturityRespondents)
      .values(respondents.map((respondent) => ({ assessmentId, ...respondent, invitedAt: now })))
      .onConflictDoUpdate({
        target: [maturityRespondents.assessmentId, maturityRespondents.personId],
        set: { side: maturityRespondents.side },
      })
      .returning();
    await audit({
      entityType: 'Assessment',
      entityId: assessmentId,
      after: { invited: respondents },
      relatedIds: respondents.map((respondent) => respondent.personId),
    });
    return rows.map(toRespondent);
  },
});

type RespondentRow = typeof maturityRespondents.$inferSelect;
const toRespondent = (row: RespondentRow): Respondent => ({
  assessmentId: row.assessmentId,
  personId: row.personId,
  side: row.side as RespondentSide,
  invitedAt: row.invitedAt,
  submittedAt: row.submittedAt,
});

export const removeRespondent = defineUseCase({
  action: 'maturity.assessment.uninvite',
  input: removeRespondentInputSchema,
  permission: 'program:manage',
  async run({ tx, audit }, { assessmentId, personId }): Promise<{ assessmentId: string; personId: string }> {
    const assessment = await lockAssessment(tx, assessmentId);
    if (assessment.status !== 'open') throw InputError.forField('assessmentId', 'is closed');
    const removed = await tx
      .delete(maturityRespondents)
      .where(and(eq(maturityRespondents.assessmentId, assessmentId), eq(maturityRespondents.personId, personId)))
      .returning();
    if (removed.length === 0) throw new NotFoundError('Respondent', personId, { field: 'personId' });
    await tx
      .delete(maturityAnswers)
      .where(and(eq(maturityAnswers.assessmentId, assessmentId), eq(maturityAnswers.personId, personId)));
    await audit({ entityType: 'Assessment', entityId: assessmentId, before: { respondent: personId } });
    return { assessmentId, personId };
  },
});

/**
 * A respondent saves their answers (they may come back and change them while the assessment is
 * open); `submit` marks them done. Only invited people answer, and only questions asked.
 */
export const saveAnswers = defineUseCase({
  action: 'maturity.assessment.answer',
  input: saveAnswersInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { assessmentId, answers, submit }): Promise<Respondent> {
    const assessment = await lockAssessment(tx, assessmentId);
    if (assessment.status !== 'open')
      throw InputError.forField('assessmentId', 'is closed: answers can no longer change');
    const [respondent] = actor.personId
      ? await tx
          .select()
          .from(maturityRespondents)
          .where(
            and(eq(maturityRespondents.assessmentId, assessmentId), eq(maturityRespondents.personId, actor.personId)),
          )
      : [];
    if (!respondent) throw new NotAllowedError('Only people invited to this assessment answer it.');
    const asked = new Set(questionsOfAssessment(assessment).map((question) => question.key));
    const stray = answers.findIndex((answer) => !asked.has(answer.questionKey));
    if (stray >= 0) throw InputError.forField(`answers.${stray}.questionKey`, 'is not a question of this assessment');
    for (const answer of answers) {
      const values = {
        current: answer.current,
        target: answer.target,
        comment: answer.comment,
        evidenceUrl: answer.evidenceUrl,
        evidenceLinks: answer.evidenceLinks,
        updatedAt: now,
      };
      await tx
        .insert(maturityAnswers)
        .values({ assessmentId, personId: respondent.personId, questionKey: answer.questionKey, ...values })
        .onConflictDoUpdate({
          target: [maturityAnswers.assessmentId, maturityAnswers.personId, maturityAnswers.questionKey],
          set: values,
        });
    }
    const [row] = await tx
      .update(maturityRespondents)
      .set({ submittedAt: submit ? now : respondent.submittedAt })
      .where(eq(maturityRespondents.id, respondent.id))
      .returning();
    await audit({
      entityType: 'Assessment',
      entityId: assessmentId,
      after: { answered: answers.length, submitted: submit },
      relatedIds: [respondent.personId],
    });
    return toRespondent(row!);
  },
});

/**
 * The facilitator closes the assessment with the agreed levels of every question (a level two or
 * more from the median answer needs a comment); the scores are kept as closed.
 */
export const closeAssessment = defineUseCase({
  action: 'maturity.assessment.close',
  input: closeAssessmentEnvelopeSchema,
  permission: null,
  async run({ tx, actor, audit, now }, raw): Promise<Assessment> {
    const assessment = await lockAssessment(tx, raw.id, 'id');
    if (actor.personId !== assessment.facilitatorPersonId && actor.role !== 'admin')
      throw new NotAllowedError('Only the facilitator of the assessment (or an admin) closes it.');
    if (assessment.status !== 'open') throw InputError.forField('id', 'is already closed');
    const questions = questionsOfAssessment(assessment);
    const answers = await answersOf(tx, assessment.id);
    const medians = questions.map((question) => ({
      key: question.key,
      median: summarizeQuestion(answers.filter((answer) => answer.questionKey === question.key)).median,
    }));
    const input = parseInput(closeAssessmentInputSchema({ questions: medians }), raw);
    assertVersion('Assessment', assessment, input.id, input.version);
    const scores = scoreAssessment({ questions, answers, consensus: input.consensus });
    const [row] = await tx
      .update(maturityAssessments)
      .set({
        status: 'closed',
        closedAt: now,
        closedBy: actor.personId,
        consensus: input.consensus,
        scores: { categories: scores.categories, overall: scores.overall },
        version: assessment.version + 1,
        updatedAt: now,
        updatedBy: actor.accountId,
      })
      .where(eq(maturityAssessments.id, assessment.id))
      .returning();
    const closed = toAssessment(row!);
    await audit({
      entityType: 'Assessment',
      entityId: closed.id,
      before: { status: 'open' },
      after: { status: 'closed', overall: scores.overall },
      relatedIds: [closed.programId],
    });
    return closed;
  },
});

/** A sponsor approves the closed assessment's report (EC3.4). */
export const approveAssessmentReport = defineUseCase({
  action: 'maturity.assessment.approve',
  input: approveAssessmentReportInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { assessmentId, comment }): Promise<Assessment> {
    const assessment = await lockAssessment(tx, assessmentId);
    if (assessment.status !== 'closed')
      throw InputError.forField('assessmentId', 'must be closed before its report is approved');
    const sponsors = await sponsorsOf(tx, assessment.programId ?? '00000000-0000-0000-0000-000000000000');
    if (!actor.personId || !sponsors.includes(actor.personId))
      throw new NotAllowedError('Only an executive sponsor approves an assessment report.');
    const [row] = await tx
      .update(maturityAssessments)
      .set({
        reportApprovedAt: now,
        reportApprovedBy: actor.personId,
        version: assessment.version + 1,
        updatedAt: now,
        updatedBy: actor.accountId,
      })
      .where(eq(maturityAssessments.id, assessmentId))
      .returning();
    const approved = toAssessment(row!);
    await audit({
      entityType: 'Assessment',
      entityId: assessmentId,
      after: { reportApprovedBy: actor.personId, comment },
      relatedIds: [approved.programId],
    });
    return approved;
  },
});

export async function answersOf(db: Queryable, assessmentId: string) {
  const rows = await db
    .select()
    .from(maturityAnswers)
    .where(eq(maturityAnswers.assessmentId, assessmentId))
    .orderBy(asc(maturityAnswers.questionKey));
  return rows.map(toAnswer);
}

export async function respondentsOf(db: Queryable, assessmentId: string): Promise<Respondent[]> {
  const rows = await db
    .select()
    .from(maturityRespondents)
    .where(eq(maturityRespondents.assessmentId, assessmentId))
    .orderBy(asc(maturityRespondents.invitedAt));
  return rows.map(toRespondent);
}

export async function getAssessments(db: Queryable, ids: readonly string[]): Promise<(Assessment | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(maturityAssessments).where(inArray(maturityAssessments.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toAssessment(row)]));
  return ids.map((id) => byId.get(id));
}

/** Assessments, newest first; of one program when given. */
export async function listAssessments(db: Queryable, programId: string | null = null): Promise<Assessment[]> {
  const rows = await db
    .select()
    .from(maturityAssessments)
    .where(programId ? eq(maturityAssessments.programId, programId) : undefined)
    .orderBy(desc(maturityAssessments.createdAt));
  return rows.map(toAssessment);
}

/** Whether the actor may manage the assessment (program:manage) or close it (its facilitator). */
export function assessmentStanding(actor: { personId: string | null; role: string }, assessment: Assessment) {
  return {
    manage: can(actor as never, 'program:manage'),
    facilitate: actor.personId === assessment.facilitatorPersonId || actor.role === 'admin',
  };
}
