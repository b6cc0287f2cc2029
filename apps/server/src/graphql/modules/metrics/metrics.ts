import {
  acknowledgeScorecard,
  defineMetric,
  getMetrics,
  latestValuesOfMetrics,
  listMetrics,
  listScorecardPublications,
  mayAcknowledge,
  publishScorecard,
  recordMetricValue,
  resolveRecordLinks,
  type Scorecard,
  type ScorecardKpi,
  type ScorecardPublication,
  scorecardOf,
  takeMetricSnapshot,
  updateMetric,
  valuesOfMetrics,
} from '@steward/core';
import {
  builtInMetric,
  can,
  type Metric,
  type MetricValue,
  maturityCategory,
  metricAreas,
  metricDirections,
  metricFrequencies,
  ragOf,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { RecordLinkInput, ResolvedRecordLinkRef } from '../../record-links.js';
import { withoutNulls } from '../../without-nulls.js';
import { AssessmentRef } from '../maturity/maturity.js';
import { ProgramRef } from '../program/program.js';
import { Person } from '../stewardship/types.js';

const DirectionEnum = builder.enumType('MetricDirection', { values: metricDirections });
const AreaEnum = builder.enumType('MetricArea', { values: metricAreas });
const FrequencyEnum = builder.enumType('MetricFrequency', { values: metricFrequencies });
const RagEnum = builder.enumType('Rag', { values: ['green', 'amber', 'red', 'none'] as const });

const ValueRef = builder.objectRef<MetricValue>('MetricValue').implement({
  fields: (t) => ({
    asOf: t.exposeString('asOf'),
    value: t.exposeFloat('value'),
    note: t.exposeString('note', { nullable: true }),
    source: t.exposeString('source', { description: 'snapshot or manual' }),
  }),
});

export const MetricRef = builder.loadableObject('Metric', {
  description: 'A governance metric: computed by Steward or entered by its owner.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Metric', ids, (batch) => getMetrics(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    builtIn: t.exposeString('builtIn', {
      nullable: true,
      description: 'The computation, for a metric Steward takes daily.',
    }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    unit: t.exposeString('unit', { description: 'share (0–1), days, count, or the owner’s unit' }),
    direction: t.field({ type: DirectionEnum, resolve: (metric) => metric.direction }),
    area: t.field({ type: AreaEnum, resolve: (metric) => metric.area }),
    frequency: t.field({ type: FrequencyEnum, resolve: (metric) => metric.frequency }),
    baseline: t.exposeFloat('baseline', { nullable: true }),
    target: t.exposeFloat('target', { nullable: true }),
    owner: t.field({ type: Person, nullable: true, resolve: (metric) => metric.ownerPersonId }),
    stepNumber: t.exposeInt('stepNumber', { nullable: true }),
    program: t.field({ type: ProgramRef, nullable: true, resolve: (metric) => metric.programId }),
    active: t.exposeBoolean('active'),
    actionLinks: t.field({
      type: [ResolvedRecordLinkRef],
      resolve: (metric, _args, context) => resolveRecordLinks(context.db, metric.actionLinks),
    }),
    values: t.field({
      type: [ValueRef],
      description: 'Oldest first; for the organisation unless a domain is given.',
      args: { since: t.arg.string(), domainId: t.arg.id() },
      resolve: async (metric, { since, domainId }, context) =>
        (await valuesOfMetrics(context.db, [metric.id], { since, domainId: domainId ? String(domainId) : null }))[0] ??
        [],
    }),
    latest: t.field({
      type: ValueRef,
      nullable: true,
      args: { domainId: t.arg.id() },
      resolve: async (metric, { domainId }, context) =>
        (await latestValuesOfMetrics(context.db, [metric.id], domainId ? String(domainId) : null))[0] ?? null,
    }),
    rag: t.field({
      type: RagEnum,
      args: { domainId: t.arg.id() },
      resolve: async (metric: Metric, { domainId }, context) => {
        const [latest] = await latestValuesOfMetrics(context.db, [metric.id], domainId ? String(domainId) : null);
        return ragOf(latest?.value ?? null, metric.target, metric.direction);
      },
    }),
    measuredPerDomain: t.boolean({
      description: 'Steward takes its value for each domain too (the domain filter applies).',
      resolve: (metric) => (metric.builtIn ? (builtInMetric(metric.builtIn)?.perDomain ?? false) : false),
    }),
    canRecord: t.boolean({
      description: 'You may enter its values (its owner or the program’s team; never for a computed metric).',
      resolve: (metric, _args, context) => {
        const actor = actorOf(context);
        return !metric.builtIn && (actor.personId === metric.ownerPersonId || can(actor, 'program:manage'));
      },
    }),
  }),
});

const WorkRef = builder
  .objectRef<{ kind: 'linked' | 'screen'; label: string; href: string | null }>('ScorecardWork')
  .implement({
    fields: (t) => ({
      kind: t.exposeString('kind', {
        description: 'linked: an issue or initiative linked to it; screen: where it is worked',
      }),
      label: t.exposeString('label'),
      href: t.exposeString('href', { nullable: true }),
    }),
  });

const KpiRef = builder.objectRef<ScorecardKpi>('ScorecardKpi').implement({
  fields: (t) => ({
    metric: t.field({ type: MetricRef, resolve: (kpi) => kpi.metric }),
    latest: t.field({ type: ValueRef, nullable: true, resolve: (kpi) => kpi.latest }),
    trend: t.field({ type: [ValueRef], resolve: (kpi) => kpi.trend }),
    rag: t.field({ type: RagEnum, resolve: (kpi) => kpi.rag }),
    delta: t.exposeFloat('delta', { nullable: true }),
    improving: t.exposeBoolean('improving', { nullable: true }),
    work: t.field({ type: [WorkRef], resolve: (kpi) => kpi.work }),
  }),
});

const CategoryRowRef = builder.objectRef<Scorecard['categories'][number]>('ScorecardCategory').implement({
  fields: (t) => ({
    category: t.exposeString('category'),
    name: t.string({ resolve: (row) => maturityCategory(row.category).name.en }),
    current: t.exposeFloat('current', { nullable: true }),
    target: t.exposeFloat('target', { nullable: true }),
    previous: t.exposeFloat('previous', { nullable: true }),
  }),
});

const OverallRef = builder.objectRef<NonNullable<Scorecard['overall']>>('ScorecardOverall').implement({
  fields: (t) => ({
    current: t.exposeFloat('current', { nullable: true }),
    target: t.exposeFloat('target', { nullable: true }),
    gap: t.exposeFloat('gap', { nullable: true }),
    previous: t.exposeFloat('previous', { nullable: true }),
  }),
});

const StepRef = builder.objectRef<{ number: number; name: string }>('ScorecardStep').implement({
  fields: (t) => ({ number: t.exposeInt('number'), name: t.exposeString('name') }),
});

const ProgramProgressRef = builder.objectRef<NonNullable<Scorecard['program']>>('ScorecardProgram').implement({
  fields: (t) => ({
    program: t.field({ type: ProgramRef, resolve: (progress) => progress.id }),
    name: t.exposeString('name'),
    done: t.exposeInt('done'),
    total: t.exposeInt('total'),
    current: t.field({ type: [StepRef], resolve: (progress) => progress.current }),
  }),
});

const RiskRef = builder.objectRef<Scorecard['risks'][number]>('ScorecardRisk').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'p1_issue, breached_sla or failing_rule' }),
    label: t.exposeString('label'),
    href: t.exposeString('href'),
    owner: t.field({ type: Person, nullable: true, resolve: (risk) => risk.ownerPersonId }),
  }),
});

