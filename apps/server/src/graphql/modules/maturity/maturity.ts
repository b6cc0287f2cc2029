import {
  answersOf,
  approveAssessmentReport,
  assessmentResults,
  closeAssessment,
  createAssessment,
  getAssessments,
  inviteRespondents,
  listAssessments,
  liveSignalValues,
  removeRespondent,
  respondentsOf,
  saveAnswers,
  sponsorsOf,
} from '@steward/core';
import {
  type AskedQuestion,
  type Assessment,
  type CategoryScore,
  can,
  type MaturityCategory,
  type MaturityGroup,
  type MaturityLevelDefinition,
  maturityCategories,
  maturityCategory,
  maturityGroups,
  maturityLevels,
  type QuestionResult,
  questionsOfAssessment,
  type ScoreValues,
  type SignalCheck,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { RecordLinkInput } from '../../record-links.js';
import { withoutNulls } from '../../without-nulls.js';
import { ProgramRef } from '../program/program.js';
import { Person } from '../stewardship/types.js';

/** An assessment's respondents, read once per request (abilities and the two counts share them). */
const respondentsRead = (context: GraphQLContext, assessmentId: string) =>
  context.memo(`respondents:${assessmentId}`, () => respondentsOf(context.db, assessmentId));

const LevelTextRef = builder.objectRef<{ level: number; text: string; textZh: string }>('MaturityLevelText').implement({
  fields: (t) => ({ level: t.exposeInt('level'), text: t.exposeString('text'), textZh: t.exposeString('textZh') }),
});

const ModelQuestionRef = builder.objectRef<MaturityCategory['questions'][number]>('MaturityQuestion').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    number: t.exposeInt('number'),
    text: t.string({ resolve: (question) => question.text.en }),
    textZh: t.string({ resolve: (question) => question.text.zh }),
    signal: t.exposeString('signal', { nullable: true, description: 'The live metric that speaks to it.' }),
  }),
});

const CategoryRef = builder.objectRef<MaturityCategory>('MaturityCategory').implement({
  description: 'One of the 11 categories of the IBM Data Governance Council maturity model.',
  fields: (t) => ({
    key: t.exposeString('key'),
    number: t.exposeInt('number'),
    group: t.exposeString('group'),
    name: t.string({ resolve: (category) => category.name.en }),
    nameZh: t.string({ resolve: (category) => category.name.zh }),
    description: t.string({ resolve: (category) => category.description.en }),
    levels: t.field({
      type: [LevelTextRef],
      description: 'What the category looks like at levels 1, 3 and 5.',
      resolve: (category) =>
        ([1, 3, 5] as const).map((level) => ({
          level,
          text: category.levelDescriptions[level].en,
          textZh: category.levelDescriptions[level].zh,
        })),
    }),
    categorySignal: t.exposeString('categorySignal', { nullable: true }),
    questions: t.field({ type: [ModelQuestionRef], resolve: (category) => [...category.questions] }),
  }),
});

const GroupRef = builder.objectRef<MaturityGroup>('MaturityGroup').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.string({ resolve: (group) => group.name.en }),
    nameZh: t.string({ resolve: (group) => group.name.zh }),
    purpose: t.string({ resolve: (group) => group.purpose.en }),
  }),
});

const LevelRef = builder.objectRef<MaturityLevelDefinition>('MaturityLevel').implement({
  fields: (t) => ({
    level: t.exposeInt('level'),
    name: t.string({ resolve: (level) => level.name.en }),
    nameZh: t.string({ resolve: (level) => level.name.zh }),
    meaning: t.string({ resolve: (level) => level.meaning.en }),
    dmbok: t.string({
      description: 'The same level on DMBOK2’s scale.',
      resolve: (level) => `${level.dmbok.level} ${level.dmbok.name}`,
    }),
  }),
});

const ModelRef = builder.objectRef<Record<string, never>>('MaturityModel').implement({
  fields: (t) => ({
    groups: t.field({ type: [GroupRef], resolve: () => [...maturityGroups] }),
    categories: t.field({ type: [CategoryRef], resolve: () => [...maturityCategories] }),
    levels: t.field({ type: [LevelRef], resolve: () => [...maturityLevels] }),
  }),
});

const AskedQuestionRef = builder.objectRef<AskedQuestion>('AssessmentQuestion').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    category: t.exposeString('category'),
    text: t.exposeString('text'),
    custom: t.exposeBoolean('custom', { description: 'The program’s own question.' }),
    signal: t.exposeString('signal', { nullable: true }),
  }),
});

