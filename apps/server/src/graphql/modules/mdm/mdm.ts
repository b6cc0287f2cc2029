import {
  comparePolicyVersions,
  compareSimulations,
  createMdmDomain,
  createPolicyVersion,
  decideDuplicateReview,
  estimatePolicyFromLabels,
  explainSimulationPair,
  findJobsByIds,
  getMdmDomains,
  getMdmSamples,
  getMdmSimulations,
  getPolicyVersions,
  type LabelCheck,
  labelCountsOfDomains,
  listMdmDomains,
  listMdmSamples,
  listMdmSimulations,
  listPolicyVersions,
  type MdmReviewTask,
  type MdmSimulation,
  policyActionsFor,
  policyApproversOf,
  reviewTasksOfTickets,
  reviewTasksSentBySimulations,
  type SimulatedCluster,
  type SimulatedRecord,
  type SimulatedReviewTask,
  sampleMdmFromTable,
  sendReviewTasks,
  simulationClusters,
  simulationReviewTasks,
  simulationScores,
  startMdmSimulation,
  transitionPolicy,
  updateMdmDomain,
  updatePolicyDraft,
  uploadMdmSample,
} from '@steward/core';
import {
  hubStyleExplanations,
  hubStyles,
  type MdmAttribute,
  type MdmDomain,
  type MdmRelation,
  type MdmSample,
  type MdmSource,
  matchWorkflowExplanations,
  matchWorkflows,
  type PolicyChange,
  type PolicyVersion,
  policyActions,
  policyStatuses,
} from '@steward/domain';
import type { ComparisonOutcome, SimulationSummary, SurvivingValue } from '@steward/mdm';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { withoutNulls } from '../../without-nulls.js';
import { DataSourceRef } from '../catalog/catalog.js';
import { GlossaryTermRef } from '../glossary/glossary.types.js';
import { TicketRef } from '../issues/issues.js';
import { JobRef } from '../jobs/jobs.js';
import { Domain, Person } from '../stewardship/types.js';
import { GoldenRecordPolicyInput, GoldenRecordPolicyRef, SurvivorshipRuleEnum } from './policy-types.js';

const HubStyleEnum = builder.enumType('HubStyle', { values: hubStyles });
const MatchWorkflowEnum = builder.enumType('MatchWorkflow', { values: matchWorkflows });
const PolicyStatusEnum = builder.enumType('PolicyStatus', { values: policyStatuses });
const PolicyActionEnum = builder.enumType('PolicyAction', { values: policyActions });
const SimulationStatusEnum = builder.enumType('SimulationStatus', {
  values: ['queued', 'running', 'succeeded', 'failed'] as const,
});

const HubStyleInfoRef = builder
  .objectRef<{ style: (typeof hubStyles)[number]; title: string; explanation: string }>('HubStyleInfo')
  .implement({
    fields: (t) => ({
      style: t.field({ type: HubStyleEnum, resolve: (info) => info.style }),
      title: t.exposeString('title'),
      explanation: t.exposeString('explanation'),
    }),
  });

const MatchWorkflowInfoRef = builder
  .objectRef<{ workflow: (typeof matchWorkflows)[number]; explanation: string }>('MatchWorkflowInfo')
  .implement({
    fields: (t) => ({
      workflow: t.field({ type: MatchWorkflowEnum, resolve: (info) => info.workflow }),
      explanation: t.exposeString('explanation'),
    }),
  });

const MdmAttributeRef = builder.objectRef<MdmAttribute>('MdmAttribute').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label', { nullable: true }),
    term: t.field({ type: GlossaryTermRef, nullable: true, resolve: (attribute) => attribute.termId }),
    critical: t.exposeBoolean('critical', { description: 'A critical data element.' }),
    sensitive: t.exposeBoolean('sensitive'),
  }),
});

const MdmSourceRef = builder.objectRef<MdmSource>('MdmSource').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    catalogSource: t.field({ type: DataSourceRef, nullable: true, resolve: (source) => source.catalogSourceId }),
    priority: t.exposeInt('priority', { description: '1 is the system of record.' }),
    trust: t.exposeFloat('trust'),
  }),
});