const PolicyComplianceRowRef = builder.objectRef<Scorecard['policies'][number]>('ScorecardPolicy').implement({
  fields: (t) => ({
    policyId: t.exposeID('policyId'),
    key: t.exposeString('key'),
    title: t.exposeString('title'),
    passing: t.exposeInt('passing'),
    evaluated: t.exposeInt('evaluated'),
    share: t.exposeFloat('share', { nullable: true }),
  }),
});

const ScorecardRef = builder.objectRef<Scorecard>('Scorecard').implement({
  description: 'Where the program stands: maturity, headline metrics, progress, top risks.',
  fields: (t) => ({
    domainId: t.exposeID('domainId', { nullable: true }),
    assessment: t.field({ type: AssessmentRef, nullable: true, resolve: (card) => card.assessment }),
    previousAssessment: t.field({ type: AssessmentRef, nullable: true, resolve: (card) => card.previousAssessment }),
    categories: t.field({ type: [CategoryRowRef], resolve: (card) => card.categories }),
    overall: t.field({ type: OverallRef, nullable: true, resolve: (card) => card.overall }),
    kpis: t.field({ type: [KpiRef], resolve: (card) => card.kpis }),
    program: t.field({ type: ProgramProgressRef, nullable: true, resolve: (card) => card.program }),
    risks: t.field({ type: [RiskRef], resolve: (card) => card.risks }),
    policies: t.field({ type: [PolicyComplianceRowRef], resolve: (card) => card.policies }),
  }),
});

const AcknowledgementRef = builder.objectRef<{ personId: string; at: string }>('ScorecardAcknowledgement').implement({
  fields: (t) => ({
    person: t.field({ type: Person, resolve: (item) => item.personId }),
    at: t.exposeString('at'),
  }),
});