const AnswerRef = builder.objectRef<Awaited<ReturnType<typeof answersOf>>[number]>('MaturityAnswer').implement({
  fields: (t) => ({
    questionKey: t.exposeString('questionKey'),
    current: t.exposeInt('current', { nullable: true }),
    target: t.exposeInt('target', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    evidenceUrl: t.exposeString('evidenceUrl', { nullable: true }),
    person: t.field({ type: Person, resolve: (answer) => answer.personId }),
  }),
});

const ScoreRef = builder
  .objectRef<
    ScoreValues & {
      category?: string;
      name?: string;
      hasDisagreement?: boolean;
      scoredQuestions?: number;
      questionCount?: number;
    }
  >('MaturityScore')
  .implement({
    fields: (t) => ({
      category: t.string({ nullable: true, resolve: (score) => score.category ?? null }),
      name: t.string({
        nullable: true,
        resolve: (score) => (score.category ? maturityCategory(score.category).name.en : null),
      }),
      current: t.exposeFloat('current', { nullable: true }),
      target: t.exposeFloat('target', { nullable: true }),
      gap: t.exposeFloat('gap', { nullable: true }),
      hasDisagreement: t.boolean({ resolve: (score) => Boolean(score.hasDisagreement) }),
      scoredQuestions: t.int({ nullable: true, resolve: (score) => score.scoredQuestions ?? null }),
      questionCount: t.int({ nullable: true, resolve: (score) => score.questionCount ?? null }),
    }),
  });

const QuestionResultRef = builder.objectRef<QuestionResult>('QuestionResult').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    category: t.exposeString('category'),
    respondents: t.exposeInt('respondents'),
    median: t.exposeFloat('median', { nullable: true }),
    spread: t.exposeFloat('spread', { nullable: true }),
    meanTarget: t.exposeFloat('meanTarget', { nullable: true }),
    hasDisagreement: t.exposeBoolean('hasDisagreement'),
    consensusCurrent: t.int({ nullable: true, resolve: (result) => result.consensus?.current ?? null }),
    consensusTarget: t.int({ nullable: true, resolve: (result) => result.consensus?.target ?? null }),
    consensusComment: t.string({
      nullable: true,
      resolve: (result) => (result.consensus as { comment?: string | null } | null)?.comment ?? null,
    }),
    needsComment: t.exposeBoolean('needsComment'),
  }),
});

const HeatCellRef = builder
  .objectRef<{ category: string; current: number | null }>('RespondentCategoryScore')
  .implement({
    fields: (t) => ({ category: t.exposeString('category'), current: t.exposeFloat('current', { nullable: true }) }),
  });

const RespondentRef = builder
  .objectRef<Awaited<ReturnType<typeof assessmentResults>>['respondents'][number]>('AssessmentRespondent')
  .implement({
    fields: (t) => ({
      person: t.field({ type: Person, resolve: (row) => row.personId }),
      side: t.exposeString('side', { description: 'business or it' }),
      submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
      answered: t.exposeInt('answered'),
      categories: t.field({ type: [HeatCellRef], resolve: (row) => row.categories }),
    }),
  });

const ChangeRef = builder
  .objectRef<{ category: string; latest: number; previous: number; delta: number; direction: string }>('CategoryChange')
  .implement({
    fields: (t) => ({
      category: t.exposeString('category'),
      latest: t.exposeFloat('latest'),
      previous: t.exposeFloat('previous'),
      delta: t.exposeFloat('delta'),
      direction: t.exposeString('direction'),
    }),
  });

const SignalCheckRef = builder.objectRef<SignalCheck>('SignalCheck').implement({
  description: 'A live signal against the self-assessment: the level it suggests and whether they disagree.',
  fields: (t) => ({
    scope: t.exposeString('scope'),
    key: t.exposeString('key'),
    category: t.exposeString('category'),
    signal: t.exposeString('signal'),
    value: t.exposeFloat('value'),
    suggestedLevel: t.exposeInt('suggestedLevel'),
    selfAssessed: t.exposeFloat('selfAssessed', { nullable: true }),
    difference: t.exposeFloat('difference', { nullable: true }),
    hasDisagreement: t.exposeBoolean('hasDisagreement'),
  }),
});