const MdmRelationRef = builder.objectRef<MdmRelation>('MdmRelation');

export const MdmDomainRef = builder.loadableObject('MdmDomain', {
  description: 'A master-data domain (Customer, Product, …): its scope, hub style, sources and policies.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('MdmDomain', ids, (batch) => getMdmDomains(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    hubStyle: t.field({ type: HubStyleEnum, resolve: (domain) => domain.hubStyle }),
    workflow: t.field({ type: MatchWorkflowEnum, resolve: (domain) => domain.workflow }),
    businessDriver: t.exposeString('businessDriver', { nullable: true }),
    domain: t.field({
      type: Domain,
      nullable: true,
      description: 'The governance domain whose accountable data owner approves the policies.',
      resolve: (domain) => domain.domainId,
    }),
    approvers: t.field({
      type: [Person],
      description: 'Who approves its policies: the accountable data owners of its governance domain.',
      resolve: (domain, _args, context) => policyApproversOf(context.db, domain),
    }),
    attributes: t.field({ type: [MdmAttributeRef], resolve: (domain) => domain.attributes }),
    sources: t.field({ type: [MdmSourceRef], resolve: (domain) => domain.sources }),
    relations: t.field({ type: [MdmRelationRef], resolve: (domain) => domain.relations }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

MdmRelationRef.implement({
  fields: (t) => ({
    to: t.field({ type: MdmDomainRef, resolve: (relation) => relation.toMdmDomainId }),
    kind: t.exposeString('kind'),
  }),
});

export const PolicyVersionRef = builder.loadableObject('PolicyVersion', {
  description: 'One version of an MDM domain’s golden-record policy.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('PolicyVersion', ids, (batch) => getPolicyVersions(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    number: t.exposeInt('number'),
    status: t.field({ type: PolicyStatusEnum, resolve: (version) => version.status }),
    policy: t.field({ type: GoldenRecordPolicyRef, resolve: (version) => version.policy }),
    note: t.exposeString('note', { nullable: true }),
    mdmDomain: t.field({ type: MdmDomainRef, resolve: (version) => version.mdmDomainId }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    submittedBy: t.field({ type: Person, nullable: true, resolve: (version) => version.submittedBy }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decidedBy: t.field({ type: Person, nullable: true, resolve: (version) => version.decidedBy }),
    decisionComment: t.exposeString('decisionComment', { nullable: true }),
    activatedAt: t.expose('activatedAt', { type: 'DateTime', nullable: true }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    availableActions: t.field({
      type: [PolicyActionEnum],
      description: 'What the signed-in person may do with this version now.',
      resolve: (version, _args, context) => policyActionsFor(context.db, actorOf(context), version),
    }),
  }),
});

const MdmSampleRef = builder.loadableObject('MdmSample', {
  description: 'Sample records to simulate policies on.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('MdmSample', ids, (batch) => getMdmSamples(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    fileName: t.exposeString('fileName', { nullable: true }),
    idColumn: t.exposeString('idColumn', { nullable: true }),
    truthColumn: t.exposeString('truthColumn', { nullable: true }),
    sourceColumn: t.exposeString('sourceColumn', { nullable: true }),
    updatedAtColumn: t.exposeString('updatedAtColumn', { nullable: true }),
    columns: t.exposeStringList('columns'),
    recordCount: t.exposeInt('recordCount'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

type Summary = SimulationSummary;
type Evaluation = NonNullable<Summary['evaluation']>;

const ClusterSizeCountRef = builder.objectRef<Summary['clusterSizes'][number]>('ClusterSizeCount').implement({
  fields: (t) => ({ size: t.exposeInt('size'), clusters: t.exposeInt('clusters') }),
});

const ScoreBinRef = builder.objectRef<Summary['scoreHistogram'][number]>('ScoreBin').implement({
  fields: (t) => ({ from: t.exposeFloat('from'), to: t.exposeFloat('to'), pairs: t.exposeInt('pairs') }),
});

const PairwiseScoreRef = builder.objectRef<Evaluation['pairwise']>('PairwiseScore').implement({
  fields: (t) => ({
    precision: t.exposeFloat('precision'),
    recall: t.exposeFloat('recall'),
    f1: t.exposeFloat('f1'),
    truePairs: t.exposeInt('truePairs'),
    predictedPairs: t.exposeInt('predictedPairs'),
    correctPairs: t.exposeInt('correctPairs'),
  }),
});

const ClusterScoreRef = builder.objectRef<Evaluation['bCubed']>('ClusterScore').implement({
  fields: (t) => ({
    precision: t.exposeFloat('precision'),
    recall: t.exposeFloat('recall'),
    f1: t.exposeFloat('f1'),
    trueClusters: t.exposeInt('trueClusters'),
  }),
});

const ThresholdPointRef = builder.objectRef<Evaluation['sweep'][number]>('ThresholdPoint').implement({
  fields: (t) => ({
    threshold: t.exposeFloat('threshold'),
    precision: t.exposeFloat('precision'),
    recall: t.exposeFloat('recall'),
    f1: t.exposeFloat('f1'),
    pairs: t.exposeInt('pairs'),
  }),
});

const SimulationEvaluationRef = builder.objectRef<Evaluation>('SimulationEvaluation').implement({
  description: 'How right the run was, against the sample’s ground-truth column.',
  fields: (t) => ({
    pairwise: t.field({ type: PairwiseScoreRef, resolve: (evaluation) => evaluation.pairwise }),
    bCubed: t.field({ type: ClusterScoreRef, resolve: (evaluation) => evaluation.bCubed }),
    autoMergePrecision: t.exposeFloat('autoMergePrecision'),
    autoMergedTrueShare: t.exposeFloat('autoMergedTrueShare'),
    reviewTaskTrueShare: t.exposeFloat('reviewTaskTrueShare'),
    sweep: t.field({ type: [ThresholdPointRef], resolve: (evaluation) => evaluation.sweep }),
  }),
});

const SimulationSummaryRef = builder.objectRef<Summary>('SimulationSummary').implement({
  fields: (t) => ({
    mode: t.exposeString('mode', { description: 'dedupe or link' }),
    records: t.exposeInt('records'),
    sources: t.exposeStringList('sources'),
    candidatePairs: t.exposeInt('candidatePairs'),
    autoMergePairs: t.exposeInt('autoMergePairs'),
    reviewPairs: t.exposeInt('reviewPairs'),
    reviewTasks: t.exposeInt('reviewTasks'),
    clusters: t.exposeInt('clusters'),
    multiRecordClusters: t.exposeInt('multiRecordClusters'),
    largestCluster: t.exposeInt('largestCluster'),
    clusterSizes: t.field({ type: [ClusterSizeCountRef], resolve: (summary) => summary.clusterSizes }),
    scoreHistogram: t.field({ type: [ScoreBinRef], resolve: (summary) => summary.scoreHistogram }),
    pairsBelowHistogram: t.exposeInt('pairsBelowHistogram'),
    autoMergeThreshold: t.float({ resolve: (summary) => summary.thresholds.autoMerge }),
    reviewThreshold: t.float({ resolve: (summary) => summary.thresholds.review }),
    totalMs: t.float({ resolve: (summary) => summary.timings.totalMs }),
    recordsPerSecond: t.exposeFloat('recordsPerSecond'),
    evaluation: t.field({
      type: SimulationEvaluationRef,
      nullable: true,
      resolve: (summary) => summary.evaluation ?? null,
    }),
  }),
});

const RecordValueRef = builder.objectRef<{ attribute: string; value: string | null }>('RecordValue').implement({
  fields: (t) => ({ attribute: t.exposeString('attribute'), value: t.exposeString('value', { nullable: true }) }),
});

const SimulatedRecordRef = builder.objectRef<SimulatedRecord>('SimulatedRecord').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The record’s id in its sample.' }),
    source: t.exposeString('source', { nullable: true }),
    updatedAt: t.exposeString('updatedAt', { nullable: true }),
    values: t.field({
      type: [RecordValueRef],
      resolve: (record) => Object.entries(record.values).map(([attribute, value]) => ({ attribute, value })),
    }),
  }),
});

const GoldenValueRef = builder.objectRef<SurvivingValue>('GoldenValue').implement({
  description:
    'One attribute of a golden record: the value, the record and source it came from, and the rule that chose it.',
  fields: (t) => ({
    attribute: t.exposeString('attribute'),
    value: t.exposeString('value', { nullable: true }),
    recordId: t.exposeString('recordId', { nullable: true }),
    source: t.exposeString('source', { nullable: true }),
    rule: t.exposeString('rule', {
      description: 'A survivorship rule, or only_value (all agree), tie_break (first record) or none (all empty).',
    }),
  }),
});

const ScoredLinkRef = builder.objectRef<{ a: string; b: string; score: number }>('ScoredLink').implement({
  fields: (t) => ({ a: t.exposeString('a'), b: t.exposeString('b'), score: t.exposeFloat('score') }),
});

const SimulatedClusterRef = builder.objectRef<SimulatedCluster>('SimulatedCluster').implement({
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 = the largest cluster.' }),
    records: t.field({ type: [SimulatedRecordRef], resolve: (cluster) => cluster.records }),
    golden: t.field({ type: [GoldenValueRef], resolve: (cluster) => cluster.golden }),
    links: t.field({ type: [ScoredLinkRef], resolve: (cluster) => cluster.links }),
    pure: t.exposeBoolean('pure', { nullable: true, description: 'All members share one truth label.' }),
  }),
});

const SimulatedClusterPageRef = builder
  .objectRef<{ totalCount: number; nodes: SimulatedCluster[] }>('SimulatedClusterPage')
  .implement({
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      nodes: t.field({ type: [SimulatedClusterRef], resolve: (page) => page.nodes }),
    }),
  });

