import {
  createProgram,
  createRoadmapItem,
  deleteRoadmapItem,
  evaluateStepCriteria,
  getPrograms,
  listPrograms,
  type NextAction,
  nextActionsOf,
  type ProgramStep,
  recordProgramReview,
  reviewsOfProgram,
  roadmapOf,
  startNextIteration,
  stepsOfProgram,
  updateProgram,
  updateProgramStep,
  updateRoadmapItem,
} from '@steward/core';
import {
  type CatalogueCriterion,
  type CatalogueStep,
  type CatalogueText,
  type CriterionEvidence,
  type CriterionResult,
  type ImpactFigure,
  type Program,
  type ProgramProcess,
  processCatalogue,
  type RoadmapItem,
  reportingCadences,
  roadmapStatuses,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { withoutNulls } from '../../without-nulls.js';
import { DataSourceRef } from '../catalog/catalog.js';
import { Domain, OrgUnit, Person } from '../stewardship/types.js';

/** A step's criteria, evaluated once per request (the stepper and the next actions both need them). */
const criteriaOf = (
  context: GraphQLContext,
  program: Program,
  step: { number: number; thresholds: Record<string, number> },
) =>
  context.memo(`criteria:${program.id}:${step.number}:${JSON.stringify(step.thresholds)}`, () =>
    evaluateStepCriteria(context.db, program, step.number, step.thresholds),
  );

const ProvenanceEnum = builder.enumType('Provenance', {
  description: 'sourced: read in a source; believed: said of the book, unverified; suggested: Steward’s own.',
  values: ['sourced', 'believed', 'suggested'] as const,
});
const StepKindEnum = builder.enumType('ProcessStepKind', { values: ['required', 'track'] as const });
const StepStatusEnum = builder.enumType('ProgramStepStatus', {
  values: ['not_started', 'in_progress', 'done', 'skipped'] as const,
});
const CriterionStateEnum = builder.enumType('CriterionState', { values: ['pass', 'fail', 'unavailable'] as const });
const ReportingCadenceEnum = builder.enumType('ReportingCadence', { values: reportingCadences });

const GuidanceRef = builder
  .objectRef<CatalogueText & { key?: string; approver?: 'executive_sponsor' }>('Guidance')
  .implement({
    description: 'A piece of the process guidance and where it comes from.',
    fields: (t) => ({
      key: t.string({ nullable: true, resolve: (item) => item.key ?? null }),
      sponsorApproval: t.boolean({
        description: 'For a deliverable: a document written for it is approved by an executive sponsor only.',
        resolve: (item) => item.approver === 'executive_sponsor',
      }),
      text: t.exposeString('text'),
      provenance: t.field({ type: ProvenanceEnum, resolve: (item) => item.provenance }),
    }),
  });

const CriterionDefinitionRef = builder.objectRef<CatalogueCriterion>('ExitCriterionDefinition').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    text: t.exposeString('text'),
    provenance: t.field({ type: ProvenanceEnum, resolve: (item) => item.provenance }),
    area: t.exposeString('area'),
    defaultThreshold: t.float({ nullable: true, resolve: (item) => item.threshold?.value ?? null }),
    thresholdUnit: t.string({ nullable: true, resolve: (item) => item.threshold?.unit ?? null }),
  }),
});

const ProcessStepRef = builder.objectRef<CatalogueStep>('ProcessStep').implement({
  description: 'A step of the IBM Data Governance Unified Process, as Steward’s catalogue has it.',
  fields: (t) => ({
    number: t.exposeInt('number'),
    kind: t.field({ type: StepKindEnum, resolve: (step) => step.kind }),
    name: t.string({ resolve: (step) => step.name.en }),
    nameZh: t.string({ resolve: (step) => step.name.zh }),
    nameProvenance: t.field({ type: ProvenanceEnum, resolve: (step) => step.nameProvenance }),
    purpose: t.field({ type: GuidanceRef, resolve: (step) => step.purpose }),
    subSteps: t.field({ type: [GuidanceRef], resolve: (step) => step.subSteps }),
    checklist: t.field({ type: [GuidanceRef], resolve: (step) => step.checklist }),
    deliverables: t.field({ type: [GuidanceRef], resolve: (step) => step.deliverables }),
    roles: t.field({ type: [GuidanceRef], resolve: (step) => step.roles }),
    criteria: t.field({ type: [CriterionDefinitionRef], resolve: (step) => step.criteria }),
    recurring: t.boolean({ resolve: (step) => Boolean(step.recurring) }),
  }),
});