type Results = Awaited<ReturnType<typeof assessmentResults>>;
const ResultsRef = builder.objectRef<Results>('AssessmentResults').implement({
  fields: (t) => ({
    categories: t.field({ type: [ScoreRef], resolve: (results) => results.score.categories as CategoryScore[] }),
    overall: t.field({ type: ScoreRef, resolve: (results) => results.score.overall }),
    questions: t.field({ type: [QuestionResultRef], resolve: (results) => results.score.questions }),
    respondents: t.field({ type: [RespondentRef], resolve: (results) => results.respondents }),
    comparison: t.field({
      type: [ChangeRef],
      description: 'Categories scored both now and in the assessment before.',
      resolve: (results) => results.comparison?.categories ?? [],
    }),
    previousOverall: t.float({ nullable: true, resolve: (results) => results.comparison?.overall.previous ?? null }),
    signals: t.field({ type: [SignalCheckRef], resolve: (results) => results.signals }),
  }),
});

const AbilitiesRef = builder
  .objectRef<{ manage: boolean; facilitate: boolean; answer: boolean; approve: boolean }>('AssessmentAbilities')
  .implement({
    fields: (t) => ({
      manage: t.exposeBoolean('manage', { description: 'Invite respondents (program:manage).' }),
      facilitate: t.exposeBoolean('facilitate', { description: 'Close it with agreed levels (its facilitator).' }),
      answer: t.exposeBoolean('answer', { description: 'You are invited and it is open.' }),
      approve: t.exposeBoolean('approve', { description: 'You may approve its report (a sponsor, once closed).' }),
    }),
  });

export const AssessmentRef = builder.loadableObject('Assessment', {
  description: 'A maturity assessment on the IBM Data Governance Council model.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Assessment', ids, (batch) => getAssessments(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    program: t.field({ type: ProgramRef, nullable: true, resolve: (assessment) => assessment.programId }),
    scope: t.exposeString('scope', { nullable: true }),
    periodStart: t.exposeString('periodStart', { nullable: true }),
    periodEnd: t.exposeString('periodEnd', { nullable: true }),
    targetDate: t.exposeString('targetDate', { nullable: true }),
    categories: t.exposeStringList('categories'),
    facilitator: t.field({ type: Person, nullable: true, resolve: (assessment) => assessment.facilitatorPersonId }),
    status: t.exposeString('status', { description: 'open or closed' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    reportApprovedAt: t.expose('reportApprovedAt', { type: 'DateTime', nullable: true }),
    reportApprovedBy: t.field({ type: Person, nullable: true, resolve: (assessment) => assessment.reportApprovedBy }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    questions: t.field({
      type: [AskedQuestionRef],
      resolve: (assessment) => questionsOfAssessment(assessment),
    }),
    myAnswers: t.field({
      type: [AnswerRef],
      description: 'Your own answers.',
      resolve: async (assessment, _args, context) => {
        const personId = actorOf(context).personId;
        if (!personId) return [];
        return (await answersOf(context.db, assessment.id)).filter((answer) => answer.personId === personId);
      },
    }),
    results: t.field({
      type: ResultsRef,
      description: 'Scores, the heatmap, the comparison and live signals, as they stand.',
      resolve: async (assessment, _args, context) =>
        assessmentResults(context.db, assessment, await liveSignalValues(context.db)),
    }),
    abilities: t.field({
      type: AbilitiesRef,
      resolve: async (assessment, _args, context) => {
        const actor = actorOf(context);
        const respondents = await respondentsRead(context, assessment.id);
        const sponsors = await sponsorsOf(context.db, assessment.programId ?? '00000000-0000-0000-0000-000000000000');
        const open = assessment.status === 'open';
        return {
          manage: open && can(actor, 'program:manage'),
          facilitate: open && (actor.personId === assessment.facilitatorPersonId || actor.role === 'admin'),
          answer: open && respondents.some((respondent) => respondent.personId === actor.personId),
          approve:
            !open && !assessment.reportApprovedAt && actor.personId !== null && sponsors.includes(actor.personId),
        };
      },
    }),
  }),
});

builder.objectFields(AssessmentRef, (t) => ({
  overall: t.field({
    type: ScoreRef,
    description: 'The overall score: as closed, or from the answers so far (cheaper than results).',
    resolve: async (assessment: Assessment, _args, context) =>
      assessment.scores?.overall ?? (await assessmentResults(context.db, assessment)).score.overall,
  }),
  respondentCount: t.int({
    resolve: async (assessment: Assessment, _args, context) => (await respondentsRead(context, assessment.id)).length,
  }),
  submittedCount: t.int({
    resolve: async (assessment: Assessment, _args, context) =>
      (await respondentsRead(context, assessment.id)).filter((respondent) => respondent.submittedAt).length,
  }),
  previous: t.field({
    type: AssessmentRef,
    nullable: true,
    resolve: (assessment: Assessment) => assessment.previousAssessmentId,
  }),
}));

builder.queryFields((t) => ({
  maturityModel: t.field({
    type: ModelRef,
    description: 'The IBM Data Governance Council maturity model: groups, categories, levels, questions.',
    resolve: () => ({}),
  }),
  assessments: t.field({
    type: [AssessmentRef],
    description: 'Newest first.',
    args: { programId: t.arg.id() },
    resolve: (_root, { programId }, context) => listAssessments(context.db, programId ? String(programId) : null),
  }),
  assessment: t.field({
    type: AssessmentRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getAssessments(context.db, ids)),
  }),
}));

const CustomQuestionInput = builder.inputType('CustomMaturityQuestionInput', {
  fields: (t) => ({
    category: t.string({ required: true }),
    text: t.string({ required: true }),
    level1: t.string(),
    level3: t.string(),
    level5: t.string(),
  }),
});

const CreateAssessmentInput = builder.inputType('CreateAssessmentInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    programId: t.id(),
    scope: t.string(),
    periodStart: t.string(),
    periodEnd: t.string(),
    targetDate: t.string(),
    categories: t.stringList({ required: true }),
    facilitatorPersonId: t.id({ required: true }),
    previousAssessmentId: t.id(),
    customQuestions: t.field({ type: [CustomQuestionInput] }),
  }),
});