const PublicationRef = builder.objectRef<ScorecardPublication>('ScorecardPublication').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    note: t.exposeString('note', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    publishedBy: t.field({ type: Person, nullable: true, resolve: (publication) => publication.publishedBy }),
    acknowledgements: t.field({ type: [AcknowledgementRef], resolve: (publication) => publication.acknowledgements }),
    canAcknowledge: t.boolean({
      description: 'You are an executive sponsor it was published to, and have not acknowledged it yet.',
      resolve: async (publication, _args, context) => {
        const personId = actorOf(context).personId;
        return (
          !publication.acknowledgements.some((item) => item.personId === personId) &&
          (await mayAcknowledge(context.db, personId, publication))
        );
      },
    }),
    acknowledgedByMe: t.boolean({
      resolve: (publication, _args, context) =>
        publication.acknowledgements.some((item) => item.personId === actorOf(context).personId),
    }),
  }),
});

builder.queryFields((t) => ({
  metrics: t.field({
    type: [MetricRef],
    description: 'Built-in metrics first, then by name.',
    args: { includeInactive: t.arg.boolean() },
    resolve: (_root, { includeInactive }, context) =>
      listMetrics(context.db, { includeInactive: includeInactive ?? false }),
  }),
  metric: t.field({
    type: MetricRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getMetrics(context.db, ids)),
  }),
  scorecard: t.field({
    type: ScorecardRef,
    args: { programId: t.arg.id(), domainId: t.arg.id() },
    resolve: (_root, { programId, domainId }, context) =>
      scorecardOf(context.db, {
        programId: programId ? String(programId) : null,
        domainId: domainId ? String(domainId) : null,
      }),
  }),
  scorecardPublications: t.field({
    type: [PublicationRef],
    args: { programId: t.arg.id() },
    resolve: (_root, { programId }, context) =>
      listScorecardPublications(context.db, programId ? String(programId) : null),
  }),
}));

const DefineMetricInput = builder.inputType('DefineMetricInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    unit: t.string({ required: true }),
    direction: t.field({ type: DirectionEnum, required: true }),
    area: t.field({ type: AreaEnum, required: true }),
    frequency: t.field({ type: FrequencyEnum }),
    baseline: t.float(),
    target: t.float(),
    ownerPersonId: t.id(),
    stepNumber: t.int(),
    programId: t.id(),
    actionLinks: t.field({ type: [RecordLinkInput] }),
  }),
});

const UpdateMetricInput = builder.inputType('UpdateMetricInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    description: t.string(),
    unit: t.string(),
    direction: t.field({ type: DirectionEnum }),
    area: t.field({ type: AreaEnum }),
    frequency: t.field({ type: FrequencyEnum }),
    baseline: t.float(),
    target: t.float(),
    ownerPersonId: t.id(),
    stepNumber: t.int(),
    programId: t.id(),
    actionLinks: t.field({ type: [RecordLinkInput] }),
    active: t.boolean(),
  }),
});

const RecordMetricValueInput = builder.inputType('RecordMetricValueInput', {
  fields: (t) => ({
    metricId: t.id({ required: true }),
    value: t.float({ required: true }),
    asOf: t.string({ required: true, description: 'YYYY-MM-DD' }),
    note: t.string(),
  }),
});

const PublishScorecardInput = builder.inputType('PublishScorecardInput', {
  fields: (t) => ({ programId: t.id(), title: t.string({ required: true }), note: t.string() }),
});

const SnapshotRef = builder.objectRef<{ asOf: string; values: number }>('MetricSnapshot').implement({
  fields: (t) => ({ asOf: t.exposeString('asOf'), values: t.exposeInt('values') }),
});

builder.mutationFields((t) => ({
  defineMetric: t.field({
    type: MetricRef,
    errors: {},
    args: { input: t.arg({ type: DefineMetricInput, required: true }) },
    resolve: (_root, { input }, context) => defineMetric(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  updateMetric: t.field({
    type: MetricRef,
    errors: {},
    args: { input: t.arg({ type: UpdateMetricInput, required: true }) },
    resolve: (_root, { input }, context) => updateMetric(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  recordMetricValue: t.field({
    type: MetricRef,
    errors: {},
    args: { input: t.arg({ type: RecordMetricValueInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      (await recordMetricValue(context.db, actorOf(context), withoutNulls(input) as never)).metricId,
  }),
  takeMetricSnapshot: t.field({
    type: SnapshotRef,
    errors: {},
    description: 'Takes today’s value of every built-in metric now.',
    resolve: (_root, _args, context) => takeMetricSnapshot(context.db, actorOf(context), {}),
  }),
  publishScorecard: t.field({
    type: PublicationRef,
    errors: {},
    args: { input: t.arg({ type: PublishScorecardInput, required: true }) },
    resolve: (_root, { input }, context) =>
      publishScorecard(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  acknowledgeScorecard: t.field({
    type: PublicationRef,
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => acknowledgeScorecard(context.db, actorOf(context), { id: String(id) }),
  }),
}));
