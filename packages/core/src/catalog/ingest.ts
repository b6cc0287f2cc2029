import {
  catalogChanges,
  type Database,
  dataAssets,
  dataFields,
  dataSources,
  ingestRuns,
  lineageEdges,
  type Transaction,
} from '@steward/db';
import {
  type Actor,
  type CatalogChange,
  countChanges,
  diffCatalog,
  idSchema,
  qualifiedAssetName,
  type SourceSnapshot,
  type StoredAsset,
  summarizeChanges,
} from '@steward/domain';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { enqueueJob, type Job } from '../jobs/job-queue.js';
import { defineUseCase } from '../shared/use-case.js';
import { suggestClassificationsFor } from './classifications.js';
import { readSourceCatalog, type SourceCredentials, withSourceSession } from './postgres-connector.js';
import type { SecretBox } from './secret-box.js';
import { credentialsOf, loadDataSourceRow } from './sources.js';
import { suggestTermLinksFor } from './term-links.js';

export const CATALOG_INGEST_JOB = 'catalog.ingest';

export interface CatalogIngestJobPayload {
  sourceId: string;
  actor: { accountId: string | null; personId: string | null; role: Actor['role']; label: string };
}

/** What one ingest did: the run's summary line and counts. */
export interface IngestOutcome {
  runId: string;
  summary: string;
  counts: ReturnType<typeof countChanges>;
  assetCount: number;
  fieldCount: number;
  edgeCount: number;
}

export type IngestProgress =
  | { stage: 'reading' }
  | { stage: 'writing'; assets: number }
  | { stage: 'done'; summary: string };

/** Queues an ingest of a source; the job runner reads the source and applies what it found. */
export const requestIngest = defineUseCase({
  action: 'catalog.source.ingest_requested',
  input: z.object({ sourceId: idSchema }),
  permission: 'catalog:manage',
  async run({ tx, actor, audit }, { sourceId }): Promise<Job> {
    const source = await loadDataSourceRow(tx, sourceId);
    const payload: CatalogIngestJobPayload = {
      sourceId,
      actor: { accountId: actor.accountId, personId: actor.personId, role: actor.role, label: actor.label },
    };
    const job = await enqueueJob(tx, { kind: CATALOG_INGEST_JOB, payload, createdBy: actor.accountId, maxAttempts: 1 });
    await tx.update(dataSources).set({ lastIngestJobId: job.id }).where(eq(dataSources.id, sourceId));
    await audit({ entityType: 'DataSource', entityId: source.id, after: { jobId: job.id } });
    return job;
  },
});

/**
 * Runs a queued ingest: reads the source's catalogue (read-only, outside Steward's
 * transaction), then applies it in one transaction. A failure anywhere leaves the catalogue
 * as it was.
 */