const EvidenceRef = builder.objectRef<CriterionEvidence>('CriterionEvidence').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    ok: t.exposeBoolean('ok'),
    href: t.exposeString('href', { nullable: true, description: 'Where to see or fix it in the app.' }),
  }),
});

const CriterionResultRef = builder.objectRef<CriterionResult>('CriterionResult').implement({
  description: 'An exit criterion evaluated on the records as they are now.',
  fields: (t) => ({
    key: t.exposeString('key'),
    state: t.field({ type: CriterionStateEnum, resolve: (result) => result.state }),
    value: t.exposeFloat('value', { nullable: true }),
    threshold: t.exposeFloat('threshold', { nullable: true }),
    summary: t.exposeString('summary'),
    evidence: t.field({ type: [EvidenceRef], resolve: (result) => result.evidence }),
  }),
});

const TickRef = builder.objectRef<{ key: string; by: string | null; at: string }>('ChecklistTick').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    at: t.exposeString('at'),
    by: t.field({ type: Person, nullable: true, resolve: (tick) => tick.by }),
  }),
});

const CustomItemRef = builder.objectRef<{ key: string; text: string; done: boolean }>('CustomChecklistItem').implement({
  fields: (t) => ({ key: t.exposeString('key'), text: t.exposeString('text'), done: t.exposeBoolean('done') }),
});

const ThresholdRef = builder.objectRef<{ key: string; value: number }>('CriterionThreshold').implement({
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeFloat('value') }),
});

export const ProgramStepRef = builder.objectRef<ProgramStep & { program: Program }>('ProgramStep').implement({
  description: 'One step of one program: the guidance, the program’s state, and the exit criteria evaluated now.',
  fields: (t) => ({
    number: t.exposeInt('number'),
    version: t.exposeInt('version', { nullable: true }),
    step: t.field({ type: ProcessStepRef, resolve: (step) => step.catalogue }),
    status: t.field({ type: StepStatusEnum, resolve: (step) => step.status }),
    owner: t.field({ type: Person, nullable: true, resolve: (step) => step.ownerPersonId }),
    dueOn: t.exposeString('dueOn', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    ticked: t.field({
      type: [TickRef],
      resolve: (step) => Object.entries(step.ticked).map(([key, tick]) => ({ key, ...tick })),
    }),
    customChecklist: t.field({ type: [CustomItemRef], resolve: (step) => step.customChecklist }),
    thresholds: t.field({
      type: [ThresholdRef],
      resolve: (step) => Object.entries(step.thresholds).map(([key, value]) => ({ key, value })),
    }),
    doneAt: t.expose('doneAt', { type: 'DateTime', nullable: true }),
    donePerson: t.field({ type: Person, nullable: true, resolve: (step) => step.donePersonId }),
    overrideReason: t.exposeString('overrideReason', { nullable: true }),
    criteria: t.field({
      type: [CriterionResultRef],
      description: 'Evaluated on the records as they are now.',
      resolve: (step, _args, context) => (step.status === 'skipped' ? [] : criteriaOf(context, step.program, step)),
    }),
  }),
});

const ImpactFigureRef = builder.objectRef<ImpactFigure>('ImpactFigure').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    unit: t.exposeString('unit'),
    baseline: t.exposeFloat('baseline'),
    asOf: t.exposeString('asOf'),
    target: t.exposeFloat('target', { nullable: true }),
  }),
});

const ProgramProcessRef = builder.objectRef<ProgramProcess>('ProgramProcess').implement({
  fields: (t) => ({ kind: t.exposeString('kind'), name: t.exposeString('name') }),
});

