import { assetProfiles, type Database, dataAssets, dataFields, fieldProfiles, type Queryable } from '@steward/db';
import { type Actor, InputError, idSchema } from '@steward/domain';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type postgres from 'postgres';
import { z } from 'zod';
import { enqueueJob, type Job } from '../jobs/job-queue.js';
import { defineUseCase } from '../shared/use-case.js';
import { suggestClassificationsFor } from './classifications.js';
import { withSourceSession } from './postgres-connector.js';
import type { SecretBox } from './secret-box.js';
import { credentialsOf, loadDataSourceRow } from './sources.js';

export const CATALOG_PROFILE_JOB = 'catalog.profile';

/** Above this many rows (the planner's estimate) a table is profiled on a sample. */
export const SAMPLE_ABOVE_ROWS = 100_000;
/** About how many rows a sample aims at. */
export const SAMPLE_TARGET_ROWS = 50_000;
const TOP_VALUES = 10;
const TOP_PATTERNS = 5;

export interface ValueCount {
  value: string;
  count: number;
}

export interface FieldProfileFigures {
  fieldName: string;
  nullCount: number;
  distinctCount: number;
  minValue: string | null;
  maxValue: string | null;
  minLength: number | null;
  maxLength: number | null;
  avgLength: number | null;
  topValues: ValueCount[];
  patterns: ValueCount[];
}