const ReviewPairRef = builder.objectRef<SimulatedReviewTask['pairs'][number]>('SimulatedReviewPair').implement({
  fields: (t) => ({
    a: t.exposeString('a'),
    b: t.exposeString('b'),
    score: t.exposeFloat('score'),
    reason: t.exposeString('reason', { description: 'band, or cluster_size (refused by the cluster-size guard)' }),
  }),
});

const ReviewTaskRef = builder.objectRef<SimulatedReviewTask>('SimulatedReviewTask').implement({
  fields: (t) => ({
    recordIds: t.exposeStringList('recordIds'),
    pairs: t.field({ type: [ReviewPairRef], resolve: (task) => task.pairs }),
  }),
});

const LabelDisagreementRef = builder.objectRef<LabelCheck['disagreements'][number]>('LabelDisagreement').implement({
  fields: (t) => ({
    a: t.exposeString('a'),
    b: t.exposeString('b'),
    match: t.exposeBoolean('match', { description: 'What the steward decided; the run did the opposite.' }),
  }),
});

const LabelCheckRef = builder.objectRef<LabelCheck>('LabelCheck').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    agree: t.exposeInt('agree'),
    disagreements: t.field({ type: [LabelDisagreementRef], resolve: (check) => check.disagreements }),
  }),
});