export async function runIngestJob(
  db: Database,
  jobId: string,
  payload: CatalogIngestJobPayload,
  secrets: SecretBox,
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<IngestOutcome> {
  const actor: Actor = { kind: 'account', ...payload.actor, requestId: `job:${jobId}`, sessionId: null };
  const row = await loadDataSourceRow(db, payload.sourceId);
  onProgress({ stage: 'reading' });
  const schemas = (row.connection as { schemas?: string[] }).schemas ?? [];
  const snapshot = await readSnapshot(credentialsOf(row, secrets), schemas);
  onProgress({ stage: 'writing', assets: snapshot.assets.length });
  const outcome = await applySnapshot(db, actor, { sourceId: payload.sourceId, jobId, snapshot });
  onProgress({ stage: 'done', summary: outcome.summary });
  return outcome;
}

export function readSnapshot(credentials: SourceCredentials, schemas: readonly string[]): Promise<SourceSnapshot> {
  return withSourceSession(credentials, (sql) => readSourceCatalog(sql, schemas), { statementTimeoutMs: 120_000 });
}

const CHUNK = 500;
function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

const applyInputSchema = z.object({
  sourceId: idSchema,
  jobId: idSchema.nullish(),
  snapshot: z.custom<SourceSnapshot>((value) => typeof value === 'object' && value !== null && 'assets' in value),
});

/**
 * Makes the stored catalogue of a source match a snapshot: upserts assets and columns, marks
 * what disappeared as removed (kept, with its history), reconciles the ingested lineage edges,
 * records the changes and the run. One transaction, one audit event.
 */
export const applySnapshot = defineUseCase({
  action: 'catalog.source.ingest',
  input: applyInputSchema,
  permission: 'catalog:manage',
  async run({ tx, actor, audit }, { sourceId, jobId, snapshot }): Promise<IngestOutcome> {
    // Locked: two ingests of one source apply one after the other.
    const source = await loadDataSourceRow(tx, sourceId, { forUpdate: true });
    const now = new Date();
    const stored = await loadStoredCatalog(tx, sourceId);
    const changes = diffCatalog(stored.assets, snapshot);

    const assetIds = await upsertAssets(tx, sourceId, snapshot, now, actor.accountId);
    const liveAssetIds = [...assetIds.values()];
    await tx
      .update(dataAssets)
      .set({ removedAt: now, updatedAt: now, updatedBy: actor.accountId, version: sql`${dataAssets.version} + 1` })
      .where(
        and(
          eq(dataAssets.sourceId, sourceId),
          isNull(dataAssets.removedAt),
          liveAssetIds.length > 0 ? sql`not (${dataAssets.id} = any(${sql.param(liveAssetIds)}::uuid[]))` : undefined,
        ),
      );

    const fieldIds = await upsertFields(tx, snapshot, assetIds, now, actor.accountId);
    const liveFieldIds = [...fieldIds.values()];
    await tx
      .update(dataFields)
      .set({ removedAt: now, updatedAt: now, version: sql`${dataFields.version} + 1` })
      .where(
        and(
          isNull(dataFields.removedAt),
          sql`${dataFields.assetId} in (select id from data_asset where source_id = ${sourceId})`,
          liveFieldIds.length > 0 ? sql`not (${dataFields.id} = any(${sql.param(liveFieldIds)}::uuid[]))` : undefined,
        ),
      );

    const edgeCount = await reconcileLineage(tx, sourceId, snapshot, assetIds, fieldIds, now, actor.accountId);

    const counts = countChanges(changes);
    const summary = summarizeChanges(changes);
    const [run] = await tx
      .insert(ingestRuns)
      .values({
        sourceId,
        jobId: jobId ?? null,
        summary,
        counts,
        assetCount: snapshot.assets.length,
        fieldCount: liveFieldIds.length,
        edgeCount,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning({ id: ingestRuns.id });
    await recordChanges(tx, run!.id, changes, new Map([...stored.ids, ...assetIds]), actor.accountId);
    // New columns get their suggestions at once: personal data from their names, terms by likeness.
    await suggestClassificationsFor(tx, { sourceId }, actor.accountId);
    await suggestTermLinksFor(tx, sourceId, actor.accountId);
    await tx
      .update(dataSources)
      .set({ lastIngestAt: now, serverVersion: snapshot.serverVersion, ...(jobId ? { lastIngestJobId: jobId } : {}) })
      .where(eq(dataSources.id, sourceId));

    const outcome: IngestOutcome = {
      runId: run!.id,
      summary,
      counts,
      assetCount: snapshot.assets.length,
      fieldCount: liveFieldIds.length,
      edgeCount,
    };
    await audit({ entityType: 'DataSource', entityId: source.id, after: { summary, counts, runId: run!.id } });
    return outcome;
  },
});

async function loadStoredCatalog(tx: Transaction, sourceId: string) {
  const assets = await tx
    .select({
      id: dataAssets.id,
      schema: dataAssets.schemaName,
      name: dataAssets.name,
      kind: dataAssets.kind,
      description: dataAssets.description,
      removedAt: dataAssets.removedAt,
    })
    .from(dataAssets)
    .where(eq(dataAssets.sourceId, sourceId));
  const fields = await tx
    .select({
      assetId: dataFields.assetId,
      name: dataFields.name,
      dataType: dataFields.dataType,
      nullable: dataFields.nullable,
      description: dataFields.description,
      removedAt: dataFields.removedAt,
    })
    .from(dataFields)
    .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
    .where(eq(dataAssets.sourceId, sourceId));
  const fieldsByAsset = new Map<string, StoredAsset['fields']>();
  for (const field of fields) {
    const list = fieldsByAsset.get(field.assetId) ?? [];
    list.push({
      name: field.name,
      dataType: field.dataType,
      nullable: field.nullable,
      description: field.description,
      removed: field.removedAt !== null,
    });
    fieldsByAsset.set(field.assetId, list);
  }
  const ids = new Map<string, string>();
  const storedAssets: StoredAsset[] = assets.map((asset) => {
    ids.set(qualifiedAssetName(asset), asset.id);
    return {
      schema: asset.schema,
      name: asset.name,
      kind: asset.kind as StoredAsset['kind'],
      description: asset.description,
      removed: asset.removedAt !== null,
      fields: fieldsByAsset.get(asset.id) ?? [],
    };
  });
  return { assets: storedAssets, ids };
}

/** Inserts or updates every asset of the snapshot; returns their ids by qualified name. */
async function upsertAssets(
  tx: Transaction,
  sourceId: string,
  snapshot: SourceSnapshot,
  now: Date,
  accountId: string | null,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of chunks(snapshot.assets)) {
    const rows = await tx
      .insert(dataAssets)
      .values(
        batch.map((asset) => ({
          sourceId,
          schemaName: asset.schema,
          name: asset.name,
          kind: asset.kind,
          description: asset.description,
          rowEstimate: asset.rowEstimate,
          definition: asset.definition,
          firstSeenAt: now,
          lastSeenAt: now,
          createdBy: accountId,
          updatedBy: accountId,
        })),
      )
      .onConflictDoUpdate({
        target: [dataAssets.sourceId, dataAssets.schemaName, dataAssets.name],
        set: {
          kind: sql`excluded.kind`,
          description: sql`excluded.description`,
          rowEstimate: sql`excluded.row_estimate`,
          definition: sql`excluded.definition`,
          lastSeenAt: now,
          removedAt: null,
          // A new version only when something a person reads changed.
          version: sql`case when (${dataAssets.kind}, ${dataAssets.description}, ${dataAssets.definition}, ${dataAssets.removedAt} is null)
            is distinct from (excluded.kind, excluded.description, excluded.definition, true)
            then ${dataAssets.version} + 1 else ${dataAssets.version} end`,
          updatedAt: now,
        },
      })
      .returning({ id: dataAssets.id, schema: dataAssets.schemaName, name: dataAssets.name });
    for (const row of rows) ids.set(qualifiedAssetName(row), row.id);
  }
  return ids;
}

const fieldKey = (assetId: string, name: string) => `${assetId}\u0000${name}`;

async function upsertFields(
  tx: Transaction,
  snapshot: SourceSnapshot,
  assetIds: Map<string, string>,
  now: Date,
  accountId: string | null,
): Promise<Map<string, string>> {
  const values = snapshot.assets.flatMap((asset) => {
    const assetId = assetIds.get(qualifiedAssetName(asset))!;
    return asset.fields.map((field) => ({
      assetId,
      name: field.name,
      position: field.position,
      dataType: field.dataType,
      nullable: field.nullable,
      primaryKey: field.primaryKey,
      description: field.description,
      createdBy: accountId,
      updatedBy: accountId,
    }));
  });
  const ids = new Map<string, string>();
  for (const batch of chunks(values)) {
    const rows = await tx
      .insert(dataFields)
      .values(batch)
      .onConflictDoUpdate({
        target: [dataFields.assetId, dataFields.name],
        set: {
          position: sql`excluded.position`,
          dataType: sql`excluded.data_type`,
          nullable: sql`excluded.nullable`,
          primaryKey: sql`excluded.primary_key`,
          description: sql`excluded.description`,
          removedAt: null,
          version: sql`case when (${dataFields.dataType}, ${dataFields.nullable}, ${dataFields.description}, ${dataFields.removedAt} is null)
            is distinct from (excluded.data_type, excluded.nullable, excluded.description, true)
            then ${dataFields.version} + 1 else ${dataFields.version} end`,
          updatedAt: now,
        },
      })
      .returning({ id: dataFields.id, assetId: dataFields.assetId, name: dataFields.name });
    for (const row of rows) ids.set(fieldKey(row.assetId, row.name), row.id);
  }
  return ids;
}

interface EdgeSpec {
  upstreamAssetId: string;
  downstreamAssetId: string;
  upstreamFieldId: string | null;
  downstreamFieldId: string | null;
  kind: 'foreign_key' | 'view';
  label: string | null;
}

const edgeKey = (edge: Omit<EdgeSpec, 'label'>) =>
  [
    edge.upstreamAssetId,
    edge.downstreamAssetId,
    edge.upstreamFieldId ?? '',
    edge.downstreamFieldId ?? '',
    edge.kind,
  ].join('|');

/** The lineage the snapshot implies: referenced table → referencing table per foreign key, read table → view. */
function edgesOf(snapshot: SourceSnapshot, assetIds: Map<string, string>, fieldIds: Map<string, string>): EdgeSpec[] {
  const edges = new Map<string, EdgeSpec>();
  const add = (edge: EdgeSpec) => edges.set(edgeKey(edge), edge);
  const field = (assetId: string, name: string) => fieldIds.get(fieldKey(assetId, name)) ?? null;
  for (const asset of snapshot.assets) {
    const downstream = assetIds.get(qualifiedAssetName(asset))!;
    for (const key of asset.foreignKeys) {
      const upstream = assetIds.get(qualifiedAssetName(key.references));
      if (!upstream) continue; // A table outside the schemas read.
      add({
        upstreamAssetId: upstream,
        downstreamAssetId: downstream,
        upstreamFieldId: null,
        downstreamFieldId: null,
        kind: 'foreign_key',
        label: key.name,
      });
      key.columns.forEach((column, index) => {
        const from = field(upstream, key.references.columns[index] ?? '');
        const to = field(downstream, column);
        if (from && to)
          add({
            upstreamAssetId: upstream,
            downstreamAssetId: downstream,
            upstreamFieldId: from,
            downstreamFieldId: to,
            kind: 'foreign_key',
            label: key.name,
          });
      });
    }
    const viewColumns = new Set(asset.fields.map((item) => item.name));
    for (const read of asset.reads) {
      const upstream = assetIds.get(qualifiedAssetName(read));
      if (!upstream) continue;
      add({
        upstreamAssetId: upstream,
        downstreamAssetId: downstream,
        upstreamFieldId: null,
        downstreamFieldId: null,
        kind: 'view',
        label: null,
      });
      // Column lineage where the view keeps a read column's name (select c.email, …).
      for (const column of read.columns) {
        if (!viewColumns.has(column)) continue;
        const from = field(upstream, column);
        const to = field(downstream, column);
        if (from && to)
          add({
            upstreamAssetId: upstream,
            downstreamAssetId: downstream,
            upstreamFieldId: from,
            downstreamFieldId: to,
            kind: 'view',
            label: null,
          });
      }
    }
  }
  return [...edges.values()];
}

/** Adds new ingested edges, brings back returning ones and marks vanished ones removed. Manual edges stay. */
async function reconcileLineage(
  tx: Transaction,
  sourceId: string,
  snapshot: SourceSnapshot,
  assetIds: Map<string, string>,
  fieldIds: Map<string, string>,
  now: Date,
  accountId: string | null,
): Promise<number> {
  const wanted = edgesOf(snapshot, assetIds, fieldIds);
  const existing = await tx
    .select()
    .from(lineageEdges)
    .where(
      and(
        ne(lineageEdges.kind, 'manual'),
        sql`${lineageEdges.downstreamAssetId} in (select id from data_asset where source_id = ${sourceId})`,
      ),
    );
  const existingByKey = new Map(existing.map((edge) => [edgeKey(edge as never), edge]));
  const wantedKeys = new Set(wanted.map(edgeKey));
  const fresh = wanted.filter((edge) => !existingByKey.has(edgeKey(edge)));
  for (const batch of chunks(fresh)) {
    await tx
      .insert(lineageEdges)
      .values(batch.map((edge) => ({ ...edge, createdBy: accountId, updatedBy: accountId })));
  }
  const back = existing
    .filter((edge) => edge.removedAt !== null && wantedKeys.has(edgeKey(edge as never)))
    .map((edge) => edge.id);
  const gone = existing
    .filter((edge) => edge.removedAt === null && !wantedKeys.has(edgeKey(edge as never)))
    .map((edge) => edge.id);
  if (back.length > 0) {
    await tx.update(lineageEdges).set({ removedAt: null, updatedAt: now }).where(inArray(lineageEdges.id, back));
  }
  if (gone.length > 0) {
    await tx.update(lineageEdges).set({ removedAt: now, updatedAt: now }).where(inArray(lineageEdges.id, gone));
  }
  return wanted.length;
}

const changeText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

async function recordChanges(
  tx: Transaction,
  runId: string,
  changes: readonly CatalogChange[],
  assetIds: Map<string, string>,
  accountId: string | null,
) {
  type ChangeRow = typeof catalogChanges.$inferInsert;
  const rows = changes.flatMap((change): ChangeRow[] => {
    const assetId = assetIds.get(change.asset);
    if (!assetId) return [];
    const base = { runId, assetId, kind: change.kind, createdBy: accountId, updatedBy: accountId };
    switch (change.kind) {
      case 'asset_added':
      case 'asset_removed':
      case 'asset_restored':
        return [{ ...base, fieldName: null, before: null, after: change.assetKind }];
      case 'asset_kind_changed':
      case 'asset_description_changed':
        return [{ ...base, fieldName: null, before: changeText(change.before), after: changeText(change.after) }];
      case 'field_added':
        return [{ ...base, fieldName: change.field, before: null, after: change.dataType }];
      case 'field_removed':
        return [{ ...base, fieldName: change.field, before: change.dataType, after: null }];
      default:
        return [
          { ...base, fieldName: change.field, before: changeText(change.before), after: changeText(change.after) },
        ];
    }
  });
  for (const batch of chunks(rows)) await tx.insert(catalogChanges).values(batch);
}
