import {
  createQualityRule,
  getQualityRules,
  type QualityResult,
  qualityMeasures,
  qualityRulesOfAssets,
  requestQualityRun,
  resultsOfRules,
  updateQualityRule,
} from '@steward/core';
import { type QualityRule, qualityDimensions, qualityRuleKinds, qualitySeverities } from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { loadOrNotFound } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { DataAssetRef, DataFieldRef } from '../catalog/catalog.js';
import { TicketRef } from '../issues/issues.js';
import { JobRef } from '../jobs/jobs.js';

const QualityRuleKindEnum = builder.enumType('QualityRuleKind', { values: qualityRuleKinds });
const QualityDimensionEnum = builder.enumType('QualityDimension', { values: qualityDimensions });
const QualitySeverityEnum = builder.enumType('QualitySeverity', { values: qualitySeverities });
const QualityOutcomeEnum = builder.enumType('QualityOutcome', { values: ['passed', 'failed', 'error'] as const });

const ValueSampleRef = builder.objectRef<{ value: string | null; count: number }>('FailingValue').implement({
  fields: (t) => ({
    value: t.exposeString('value', { nullable: true }),
    count: t.exposeFloat('count'),
  }),
});

const QualityResultRef = builder.objectRef<QualityResult>('QualityResult').implement({
  description: 'One run of a rule: what it measured on the source.',
  fields: (t) => ({
    id: t.exposeID('id'),
    outcome: t.field({ type: QualityOutcomeEnum, resolve: (result) => result.outcome }),
    checkedRows: t.exposeFloat('checkedRows'),
    failingRows: t.exposeFloat('failingRows'),
    passRatio: t.exposeFloat('passRatio', { nullable: true }),
    observed: t.exposeString('observed', { nullable: true, description: 'The newest timestamp, or the row count.' }),
    samples: t.field({ type: [ValueSampleRef], resolve: (result) => result.samples }),
    error: t.exposeString('error', { nullable: true }),
    durationMs: t.exposeInt('durationMs'),
    runAt: t.expose('runAt', { type: 'DateTime' }),
  }),
});

const paramText = (value: unknown) => (value == null ? null : String(value));

export const QualityRuleRef = builder.loadableObject('QualityRule', {
  description: 'A data-quality check on a table or one of its columns.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('QualityRule', ids, (batch) => getQualityRules(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    kind: t.field({ type: QualityRuleKindEnum, resolve: (rule) => rule.kind }),
    dimension: t.field({ type: QualityDimensionEnum, resolve: (rule) => rule.dimension }),
    severity: t.field({ type: QualitySeverityEnum, resolve: (rule) => rule.severity }),
    threshold: t.exposeFloat('threshold', { description: 'The share of rows that must pass.' }),
    everyMinutes: t.exposeInt('everyMinutes', { nullable: true }),
    enabled: t.exposeBoolean('enabled'),
    lastRunAt: t.expose('lastRunAt', { type: 'DateTime', nullable: true }),
    nextRunAt: t.expose('nextRunAt', { type: 'DateTime', nullable: true }),
    asset: t.field({ type: DataAssetRef, resolve: (rule) => rule.assetId }),
    field: t.field({ type: DataFieldRef, nullable: true, resolve: (rule) => rule.fieldId }),
    ticket: t.field({
      type: TicketRef,
      nullable: true,
      description: 'Where its failures go: one ticket, reopened rather than duplicated.',
      resolve: (rule) => rule.ticketId,
    }),
    acceptedValues: t.stringList({
      nullable: true,
      resolve: (rule) => (rule.params.kind === 'accepted_values' ? rule.params.values : null),
    }),
    minimum: t.string({
      nullable: true,
      resolve: (rule) =>
        rule.params.kind === 'range' || rule.params.kind === 'row_count' ? paramText(rule.params.min) : null,
    }),
    maximum: t.string({
      nullable: true,
      resolve: (rule) =>
        rule.params.kind === 'range' || rule.params.kind === 'row_count' ? paramText(rule.params.max) : null,
    }),
    pattern: t.string({
      nullable: true,
      resolve: (rule) => (rule.params.kind === 'regex' ? rule.params.pattern : null),
    }),
    maxAgeMinutes: t.int({
      nullable: true,
      resolve: (rule) => (rule.params.kind === 'freshness' ? rule.params.maxAgeMinutes : null),
    }),
    sql: t.string({ nullable: true, resolve: (rule) => (rule.params.kind === 'custom_sql' ? rule.params.sql : null) }),
    results: t.loadableList({
      type: QualityResultRef,
      description: 'The newest 30 runs, newest first.',
      load: (keys: string[], context: GraphQLContext) => resultsOfRules(context.db, keys),
      resolve: (rule) => rule.id,
    }),
  }),
});