export const MdmSimulationRef = builder.loadableObject('MdmSimulation', {
  description: 'A run of one policy version on one sample.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('MdmSimulation', ids, (batch) => getMdmSimulations(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: SimulationStatusEnum, resolve: (simulation) => simulation.status }),
    link: t.exposeBoolean('link'),
    error: t.exposeString('error', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    mdmDomain: t.field({ type: MdmDomainRef, resolve: (simulation) => simulation.mdmDomainId }),
    policyVersion: t.field({ type: PolicyVersionRef, resolve: (simulation) => simulation.policyVersionId }),
    sample: t.field({ type: MdmSampleRef, resolve: (simulation) => simulation.sampleId }),
    job: t.field({
      type: JobRef,
      nullable: true,
      description: 'The run, with its live progress.',
      resolve: async (simulation, _args, context) => {
        if (!simulation.jobId) return null;
        const job = await context.loader('jobsById', (ids) => findJobsByIds(context.db, ids)).load(simulation.jobId);
        return job ? { ...job, progress: context.liveJobProgress(job.id) ?? job.progress } : null;
      },
    }),
    summary: t.field({ type: SimulationSummaryRef, nullable: true, resolve: (simulation) => simulation.summary }),
    clusters: t.field({
      type: SimulatedClusterPageRef,
      description: 'Clusters of more than one record, largest first.',
      args: { offset: t.arg.int(), limit: t.arg.int(), search: t.arg.string() },
      resolve: (simulation, args, context) =>
        simulationClusters(context.db, simulation.id, {
          offset: Math.max(0, args.offset ?? 0),
          limit: Math.min(100, Math.max(1, args.limit ?? 20)),
          search: args.search,
        }),
    }),
    reviewTasks: t.field({
      type: [ReviewTaskRef],
      description: 'Suspect pairs as stewards would receive them: one task per candidate cluster.',
      resolve: (simulation, _args, context) => simulationReviewTasks(context.db, simulation.id),
    }),
    labelCheck: t.field({
      type: LabelCheckRef,
      nullable: true,
      description: 'How the run judged the pairs stewards have decided (regression cases), when the sample holds any.',
      resolve: (simulation) => simulation.labelCheck,
    }),
    reviewTasksSent: t.int({
      description: 'Review tasks this run sent to stewards as duplicate_review issues (0: not sent).',
      resolve: (simulation, _args, context) =>
        context
          .loader('mdmReviewTasksSent', (ids) => reviewTasksSentBySimulations(context.db, ids))
          .load(simulation.id),
    }),
    scores: t.floatList({
      description: 'Every scored pair’s score, strongest first: try thresholds on them without a new run.',
      resolve: (simulation, _args, context) => simulationScores(context.db, simulation.id),
    }),
  }),
});