const ReviewRef = builder
  .objectRef<{ id: string; personId: string; note: string | null; reviewedAt: Date }>('ProgramReview')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      person: t.field({ type: Person, resolve: (review) => review.personId }),
      note: t.exposeString('note', { nullable: true }),
      reviewedAt: t.expose('reviewedAt', { type: 'DateTime' }),
    }),
  });

const NextActionRef = builder.objectRef<NextAction>('NextAction').implement({
  description: 'Something to do next on a program, and where to do it.',
  fields: (t) => ({
    stepNumber: t.exposeInt('stepNumber'),
    kind: t.exposeString('kind', { description: 'criterion, overdue_step, checklist or mark_done' }),
    label: t.exposeString('label'),
    criterionKey: t.exposeString('criterionKey', { nullable: true }),
    href: t.exposeString('href', { nullable: true }),
  }),
});

const RoadmapStatusEnum = builder.enumType('RoadmapStatus', { values: roadmapStatuses });

const RoadmapItemRef = builder.objectRef<RoadmapItem>('RoadmapItem').implement({
  description: 'An initiative of a program’s roadmap (step 4).',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    owner: t.field({ type: Person, nullable: true, resolve: (item) => item.ownerPersonId }),
    startsOn: t.exposeString('startsOn', { nullable: true }),
    endsOn: t.exposeString('endsOn', { nullable: true }),
    stepNumber: t.exposeInt('stepNumber', { nullable: true }),
    status: t.field({ type: RoadmapStatusEnum, resolve: (item) => item.status }),
    dependsOn: t.exposeIDList('dependsOn', { description: 'Items that must finish first.' }),
    categories: t.exposeStringList('categories', { description: 'Maturity categories it raises (EC4.1).' }),
  }),
});