builder.objectFields(DataAssetRef, (t) => ({
  qualityRules: t.loadableList({
    type: QualityRuleRef,
    description: 'The data-quality rules on this table and its columns.',
    load: (ids: string[], context: GraphQLContext) => qualityRulesOfAssets(context.db, ids),
    resolve: (asset) => asset.id,
  }),
}));

const DimensionPassRateRef = builder
  .objectRef<{ dimension: (typeof qualityDimensions)[number]; rules: number; passing: number }>('DimensionPassRate')
  .implement({
    fields: (t) => ({
      dimension: t.field({ type: QualityDimensionEnum, resolve: (entry) => entry.dimension }),
      rules: t.exposeInt('rules'),
      passing: t.exposeInt('passing'),
    }),
  });

builder.queryFields((t) => ({
  qualityRule: t.field({
    type: QualityRuleRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => (await getQualityRules(context.db, [String(id)]))[0] ?? null,
  }),
  qualityPassRates: t.field({
    type: [DimensionPassRateRef],
    description: 'Rules passing on their latest run, by dimension (enabled rules that ran).',
    resolve: (_root, _args, context) => qualityMeasures(context.db),
  }),
}));

const QualityRuleParamsInput = builder.inputType('QualityRuleParamsInput', {
  description: 'What the kind needs: values, bounds, a pattern, a maximum age or a SELECT of failing rows.',
  fields: (t) => ({
    kind: t.field({ type: QualityRuleKindEnum, required: true }),
    values: t.stringList({ description: 'accepted_values' }),
    min: t.float({ description: 'range, row_count' }),
    max: t.float({ description: 'range, row_count' }),
    pattern: t.string({ description: 'regex (PostgreSQL regular expression)' }),
    maxAgeMinutes: t.int({ description: 'freshness' }),
    sql: t.string({ description: 'custom_sql: a SELECT returning the failing rows' }),
  }),
});

const CreateQualityRuleInput = builder.inputType('CreateQualityRuleInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    assetId: t.id({ required: true }),
    fieldId: t.id({ description: 'Required for column rules.' }),
    params: t.field({ type: QualityRuleParamsInput, required: true }),
    dimension: t.field({ type: QualityDimensionEnum, description: 'Default: the kind’s usual dimension.' }),
    threshold: t.float({ description: 'Share of rows that must pass; default 1.' }),
    severity: t.field({ type: QualitySeverityEnum, description: 'Default medium; sets the priority of its ticket.' }),
    everyMinutes: t.int({ description: 'Run every N minutes (at least 5); absent: only when asked.' }),
  }),
});

const UpdateQualityRuleInput = builder.inputType('UpdateQualityRuleInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    description: t.string(),
    threshold: t.float(),
    severity: t.field({ type: QualitySeverityEnum }),
    everyMinutes: t.int(),
    enabled: t.boolean(),
  }),
});

const RunQualityRulesInput = builder.inputType('RunQualityRulesInput', {
  fields: (t) => ({ ruleIds: t.idList({ required: true }) }),
});

/** GraphQL's params object without the fields its kind does not use (zod's union is strict per kind). */
function paramsOf(params: Record<string, unknown>) {
  const keep: Record<string, readonly string[]> = {
    accepted_values: ['values'],
    range: ['min', 'max'],
    row_count: ['min', 'max'],
    regex: ['pattern'],
    freshness: ['maxAgeMinutes'],
    custom_sql: ['sql'],
  };
  const fields = keep[String(params.kind)] ?? [];
  return Object.fromEntries(Object.entries(params).filter(([key]) => key === 'kind' || fields.includes(key)));
}

builder.mutationFields((t) => ({
  createQualityRule: t.field({
    type: QualityRuleRef,
    errors: {},
    args: { input: t.arg({ type: CreateQualityRuleInput, required: true }) },
    resolve: (_root, { input }, context) =>
      createQualityRule(context.db, actorOf(context), {
        ...input,
        params: paramsOf(input.params as Record<string, unknown>) as never,
      } as never),
  }),
  updateQualityRule: t.field({
    type: QualityRuleRef,
    errors: {},
    args: { input: t.arg({ type: UpdateQualityRuleInput, required: true }) },
    resolve: resolveUseCase(updateQualityRule),
  }),
  runQualityRules: t.field({
    type: JobRef,
    errors: {},
    description: 'Queues a run of rules now; the job’s result says how many passed and failed.',
    args: { input: t.arg({ type: RunQualityRulesInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const job = await requestQualityRun(context.db, actorOf(context), { ruleIds: input.ruleIds.map(String) });
      context.wakeJobs();
      return job;
    },
  }),
}));

export type { QualityRule };
