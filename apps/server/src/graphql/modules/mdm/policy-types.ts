import {
  blockingTransforms,
  comparatorKinds,
  type GoldenRecordPolicy,
  standardiserNames,
  survivorshipRules,
} from '@steward/domain';
import { builder } from '../../builder.js';

/**
 * The golden-record policy as GraphQL types, output and input alike, so the web app's editor is
 * typed end to end. The domain's zod schema stays the one validation of what a policy may say.
 */
export const StandardiserEnum = builder.enumType('Standardiser', { values: standardiserNames });
export const BlockingTransformEnum = builder.enumType('BlockingTransform', { values: blockingTransforms });
export const ComparatorKindEnum = builder.enumType('ComparatorKind', { values: comparatorKinds });
export const SurvivorshipRuleEnum = builder.enumType('SurvivorshipRule', { values: survivorshipRules });
export const PolicyScoringEnum = builder.enumType('PolicyScoring', { values: ['fellegi_sunter', 'weighted'] as const });
export const DateUnitEnum = builder.enumType('DateUnit', { values: ['days', 'months', 'years'] as const });

type Policy = GoldenRecordPolicy;
type Level = Policy['comparisons'][number]['levels'][number];

const PolicyAttributeRef = builder.objectRef<Policy['attributes'][number]>('PolicyAttribute').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label', { nullable: true }),
    standardise: t.field({ type: [StandardiserEnum], resolve: (attribute) => attribute.standardise }),
  }),
});

const BlockingKeyRef = builder.objectRef<Policy['blocking'][number]['keys'][number]>('BlockingKey').implement({
  fields: (t) => ({
    attribute: t.exposeString('attribute'),
    transform: t.field({ type: BlockingTransformEnum, resolve: (key) => key.transform }),
  }),
});

const BlockingPassRef = builder.objectRef<Policy['blocking'][number]>('BlockingPass').implement({
  description: 'Records whose keys agree on every part are compared; passes are unioned; empty keys never block.',
  fields: (t) => ({ keys: t.field({ type: [BlockingKeyRef], resolve: (pass) => pass.keys }) }),
});

const ComparisonLevelRef = builder.objectRef<Partial<Level> & { label: string }>('ComparisonLevel').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    minSimilarity: t.exposeFloat('minSimilarity', { nullable: true }),
    maxDifference: t.exposeFloat('maxDifference', { nullable: true }),
    m: t.exposeFloat('m', { nullable: true, description: 'P(level | same entity)' }),
    u: t.exposeFloat('u', { nullable: true, description: 'P(level | different entities)' }),
    weight: t.exposeFloat('weight', { nullable: true, description: 'Weighted scoring: points this level adds.' }),
  }),
});

const ComparisonRef = builder.objectRef<Policy['comparisons'][number]>('Comparison').implement({
  fields: (t) => ({
    attribute: t.exposeString('attribute'),
    comparator: t.field({ type: ComparatorKindEnum, resolve: (comparison) => comparison.comparator }),
    unit: t.field({ type: DateUnitEnum, nullable: true, resolve: (comparison) => comparison.unit ?? null }),
    levels: t.field({ type: [ComparisonLevelRef], resolve: (comparison) => comparison.levels }),
    otherwise: t.field({ type: ComparisonLevelRef, resolve: (comparison) => comparison.otherwise }),
  }),
});

const SurvivorshipChainRef = builder.objectRef<Policy['survivorship'][number]>('SurvivorshipChain').implement({
  fields: (t) => ({
    attribute: t.exposeString('attribute'),
    rules: t.field({ type: [SurvivorshipRuleEnum], resolve: (chain) => chain.rules }),
  }),
});

const PolicySourceRef = builder.objectRef<Policy['sources'][number]>('PolicySource').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    priority: t.exposeInt('priority'),
    maxTrust: t.exposeFloat('maxTrust'),
    minTrust: t.exposeFloat('minTrust'),
    decayDays: t.exposeInt('decayDays'),
  }),
});

export const GoldenRecordPolicyRef = builder.objectRef<Policy>('GoldenRecordPolicy').implement({
  description: 'How records are standardised, blocked, compared, scored, clustered and survived. Data, never code.',
  fields: (t) => ({
    attributes: t.field({ type: [PolicyAttributeRef], resolve: (policy) => policy.attributes }),
    blocking: t.field({ type: [BlockingPassRef], resolve: (policy) => policy.blocking }),
    comparisons: t.field({ type: [ComparisonRef], resolve: (policy) => policy.comparisons }),
    scoring: t.field({ type: PolicyScoringEnum, resolve: (policy) => policy.scoring }),
    priorMatchRate: t.exposeFloat('priorMatchRate'),
    autoMergeThreshold: t.exposeFloat('autoMergeThreshold'),
    reviewThreshold: t.exposeFloat('reviewThreshold'),
    maxClusterSize: t.exposeInt('maxClusterSize'),
    survivorship: t.field({ type: [SurvivorshipChainRef], resolve: (policy) => policy.survivorship }),
    sources: t.field({ type: [PolicySourceRef], resolve: (policy) => policy.sources }),
  }),
});

const PolicyAttributeInput = builder.inputType('PolicyAttributeInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    label: t.string(),
    standardise: t.field({ type: [StandardiserEnum] }),
  }),
});

const BlockingKeyInput = builder.inputType('BlockingKeyInput', {
  fields: (t) => ({
    attribute: t.string({ required: true }),
    transform: t.field({ type: BlockingTransformEnum }),
  }),
});

const BlockingPassInput = builder.inputType('BlockingPassInput', {
  fields: (t) => ({ keys: t.field({ type: [BlockingKeyInput], required: true }) }),
});

const ComparisonLevelInput = builder.inputType('ComparisonLevelInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    minSimilarity: t.float(),
    maxDifference: t.float(),
    m: t.float(),
    u: t.float(),
    weight: t.float(),
  }),
});

const ComparisonInput = builder.inputType('ComparisonInput', {
  fields: (t) => ({
    attribute: t.string({ required: true }),
    comparator: t.field({ type: ComparatorKindEnum, required: true }),
    unit: t.field({ type: DateUnitEnum }),
    levels: t.field({ type: [ComparisonLevelInput], required: true }),
    otherwise: t.field({ type: ComparisonLevelInput, required: true }),
  }),
});

const SurvivorshipChainInput = builder.inputType('SurvivorshipChainInput', {
  fields: (t) => ({
    attribute: t.string({ required: true }),
    rules: t.field({ type: [SurvivorshipRuleEnum], required: true }),
  }),
});

const PolicySourceInput = builder.inputType('PolicySourceInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    priority: t.int({ required: true }),
    maxTrust: t.float(),
    minTrust: t.float(),
    decayDays: t.int(),
  }),
});

export const GoldenRecordPolicyInput = builder.inputType('GoldenRecordPolicyInput', {
  fields: (t) => ({
    attributes: t.field({ type: [PolicyAttributeInput], required: true }),
    blocking: t.field({ type: [BlockingPassInput], required: true }),
    comparisons: t.field({ type: [ComparisonInput], required: true }),
    scoring: t.field({ type: PolicyScoringEnum }),
    priorMatchRate: t.float(),
    autoMergeThreshold: t.float({ required: true }),
    reviewThreshold: t.float({ required: true }),
    maxClusterSize: t.int(),
    survivorship: t.field({ type: [SurvivorshipChainInput] }),
    sources: t.field({ type: [PolicySourceInput] }),
  }),
});