export const ProgramRef = builder.loadableObject('Program', {
  description: 'A governance program walking the IBM Data Governance Unified Process.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Program', ids, (batch) => getPrograms(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    businessProblem: t.exposeString('businessProblem', { nullable: true }),
    domains: t.field({ type: [Domain], resolve: (program) => program.scope.domainIds }),
    orgUnits: t.field({ type: [OrgUnit], resolve: (program) => program.scope.orgUnitIds }),
    itOrgUnits: t.field({ type: [OrgUnit], resolve: (program) => program.scope.itOrgUnitIds }),
    sources: t.field({ type: [DataSourceRef], resolve: (program) => program.scope.sourceIds }),
    outOfScope: t.string({ nullable: true, resolve: (program) => program.scope.outOfScope }),
    impactFigures: t.field({ type: [ImpactFigureRef], resolve: (program) => program.impactFigures }),
    processes: t.field({ type: [ProgramProcessRef], resolve: (program) => program.processes }),
    tracks: t.intList({ resolve: (program) => program.tracks }),
    lead: t.field({ type: Person, nullable: true, resolve: (program) => program.leadPersonId }),
    startDate: t.exposeString('startDate', { nullable: true }),
    reportingCadence: t.field({
      type: ReportingCadenceEnum,
      nullable: true,
      resolve: (program) => program.reportingCadence,
    }),
    nextSponsorReviewOn: t.exposeString('nextSponsorReviewOn', { nullable: true }),
    iteration: t.exposeInt('iteration'),

    status: t.exposeString('status'),
    reviews: t.field({
      type: [ReviewRef],
      resolve: (program, _args, context) => reviewsOfProgram(context.db, program.id),
    }),
    steps: t.field({
      type: [ProgramStepRef],
      resolve: async (program, _args, context) =>
        (await stepsOfProgram(context.db, program)).map((step) => ({ ...step, program })),
    }),
    step: t.field({
      type: ProgramStepRef,
      nullable: true,
      args: { number: t.arg.int({ required: true }) },
      resolve: async (program, { number }, context) => {
        const step = (await stepsOfProgram(context.db, program)).find((item) => item.number === number);
        return step ? { ...step, program } : null;
      },
    }),
    roadmap: t.field({
      type: [RoadmapItemRef],
      description: 'Initiatives by start date.',
      resolve: (program, _args, context) => roadmapOf(context.db, program.id),
    }),
    nextActions: t.field({
      type: [NextActionRef],
      description: 'Failing criteria of the current steps (with fix links), overdue steps, open checklist items.',
      resolve: (program, _args, context) =>
        nextActionsOf(context.db, program, new Date(), 20, (step) => criteriaOf(context, program, step)),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(ProgramRef, (t) => ({
  previous: t.field({
    type: ProgramRef,
    nullable: true,
    description: 'The iteration before this one.',
    resolve: (program) => program.previousProgramId,
  }),
}));

builder.queryFields((t) => ({
  programs: t.field({ type: [ProgramRef], resolve: (_root, _args, context) => listPrograms(context.db) }),
  program: t.field({
    type: ProgramRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getPrograms(context.db, ids)),
  }),
  processCatalogue: t.field({
    type: [ProcessStepRef],
    description: 'The 14 steps of the IBM Data Governance Unified Process, with their guidance and provenance.',
    resolve: () => [...processCatalogue],
  }),
}));

const ImpactFigureInput = builder.inputType('ImpactFigureInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    unit: t.string({ required: true }),
    baseline: t.float({ required: true }),
    asOf: t.string({ required: true, description: 'YYYY-MM-DD' }),
    target: t.float(),
  }),
});

const ProgramProcessInput = builder.inputType('ProgramProcessInput', {
  fields: (t) => ({
    kind: t.string({ required: true, description: 'process or regulation' }),
    name: t.string({ required: true }),
  }),
});

const ProgramScopeInput = builder.inputType('ProgramScopeInput', {
  fields: (t) => ({
    domainIds: t.idList(),
    orgUnitIds: t.idList(),
    itOrgUnitIds: t.idList({ description: 'Which org units count as IT (the rest are business).' }),
    sourceIds: t.idList(),
    outOfScope: t.string(),
  }),
});

const CreateProgramInput = builder.inputType('CreateProgramInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    businessProblem: t.string(),
    scope: t.field({ type: ProgramScopeInput }),
    impactFigures: t.field({ type: [ImpactFigureInput] }),
    processes: t.field({ type: [ProgramProcessInput] }),
    tracks: t.intList({ description: 'Optional tracks 10–13; at least one (default 10).' }),
    leadPersonId: t.id(),
    startDate: t.string(),
    reportingCadence: t.field({ type: ReportingCadenceEnum }),
    nextSponsorReviewOn: t.string(),
    previousProgramId: t.id({ description: 'Start a new iteration of this program.' }),
  }),
});

const UpdateProgramInput = builder.inputType('UpdateProgramInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    businessProblem: t.string(),
    scope: t.field({ type: ProgramScopeInput }),
    impactFigures: t.field({ type: [ImpactFigureInput] }),
    processes: t.field({ type: [ProgramProcessInput] }),
    tracks: t.intList(),
    leadPersonId: t.id(),
    startDate: t.string(),
    reportingCadence: t.field({ type: ReportingCadenceEnum }),
    nextSponsorReviewOn: t.string(),
    status: t.string({ description: 'active or closed' }),
  }),
});

const RecordProgramReviewInput = builder.inputType('RecordProgramReviewInput', {
  fields: (t) => ({ programId: t.id({ required: true }), personId: t.id({ required: true }), note: t.string() }),
});

const TickInput = builder.inputType('ChecklistTickInput', {
  fields: (t) => ({ key: t.string({ required: true }), done: t.boolean({ required: true }) }),
});

const CustomItemInput = builder.inputType('CustomChecklistItemInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    text: t.string({ required: true }),
    done: t.boolean({ required: true }),
  }),
});

const ThresholdInput = builder.inputType('CriterionThresholdInput', {
  fields: (t) => ({ key: t.string({ required: true }), value: t.float({ required: true }) }),
});

const UpdateProgramStepInput = builder.inputType('UpdateProgramStepInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    number: t.int({ required: true }),
    version: t.int({ description: 'The step’s version you read (none before its first change).' }),
    status: t.field({ type: StepStatusEnum }),
    overrideReason: t.string({ description: 'Marking steps 1–9 done with criteria not passing: why.' }),
    ownerPersonId: t.id(),
    dueOn: t.string(),
    notes: t.string(),
    tick: t.field({ type: [TickInput] }),
    customChecklist: t.field({ type: [CustomItemInput] }),
    thresholds: t.field({ type: [ThresholdInput] }),
  }),
});