export interface AssetProfileFigures {
  rowCount: number;
  profiledRows: number;
  sampled: boolean;
  samplePercent: number | null;
  fields: FieldProfileFigures[];
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Types whose min and max mean something (numbers, text, dates, times). */
const ordered =
  /^(smallint|integer|bigint|numeric|real|double precision|money|date|time|timestamp|interval|character|text|uuid|citext)/;

/**
 * Profiles one table or view on the source, read-only: row count, then per column nulls,
 * distinct values, min and max, lengths, the most frequent values and value shapes. A table
 * estimated above SAMPLE_ABOVE_ROWS is read through TABLESAMPLE SYSTEM (REPEATABLE, so every
 * figure comes from the same sample) and says so.
 */
export async function profileRelation(
  sql: postgres.TransactionSql,
  relation: { schema: string; name: string; kind: string; rowEstimate: number | null },
  fields: readonly { name: string; dataType: string }[],
): Promise<AssetProfileFigures> {
  const table = `${quote(relation.schema)}.${quote(relation.name)}`;
  const samplable =
    relation.kind === 'table' || relation.kind === 'materialized_view' || relation.kind === 'partitioned_table';
  const sampled = samplable && (relation.rowEstimate ?? 0) > SAMPLE_ABOVE_ROWS;
  const samplePercent = sampled
    ? Math.max(0.01, Math.min(100, (100 * SAMPLE_TARGET_ROWS) / relation.rowEstimate!))
    : null;
  const from = sampled ? `${table} tablesample system (${samplePercent!.toFixed(4)}) repeatable (42)` : table;

  const [counted] = await sql.unsafe<{ n: number }[]>(`select count(*)::float8 as n from ${from}`);
  const profiledRows = Number(counted!.n);
  const rowCount = sampled ? Math.max(profiledRows, Math.round(relation.rowEstimate!)) : profiledRows;

  const figures: FieldProfileFigures[] = [];
  if (fields.length > 0) {
    const aggregates = fields.map((field, index) => {
      const column = quote(field.name);
      const text = `${column}::text`;
      const minMax = ordered.test(field.dataType)
        ? `min(${column})::text as min_${index}, max(${column})::text as max_${index}`
        : `null::text as min_${index}, null::text as max_${index}`;
      return `count(${column})::float8 as filled_${index}, count(distinct ${column})::float8 as distinct_${index}, ${minMax},
        min(length(${text}))::int as minlen_${index}, max(length(${text}))::int as maxlen_${index}, avg(length(${text}))::float8 as avglen_${index}`;
    });
    const [row] = await sql.unsafe<Record<string, unknown>[]>(`select ${aggregates.join(',\n')} from ${from}`);
    for (const [index, field] of fields.entries()) {
      const column = quote(field.name);
      const top = await sql.unsafe<{ value: string; count: number }[]>(
        `select ${column}::text as value, count(*)::float8 as count from ${from} where ${column} is not null
         group by 1 order by 2 desc, 1 limit ${TOP_VALUES}`,
      );
      const patterns = await sql.unsafe<{ value: string; count: number }[]>(
        `select regexp_replace(regexp_replace(left(${column}::text, 40), '[A-Za-z]', 'A', 'g'), '[0-9]', '9', 'g') as value,
           count(*)::float8 as count from ${from} where ${column} is not null group by 1 order by 2 desc, 1 limit ${TOP_PATTERNS}`,
      );
      const number = (key: string) => (row![`${key}_${index}`] === null ? null : Number(row![`${key}_${index}`]));
      figures.push({
        fieldName: field.name,
        nullCount: profiledRows - (number('filled') ?? 0),
        distinctCount: number('distinct') ?? 0,
        minValue: (row![`min_${index}`] as string | null)?.slice(0, 200) ?? null,
        maxValue: (row![`max_${index}`] as string | null)?.slice(0, 200) ?? null,
        minLength: number('minlen'),
        maxLength: number('maxlen'),
        avgLength: number('avglen'),
        topValues: top.map((item) => ({ value: item.value.slice(0, 200), count: Number(item.count) })),
        patterns: patterns.map((item) => ({ value: item.value, count: Number(item.count) })),
      });
    }
  }
  return { rowCount, profiledRows, sampled, samplePercent, fields: figures };
}

export interface CatalogProfileJobPayload {
  assetIds: string[];
  actor: { accountId: string | null; personId: string | null; role: Actor['role']; label: string };
}

/** Queues profiling of some tables and views (of one source). */
export const requestProfiling = defineUseCase({
  action: 'catalog.asset.profile_requested',
  input: z.object({
    assetIds: z
      .array(idSchema, { error: 'must be a list of asset ids' })
      .min(1, { error: 'must name at least one asset' })
      .max(50, { error: 'must name at most 50 assets at a time' }),
  }),
  permission: 'catalog:manage',
  async run({ tx, actor, audit }, { assetIds }): Promise<Job> {
    const assets = await tx
      .select({ id: dataAssets.id, sourceId: dataAssets.sourceId })
      .from(dataAssets)
      .where(and(inArray(dataAssets.id, assetIds), isNull(dataAssets.removedAt)));
    if (assets.length !== new Set(assetIds).size) {
      throw InputError.forField('assetIds', 'names an asset that does not exist or is no longer in its source');
    }
    if (new Set(assets.map((asset) => asset.sourceId)).size > 1) {
      throw InputError.forField('assetIds', 'must all come from one source');
    }
    const payload: CatalogProfileJobPayload = {
      assetIds,
      actor: { accountId: actor.accountId, personId: actor.personId, role: actor.role, label: actor.label },
    };
    const job = await enqueueJob(tx, {
      kind: CATALOG_PROFILE_JOB,
      payload,
      createdBy: actor.accountId,
      maxAttempts: 1,
    });
    await audit({
      entityType: 'DataAsset',
      entityId: assetIds[0]!,
      after: { jobId: job.id, assets: assetIds.length },
      relatedIds: assetIds,
    });
    return job;
  },
});

export type ProfileProgress =
  | { stage: 'profiling'; done: number; total: number; current: string }
  | { stage: 'saving' };

/**
 * Runs a queued profiling: reads every asset on the source (read-only, statement timeout),
 * then stores all the figures and the classification suggestions they support in one
 * transaction: a failure leaves the earlier profiles as they were.
 */
export async function runProfilingJob(
  db: Database,
  jobId: string | null,
  payload: CatalogProfileJobPayload,
  secrets: SecretBox,
  onProgress: (progress: ProfileProgress) => void = () => {},
): Promise<{ profiled: number; suggestions: number }> {
  const actor: Actor = { kind: 'account', ...payload.actor, requestId: jobId ? `job:${jobId}` : null, sessionId: null };
  const assets = await db.select().from(dataAssets).where(inArray(dataAssets.id, payload.assetIds));
  const fields = await db
    .select({ id: dataFields.id, assetId: dataFields.assetId, name: dataFields.name, dataType: dataFields.dataType })
    .from(dataFields)
    .where(and(inArray(dataFields.assetId, payload.assetIds), isNull(dataFields.removedAt)))
    .orderBy(dataFields.position);
  const source = await loadDataSourceRow(db, assets[0]!.sourceId);
  const results = await withSourceSession(
    credentialsOf(source, secrets),
    async (sql) => {
      const out: { assetId: string; figures: AssetProfileFigures }[] = [];
      for (const [index, asset] of assets.entries()) {
        onProgress({
          stage: 'profiling',
          done: index,
          total: assets.length,
          current: `${asset.schemaName}.${asset.name}`,
        });
        const own = fields.filter((field) => field.assetId === asset.id);
        const figures = await profileRelation(
          sql,
          { schema: asset.schemaName, name: asset.name, kind: asset.kind, rowEstimate: asset.rowEstimate },
          own,
        );
        out.push({ assetId: asset.id, figures });
      }
      return out;
    },
    { statementTimeoutMs: 60_000 },
  );
  onProgress({ stage: 'saving' });
  return saveProfiles(db, actor, { jobId, results: results.map((result) => ({ ...result, fields })) });
}

const saveProfiles = defineUseCase({
  action: 'catalog.asset.profile',
  input: z.object({
    jobId: idSchema.nullish(),
    results: z.array(
      z.custom<{
        assetId: string;
        figures: AssetProfileFigures;
        fields: { id: string; assetId: string; name: string }[];
      }>(),
    ),
  }),
  permission: 'catalog:manage',
  async run({ tx, actor, audit }, { jobId, results }) {
    const fieldIds: string[] = [];
    for (const { assetId, figures, fields } of results) {
      const [profile] = await tx
        .insert(assetProfiles)
        .values({
          assetId,
          jobId: jobId ?? null,
          rowCount: figures.rowCount,
          profiledRows: figures.profiledRows,
          sampled: figures.sampled,
          samplePercent: figures.samplePercent,
          createdBy: actor.accountId,
          updatedBy: actor.accountId,
        })
        .returning({ id: assetProfiles.id });
      const byName = new Map(
        fields.filter((field) => field.assetId === assetId).map((field) => [field.name, field.id]),
      );
      const rows = figures.fields.flatMap((figure) => {
        const fieldId = byName.get(figure.fieldName);
        if (!fieldId) return [];
        fieldIds.push(fieldId);
        return [
          {
            assetProfileId: profile!.id,
            fieldId,
            nullCount: figure.nullCount,
            distinctCount: figure.distinctCount,
            minValue: figure.minValue,
            maxValue: figure.maxValue,
            minLength: figure.minLength,
            maxLength: figure.maxLength,
            avgLength: figure.avgLength,
            topValues: figure.topValues,
            patterns: figure.patterns,
            createdBy: actor.accountId,
            updatedBy: actor.accountId,
          },
        ];
      });
      if (rows.length > 0) await tx.insert(fieldProfiles).values(rows);
    }
    const suggestions = fieldIds.length > 0 ? await suggestClassificationsFor(tx, { fieldIds }, actor.accountId) : 0;
    await audit({
      entityType: 'DataAsset',
      entityId: results[0]?.assetId ?? null,
      after: { profiled: results.length, jobId },
      relatedIds: results.map((result) => result.assetId),
    });
    return { profiled: results.length, suggestions };
  },
});

export interface AssetProfile {
  id: string;
  assetId: string;
  rowCount: number;
  profiledRows: number;
  sampled: boolean;
  samplePercent: number | null;
  createdAt: Date;
}

export interface FieldProfile {
  id: string;
  fieldId: string;
  nullCount: number;
  distinctCount: number;
  minValue: string | null;
  maxValue: string | null;
  minLength: number | null;
  maxLength: number | null;
  avgLength: number | null;
  topValues: ValueCount[];
  patterns: ValueCount[];
  createdAt: Date;
}

/** The profiles of an asset, newest first (its history). */
export async function profilesOfAsset(db: Queryable, assetId: string, limit = 20): Promise<AssetProfile[]> {
  const rows = await db
    .select()
    .from(assetProfiles)
    .where(eq(assetProfiles.assetId, assetId))
    .orderBy(desc(assetProfiles.createdAt))
    .limit(Math.min(limit, 100));
  return rows.map((row) => ({
    id: row.id,
    assetId: row.assetId,
    rowCount: row.rowCount,
    profiledRows: row.profiledRows,
    sampled: row.sampled,
    samplePercent: row.samplePercent,
    createdAt: row.createdAt,
  }));
}

/** The latest profile of each column (a DataLoader batch). */
export async function latestProfilesOfFields(
  db: Queryable,
  fieldIds: readonly string[],
): Promise<(FieldProfile | null)[]> {
  if (fieldIds.length === 0) return [];
  const rows = await db
    .selectDistinctOn([fieldProfiles.fieldId])
    .from(fieldProfiles)
    .where(inArray(fieldProfiles.fieldId, [...fieldIds]))
    .orderBy(fieldProfiles.fieldId, desc(fieldProfiles.createdAt));
  const byField = new Map(
    rows.map((row) => [
      row.fieldId,
      {
        id: row.id,
        fieldId: row.fieldId,
        nullCount: row.nullCount,
        distinctCount: row.distinctCount,
        minValue: row.minValue,
        maxValue: row.maxValue,
        minLength: row.minLength,
        maxLength: row.maxLength,
        avgLength: row.avgLength,
        topValues: row.topValues as ValueCount[],
        patterns: row.patterns as ValueCount[],
        createdAt: row.createdAt,
      } satisfies FieldProfile,
    ]),
  );
  return fieldIds.map((id) => byField.get(id) ?? null);
}