builder.objectFields(MdmDomainRef, (t) => ({
  policyVersions: t.loadableList({
    type: PolicyVersionRef,
    description: 'Newest first.',
    load: (ids: string[], context: GraphQLContext) => listPolicyVersions(context.db, ids),
    resolve: (domain) => domain.id,
  }),
  activePolicy: t.field({
    type: PolicyVersionRef,
    nullable: true,
    resolve: async (domain, _args, context) =>
      (await listPolicyVersions(context.db, [domain.id]))[0]!.find((version) => version.status === 'active') ?? null,
  }),
  samples: t.loadableList({
    type: MdmSampleRef,
    load: (ids: string[], context: GraphQLContext) => listMdmSamples(context.db, ids),
    resolve: (domain) => domain.id,
  }),
  simulations: t.loadableList({
    type: MdmSimulationRef,
    description: 'Newest first.',
    load: (ids: string[], context: GraphQLContext) => listMdmSimulations(context.db, ids),
    resolve: (domain) => domain.id,
  }),
}));

const ComparisonOutcomeRef = builder.objectRef<ComparisonOutcome>('ComparisonOutcome').implement({
  fields: (t) => ({
    attribute: t.exposeString('attribute'),
    level: t.exposeString('level', { description: 'The level reached, or missing (a value is empty).' }),
    similarity: t.exposeFloat('similarity', { nullable: true }),
    weight: t.exposeFloat('weight'),
  }),
});

const PairExplanationRef = builder
  .objectRef<Awaited<ReturnType<typeof explainSimulationPair>>>('PairExplanation')
  .implement({
    description: 'Why two records scored as they did: each comparison’s level and weight.',
    fields: (t) => ({
      score: t.exposeFloat('score'),
      totalWeight: t.exposeFloat('totalWeight'),
      comparisons: t.field({ type: [ComparisonOutcomeRef], resolve: (explanation) => explanation.comparisons }),
      records: t.field({ type: [SimulatedRecordRef], resolve: (explanation) => explanation.records }),
    }),
  });

const PolicyChangeRef = builder.objectRef<PolicyChange>('PolicyChange').implement({
  fields: (t) => ({
    section: t.exposeString('section'),
    item: t.exposeString('item'),
    kind: t.exposeString('kind', { description: 'added, removed or changed' }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (change) => change.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (change) => change.after }),
  }),
});

const RecordPairRef = builder.objectRef<{ a: string; b: string }>('RecordPair').implement({
  fields: (t) => ({ a: t.exposeString('a'), b: t.exposeString('b') }),
});