/** GraphQL nulls for absent optional fields, and the threshold list as the record the use case takes. */
function stepInput(input: Record<string, unknown>) {
  const { thresholds, ...rest } = input;
  return {
    ...withoutNulls(rest),
    ...(Array.isArray(thresholds)
      ? {
          thresholds: Object.fromEntries(
            (thresholds as { key: string; value: number }[]).map((item) => [item.key, item.value]),
          ),
        }
      : {}),
  };
}

const CreateRoadmapItemInput = builder.inputType('CreateRoadmapItemInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    title: t.string({ required: true }),
    description: t.string(),
    ownerPersonId: t.id(),
    startsOn: t.string(),
    endsOn: t.string(),
    stepNumber: t.int(),
    status: t.field({ type: RoadmapStatusEnum }),
    dependsOn: t.idList(),
    categories: t.stringList({ description: 'Maturity categories it raises.' }),
  }),
});

const UpdateRoadmapItemInput = builder.inputType('UpdateRoadmapItemInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    title: t.string(),
    description: t.string(),
    ownerPersonId: t.id(),
    startsOn: t.string(),
    endsOn: t.string(),
    stepNumber: t.int(),
    status: t.field({ type: RoadmapStatusEnum }),
    dependsOn: t.idList(),
    categories: t.stringList({ description: 'Maturity categories it raises.' }),
  }),
});

const DeleteRoadmapItemInput = builder.inputType('DeleteRoadmapItemInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const StartNextIterationInput = builder.inputType('StartNextIterationInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    name: t.string({ required: true }),
    closePrevious: t.boolean({ description: 'Close the iteration before (default true).' }),
  }),
});

builder.mutationFields((t) => ({
  startNextIteration: t.field({
    type: ProgramRef,
    errors: {},
    description: 'Starts the next iteration: problem, figures, scope, tracks, lead and reporting carry over.',
    args: { input: t.arg({ type: StartNextIterationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      startNextIteration(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  createRoadmapItem: t.field({
    type: RoadmapItemRef,
    errors: {},
    args: { input: t.arg({ type: CreateRoadmapItemInput, required: true }) },
    resolve: (_root, { input }, context) =>
      createRoadmapItem(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  updateRoadmapItem: t.field({
    type: RoadmapItemRef,
    errors: {},
    args: { input: t.arg({ type: UpdateRoadmapItemInput, required: true }) },
    resolve: resolveUseCase(updateRoadmapItem),
  }),
  deleteRoadmapItem: t.field({
    type: ProgramRef,
    errors: {},
    description: 'Removes an initiative; returns its program.',
    args: { input: t.arg({ type: DeleteRoadmapItemInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      (await deleteRoadmapItem(context.db, actorOf(context), input)).programId,
  }),
  createProgram: t.field({
    type: ProgramRef,
    errors: {},
    args: { input: t.arg({ type: CreateProgramInput, required: true }) },
    resolve: (_root, { input }, context) => createProgram(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  updateProgram: t.field({
    type: ProgramRef,
    errors: {},
    args: { input: t.arg({ type: UpdateProgramInput, required: true }) },
    resolve: resolveUseCase(updateProgram),
  }),
  recordProgramReview: t.field({
    type: ProgramRef,
    errors: {},
    description: 'Records that someone reviewed the problem statement.',
    args: { input: t.arg({ type: RecordProgramReviewInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      await recordProgramReview(context.db, actorOf(context), input as never);
      return String(input.programId);
    },
  }),
  updateProgramStep: t.field({
    type: ProgramStepRef,
    errors: {},
    args: { input: t.arg({ type: UpdateProgramStepInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const step = await updateProgramStep(context.db, actorOf(context), stepInput(input) as never);
      const [program] = await getPrograms(context.db, [step.programId]);
      return { ...step, program: program! };
    },
  }),
}));