const RespondentInput = builder.inputType('RespondentInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    side: t.string({ required: true, description: 'business or it' }),
  }),
});

const AnswerInput = builder.inputType('MaturityAnswerInput', {
  fields: (t) => ({
    questionKey: t.string({ required: true }),
    current: t.int(),
    target: t.int(),
    comment: t.string(),
    evidenceUrl: t.string(),
    evidenceLinks: t.field({ type: [RecordLinkInput] }),
  }),
});

const ConsensusInput = builder.inputType('ConsensusInput', {
  fields: (t) => ({
    questionKey: t.string({ required: true }),
    current: t.int({ required: true }),
    target: t.int({ required: true }),
    comment: t.string(),
  }),
});

builder.mutationFields((t) => ({
  createAssessment: t.field({
    type: AssessmentRef,
    errors: {},
    args: { input: t.arg({ type: CreateAssessmentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      createAssessment(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  inviteRespondents: t.field({
    type: AssessmentRef,
    errors: {},
    args: {
      assessmentId: t.arg.id({ required: true }),
      respondents: t.arg({ type: [RespondentInput], required: true }),
    },
    resolve: async (_root, { assessmentId, respondents }, context) => {
      await inviteRespondents(context.db, actorOf(context), {
        assessmentId: String(assessmentId),
        respondents: respondents as never,
      });
      return String(assessmentId);
    },
  }),
  removeRespondent: t.field({
    type: AssessmentRef,
    errors: {},
    args: { assessmentId: t.arg.id({ required: true }), personId: t.arg.id({ required: true }) },
    resolve: async (_root, { assessmentId, personId }, context) => {
      await removeRespondent(context.db, actorOf(context), {
        assessmentId: String(assessmentId),
        personId: String(personId),
      });
      return String(assessmentId);
    },
  }),
  saveAnswers: t.field({
    type: AssessmentRef,
    errors: {},
    description: 'Saves your answers; submit says you are done (you may still change them while it is open).',
    args: {
      assessmentId: t.arg.id({ required: true }),
      answers: t.arg({ type: [AnswerInput], required: true }),
      submit: t.arg.boolean(),
    },
    resolve: async (_root, { assessmentId, answers, submit }, context) => {
      await saveAnswers(context.db, actorOf(context), {
        assessmentId: String(assessmentId),
        answers: answers.map((answer) => ({
          evidenceLinks: [],
          ...withoutNulls(answer),
          current: answer.current ?? null,
          target: answer.target ?? null,
        })) as never,
        submit: submit ?? false,
      });
      return String(assessmentId);
    },
  }),
  closeAssessment: t.field({
    type: AssessmentRef,
    errors: {},
    description: 'The facilitator closes it with the agreed levels of every question.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      consensus: t.arg({ type: [ConsensusInput], required: true }),
    },
    resolve: (_root, { id, version, consensus }, context) =>
      closeAssessment(context.db, actorOf(context), {
        id: String(id),
        version,
        consensus: Object.fromEntries(
          consensus.map(({ questionKey, ...levels }) => [questionKey, withoutNulls(levels)]),
        ),
      }),
  }),
  approveAssessmentReport: t.field({
    type: AssessmentRef,
    errors: {},
    args: { assessmentId: t.arg.id({ required: true }), comment: t.arg.string() },
    resolve: (_root, { assessmentId, comment }, context) =>
      approveAssessmentReport(context.db, actorOf(context), { assessmentId: String(assessmentId), comment }),
  }),
}));