const SimulationComparisonRef = builder
  .objectRef<Awaited<ReturnType<typeof compareSimulations>>>('SimulationComparison')
  .implement({
    description: 'Two runs on one sample: the record pairs the second merges that the first did not, and the reverse.',
    fields: (t) => ({
      gained: t.exposeInt('gained'),
      lost: t.exposeInt('lost'),
      kept: t.exposeInt('kept'),
      gainedPairs: t.field({
        type: [RecordPairRef],
        resolve: (comparison) => comparison.gainedPairs.map(([a, b]) => ({ a, b })),
      }),
      lostPairs: t.field({
        type: [RecordPairRef],
        resolve: (comparison) => comparison.lostPairs.map(([a, b]) => ({ a, b })),
      }),
    }),
  });

const LabelCountsRef = builder.objectRef<{ total: number; matches: number }>('PairLabelCounts').implement({
  fields: (t) => ({ total: t.exposeInt('total'), matches: t.exposeInt('matches') }),
});

builder.objectFields(MdmDomainRef, (t) => ({
  labels: t.field({
    type: LabelCountsRef,
    description: 'Stewards’ decisions on suspect pairs: they estimate m and check every later run.',
    resolve: (domain, _args, context) =>
      context.loader('mdmLabelCounts', (ids) => labelCountsOfDomains(context.db, ids)).load(domain.id),
  }),
}));

const MdmReviewTaskRef = builder.objectRef<MdmReviewTask>('MdmReviewTask').implement({
  description: 'A candidate cluster from a simulation’s review band: its records and suspect pairs.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.exposeString('status', { description: 'open or decided' }),
    records: t.field({ type: [SimulatedRecordRef], resolve: (task) => task.records }),
    pairs: t.field({ type: [ReviewPairRef], resolve: (task) => task.pairs }),
    mdmDomain: t.field({ type: MdmDomainRef, resolve: (task) => task.mdmDomainId }),
    simulation: t.field({ type: MdmSimulationRef, resolve: (task) => task.simulationId }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decidedBy: t.field({ type: Person, nullable: true, resolve: (task) => task.decidedBy }),
  }),
});

builder.objectFields(TicketRef, (t) => ({
  duplicateReview: t.field({
    type: MdmReviewTaskRef,
    nullable: true,
    description: 'For a duplicate_review issue: the records to compare and the pairs to decide.',
    resolve: (ticket, _args, context) =>
      ticket.kind === 'duplicate_review'
        ? context.loader('mdmReviewTaskOfTicket', (ids) => reviewTasksOfTickets(context.db, ids)).load(ticket.id)
        : null,
  }),
}));

builder.queryFields((t) => ({
  mdmDomains: t.field({
    type: [MdmDomainRef],
    resolve: (_root, _args, context) => listMdmDomains(context.db),
  }),
  mdmDomain: t.field({
    type: MdmDomainRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getMdmDomains(context.db, ids)),
  }),
  policyVersion: t.field({
    type: PolicyVersionRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getPolicyVersions(context.db, ids)),
  }),
  mdmSimulation: t.field({
    type: MdmSimulationRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getMdmSimulations(context.db, ids)),
  }),
  hubStyles: t.field({
    type: [HubStyleInfoRef],
    description: 'The four hub styles, each explained.',
    resolve: () => hubStyles.map((style) => ({ style, ...hubStyleExplanations[style] })),
  }),
  matchWorkflows: t.field({
    type: [MatchWorkflowInfoRef],
    resolve: () => matchWorkflows.map((workflow) => ({ workflow, explanation: matchWorkflowExplanations[workflow] })),
  }),
  policyChanges: t.field({
    type: [PolicyChangeRef],
    errors: {},
    description: 'What changed from one version of a policy to another.',
    args: { beforeId: t.arg.id({ required: true }), afterId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => comparePolicyVersions(context.db, String(args.beforeId), String(args.afterId)),
  }),
  simulationComparison: t.field({
    type: SimulationComparisonRef,
    errors: {},
    args: { beforeId: t.arg.id({ required: true }), afterId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => compareSimulations(context.db, String(args.beforeId), String(args.afterId)),
  }),
  pairExplanation: t.field({
    type: PairExplanationRef,
    errors: {},
    args: {
      simulationId: t.arg.id({ required: true }),
      recordIds: t.arg.stringList({ required: true }),
    },
    resolve: (_root, args, context) =>
      explainSimulationPair(context.db, String(args.simulationId), [args.recordIds[0] ?? '', args.recordIds[1] ?? '']),
  }),
}));

