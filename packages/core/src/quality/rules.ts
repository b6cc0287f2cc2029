import { dataAssets, dataFields, type Queryable, qualityResults, qualityRules } from '@steward/db';
import {
  ConflictError,
  createQualityRuleInputSchema,
  InputError,
  idSchema,
  NotFoundError,
  type QualityDimension,
  type QualityRule,
  type QualityRuleKind,
  type QualityRuleParams,
  type QualitySeverity,
  updateQualityRuleInputSchema,
} from '@steward/domain';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';

type RuleRow = typeof qualityRules.$inferSelect;

export const toQualityRule = (row: RuleRow): QualityRule => ({
  ...row,
  kind: row.kind as QualityRuleKind,
  params: row.params as QualityRuleParams,
  dimension: row.dimension as QualityDimension,
  severity: row.severity as QualitySeverity,
});

export interface QualityResult {
  id: string;
  ruleId: string;
  jobId: string | null;
  outcome: 'passed' | 'failed' | 'error';
  checkedRows: number;
  failingRows: number;
  passRatio: number | null;
  observed: string | null;
  samples: { value: string | null; count: number }[];
  error: string | null;
  durationMs: number;
  runAt: Date;
}

const temporal = /^(date|timestamp|time)/;
const ordered = /^(smallint|integer|bigint|numeric|decimal|real|double precision|money|date|timestamp|time)/;

/** Why a column of this type cannot take a rule of this kind, or null when it can. */
function columnTypeFits(kind: string, dataType: string): string | null {
  if (kind === 'freshness' && !temporal.test(dataType)) return 'a freshness rule needs a date or timestamp column';
  if (kind === 'range' && !ordered.test(dataType)) return 'a range rule needs a number, date or time column';
  return null;
}

/** Defines a check on a table or one of its columns; it runs on demand or every N minutes. */
export const createQualityRule = defineUseCase({
  action: 'quality.rule.create',
  input: createQualityRuleInputSchema,
  permission: 'quality:manage',
  async run({ tx, actor, audit, now }, input): Promise<QualityRule> {
    const [asset] = await tx
      .select({ id: dataAssets.id, removedAt: dataAssets.removedAt })
      .from(dataAssets)
      .where(eq(dataAssets.id, input.assetId));
    if (!asset) throw new NotFoundError('DataAsset', input.assetId, { field: 'assetId' });
    if (asset.removedAt) throw InputError.forField('assetId', 'is no longer in its source');
    if (input.fieldId) {
      const [field] = await tx
        .select({ assetId: dataFields.assetId, removedAt: dataFields.removedAt, dataType: dataFields.dataType })
        .from(dataFields)
        .where(eq(dataFields.id, input.fieldId));
      if (!field) throw new NotFoundError('DataField', input.fieldId, { field: 'fieldId' });
      if (field.assetId !== input.assetId) throw InputError.forField('fieldId', 'must be a column of the chosen table');
      if (field.removedAt) throw InputError.forField('fieldId', 'is no longer in its table');
      const fits = columnTypeFits(input.params.kind, field.dataType);
      if (fits) throw InputError.forField('fieldId', `is ${field.dataType}: ${fits}`);
    }
    const [sameName] = await tx
      .select({ id: qualityRules.id })
      .from(qualityRules)
      .where(and(eq(qualityRules.assetId, input.assetId), sql`lower(${qualityRules.name}) = lower(${input.name})`));
    if (sameName) throw new ConflictError(`This table already has a rule named ${input.name}.`, { field: 'name' });
    const { params, ...rest } = input;
    const [row] = await tx
      .insert(qualityRules)
      .values({
        ...rest,
        kind: params.kind,
        params,
        nextRunAt: input.everyMinutes ? new Date(now.getTime() + input.everyMinutes * 60_000) : null,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const rule = toQualityRule(row!);
    await audit({
      entityType: 'QualityRule',
      entityId: rule.id,
      after: rule,
      relatedIds: [rule.assetId, rule.fieldId],
    });
    return rule;
  },
});

/** Renames, re-describes, re-thresholds, reschedules, pauses or resumes a rule. */
export const updateQualityRule = defineUseCase({
  action: 'quality.rule.update',
  input: updateQualityRuleInputSchema,
  permission: 'quality:manage',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<QualityRule> {
    const [current] = await tx.select().from(qualityRules).where(eq(qualityRules.id, id)).for('update');
    assertVersion('QualityRule', current, id, version);
    const before = toQualityRule(current as RuleRow);
    const changes: Partial<RuleRow> = definedOnly(patch);
    if (patch.everyMinutes !== undefined) {
      changes.nextRunAt = patch.everyMinutes ? new Date(now.getTime() + patch.everyMinutes * 60_000) : null;
    }
    const [row] = await tx
      .update(qualityRules)
      .set({ ...changes, version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(qualityRules.id, id))
      .returning();
    const rule = toQualityRule(row!);
    await audit({ entityType: 'QualityRule', entityId: id, before, after: rule, relatedIds: [rule.assetId] });
    return rule;
  },
});

export async function getQualityRules(db: Queryable, ids: readonly string[]): Promise<(QualityRule | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(qualityRules).where(inArray(qualityRules.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toQualityRule(row)]));
  return ids.map((id) => byId.get(id));
}

/** The rules of each asset (a DataLoader batch), by name. */
export async function qualityRulesOfAssets(db: Queryable, assetIds: readonly string[]): Promise<QualityRule[][]> {
  if (assetIds.length === 0) return [];
  const rows = await db
    .select()
    .from(qualityRules)
    .where(inArray(qualityRules.assetId, [...assetIds]))
    .orderBy(sql`lower(${qualityRules.name})`, qualityRules.id);
  return assetIds.map((id) => rows.filter((row) => row.assetId === id).map(toQualityRule));
}

/** The newest results of each rule (a DataLoader batch), newest first, at most `limit` each. */
export async function resultsOfRules(
  db: Queryable,
  ruleIds: readonly string[],
  limit = 30,
): Promise<QualityResult[][]> {
  if (ruleIds.length === 0) return [];
  const rows = await db
    .select()
    .from(qualityResults)
    .where(
      sql`${qualityResults.id} in (select id from (select id, row_number() over (partition by rule_id order by run_at desc, id desc) as n
        from quality_result where rule_id in (${sql.join(
          ruleIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})) ranked where n <= ${limit})`,
    )
    .orderBy(desc(qualityResults.runAt), desc(qualityResults.id));
  return ruleIds.map((id) => rows.filter((row) => row.ruleId === id) as QualityResult[]);
}

/** Rules due to run by their schedule at `now`. */
export async function dueQualityRules(db: Queryable, now: Date, limit = 200): Promise<QualityRule[]> {
  const rows = await db
    .select()
    .from(qualityRules)
    .innerJoin(dataAssets, eq(dataAssets.id, qualityRules.assetId))
    .where(
      and(
        eq(qualityRules.enabled, true),
        isNull(dataAssets.removedAt),
        sql`${qualityRules.everyMinutes} is not null`,
        sql`coalesce(${qualityRules.nextRunAt}, '-infinity'::timestamptz) <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(qualityRules.nextRunAt)
    .limit(limit);
  return rows.map((row) => toQualityRule(row.quality_rule));
}