const MdmAttributeInput = builder.inputType('MdmAttributeInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    label: t.string(),
    termId: t.id(),
    critical: t.boolean(),
    sensitive: t.boolean(),
  }),
});

const MdmSourceInput = builder.inputType('MdmSourceInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    catalogSourceId: t.id(),
    priority: t.int({ required: true }),
    trust: t.float({ required: true }),
  }),
});

const MdmRelationInput = builder.inputType('MdmRelationInput', {
  fields: (t) => ({ toMdmDomainId: t.id({ required: true }), kind: t.string({ required: true }) }),
});

const CreateMdmDomainInput = builder.inputType('CreateMdmDomainInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    hubStyle: t.field({ type: HubStyleEnum, required: true }),
    workflow: t.field({ type: MatchWorkflowEnum }),
    businessDriver: t.string(),
    domainId: t.id(),
    attributes: t.field({ type: [MdmAttributeInput] }),
    sources: t.field({ type: [MdmSourceInput] }),
    relations: t.field({ type: [MdmRelationInput] }),
  }),
});

const UpdateMdmDomainInput = builder.inputType('UpdateMdmDomainInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    description: t.string(),
    hubStyle: t.field({ type: HubStyleEnum }),
    workflow: t.field({ type: MatchWorkflowEnum }),
    businessDriver: t.string(),
    domainId: t.id(),
    attributes: t.field({ type: [MdmAttributeInput] }),
    sources: t.field({ type: [MdmSourceInput] }),
    relations: t.field({ type: [MdmRelationInput] }),
  }),
});

const CreatePolicyVersionInput = builder.inputType('CreatePolicyVersionInput', {
  fields: (t) => ({
    mdmDomainId: t.id({ required: true }),
    fromVersionId: t.id({ description: 'Default: the active version, else a starter policy from the scope.' }),
    note: t.string(),
  }),
});

const UpdatePolicyDraftInput = builder.inputType('UpdatePolicyDraftInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    policy: t.field({ type: GoldenRecordPolicyInput, required: true }),
    note: t.string(),
  }),
});

const TransitionPolicyInput = builder.inputType('TransitionPolicyInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    action: t.field({ type: PolicyActionEnum, required: true }),
    comment: t.string(),
  }),
});

const UploadMdmSampleInput = builder.inputType('UploadMdmSampleInput', {
  fields: (t) => ({
    mdmDomainId: t.id({ required: true }),
    name: t.string({ required: true }),
    fileName: t.string(),
    csv: t.string({ required: true, description: 'The file’s text: a header line, then a record per line.' }),
    idColumn: t.string(),
    truthColumn: t.string(),
    sourceColumn: t.string(),
    updatedAtColumn: t.string(),
  }),
});

const ColumnMappingInput = builder.inputType('ColumnMappingInput', {
  fields: (t) => ({
    attribute: t.string({ required: true, description: 'An attribute in scope.' }),
    column: t.string({ required: true, description: 'The table’s column that holds it.' }),
  }),
});

const SampleMdmFromTableInput = builder.inputType('SampleMdmFromTableInput', {
  fields: (t) => ({
    mdmDomainId: t.id({ required: true }),
    assetId: t.id({ required: true, description: 'A catalogued table or view.' }),
    name: t.string({ required: true }),
    columns: t.field({ type: [ColumnMappingInput], required: true }),
    idColumn: t.string(),
    sourceColumn: t.string(),
    source: t.string({ description: 'One source name for every row (default: the table’s schema).' }),
    updatedAtColumn: t.string(),
    limit: t.int({ description: 'Rows to read, at most 50,000; default 5,000.' }),
  }),
});

const StartMdmSimulationInput = builder.inputType('StartMdmSimulationInput', {
  fields: (t) => ({
    policyVersionId: t.id({ required: true }),
    sampleId: t.id({ required: true }),
    link: t.boolean({ description: 'Link the sample’s sources one to one instead of deduplicating.' }),
  }),
});

const SendReviewTasksInput = builder.inputType('SendReviewTasksInput', {
  fields: (t) => ({ simulationId: t.id({ required: true }) }),
});

const PairDecisionInput = builder.inputType('PairDecisionInput', {
  fields: (t) => ({
    a: t.string({ required: true }),
    b: t.string({ required: true }),
    match: t.boolean({ required: true, description: 'The same entity, or not.' }),
  }),
});

const DecideDuplicateReviewInput = builder.inputType('DecideDuplicateReviewInput', {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    decisions: t.field({ type: [PairDecisionInput], required: true }),
    note: t.string(),
  }),
});

const EstimatePolicyFromLabelsInput = builder.inputType('EstimatePolicyFromLabelsInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

builder.mutationFields((t) => ({
  sendReviewTasks: t.field({
    type: [MdmReviewTaskRef],
    errors: {},
    description: 'Sends a run’s review band to stewards: one duplicate_review issue per candidate cluster.',
    args: { input: t.arg({ type: SendReviewTasksInput, required: true }) },
    resolve: resolveUseCase(sendReviewTasks),
  }),
  decideDuplicateReview: t.field({
    type: MdmReviewTaskRef,
    errors: {},
    description: 'Decides every suspect pair of a review task (kept as labels) and resolves its issue.',
    args: { input: t.arg({ type: DecideDuplicateReviewInput, required: true }) },
    resolve: resolveUseCase(decideDuplicateReview),
  }),
  estimatePolicyFromLabels: t.field({
    type: PolicyVersionRef,
    errors: {},
    description: 'Sets a draft’s m from the pairs stewards decided were one entity.',
    args: { input: t.arg({ type: EstimatePolicyFromLabelsInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { versionId } = await estimatePolicyFromLabels(context.db, actorOf(context), input);
      return versionId;
    },
  }),
  createMdmDomain: t.field({
    type: MdmDomainRef,
    errors: {},
    args: { input: t.arg({ type: CreateMdmDomainInput, required: true }) },
    resolve: (_root, { input }, context) => createMdmDomain(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  updateMdmDomain: t.field({
    type: MdmDomainRef,
    errors: {},
    args: { input: t.arg({ type: UpdateMdmDomainInput, required: true }) },
    resolve: resolveUseCase(updateMdmDomain),
  }),
  createPolicyVersion: t.field({
    type: PolicyVersionRef,
    errors: {},
    args: { input: t.arg({ type: CreatePolicyVersionInput, required: true }) },
    resolve: resolveUseCase(createPolicyVersion),
  }),
  updatePolicyDraft: t.field({
    type: PolicyVersionRef,
    errors: {},
    args: { input: t.arg({ type: UpdatePolicyDraftInput, required: true }) },
    resolve: (_root, { input }, context) =>
      updatePolicyDraft(context.db, actorOf(context), { ...input, policy: withoutNulls(input.policy) } as never),
  }),
  transitionPolicy: t.field({
    type: PolicyVersionRef,
    errors: {},
    args: { input: t.arg({ type: TransitionPolicyInput, required: true }) },
    resolve: resolveUseCase(transitionPolicy),
  }),
  uploadMdmSample: t.field({
    type: MdmSampleRef,
    errors: {},
    args: { input: t.arg({ type: UploadMdmSampleInput, required: true }) },
    resolve: resolveUseCase(uploadMdmSample),
  }),
  sampleMdmFromTable: t.field({
    type: MdmSampleRef,
    errors: {},
    description: 'Reads a sample from a catalogued table (read-only) and keeps it for simulations.',
    args: { input: t.arg({ type: SampleMdmFromTableInput, required: true }) },
    resolve: (_root, { input }, context) =>
      sampleMdmFromTable(context.db, actorOf(context), withoutNulls(input) as never, context.secrets),
  }),
  startMdmSimulation: t.field({
    type: MdmSimulationRef,
    errors: {},
    args: { input: t.arg({ type: StartMdmSimulationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const simulation = await startMdmSimulation(context.db, actorOf(context), withoutNulls(input) as never);
      context.wakeJobs();
      return simulation;
    },
  }),
}));

export type { MdmDomain, MdmSample, MdmSimulation, PolicyVersion };
export { SurvivorshipRuleEnum };
