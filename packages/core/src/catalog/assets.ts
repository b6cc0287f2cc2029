import { catalogChanges, dataAssets, dataFields, ingestRuns, lineageEdges, type Queryable, rowsOf } from '@steward/db';
import { type AssetKind, idSchema, type Page, type PageRequest, pageArgsSchema, parseInput } from '@steward/domain';
import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { likePattern } from '../shared/like-pattern.js';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';

export interface DataAsset {
  id: string;
  version: number;
  sourceId: string;
  schemaName: string;
  name: string;
  qualifiedName: string;
  kind: AssetKind;
  description: string | null;
  rowEstimate: number | null;
  definition: string | null;
  domainId: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  removedAt: Date | null;
}

export interface DataField {
  id: string;
  version: number;
  assetId: string;
  name: string;
  position: number;
  dataType: string;
  nullable: boolean;
  primaryKey: boolean;
  description: string | null;
  removedAt: Date | null;
}

type AssetRow = typeof dataAssets.$inferSelect;
type FieldRow = typeof dataFields.$inferSelect;

export const toDataAsset = (row: AssetRow): DataAsset => ({
  id: row.id,
  version: row.version,
  sourceId: row.sourceId,
  schemaName: row.schemaName,
  name: row.name,
  qualifiedName: `${row.schemaName}.${row.name}`,
  kind: row.kind as AssetKind,
  description: row.description,
  rowEstimate: row.rowEstimate,
  definition: row.definition,
  domainId: row.domainId,
  firstSeenAt: row.firstSeenAt,
  lastSeenAt: row.lastSeenAt,
  removedAt: row.removedAt,
});

const toDataField = (row: FieldRow): DataField => ({
  id: row.id,
  version: row.version,
  assetId: row.assetId,
  name: row.name,
  position: row.position,
  dataType: row.dataType,
  nullable: row.nullable,
  primaryKey: row.primaryKey,
  description: row.description,
  removedAt: row.removedAt,
});

export const assetFilterSchema = z
  .object({
    sourceId: idSchema.nullish(),
    schemaName: z.string().trim().max(63).nullish(),
    search: z.string().trim().max(200).nullish(),
    includeRemoved: z.boolean().nullish(),
  })
  .nullish();
export type AssetFilter = z.input<typeof assetFilterSchema>;

const assetOrdering: Ordering = {
  keys: [
    { expression: sql`${dataAssets.schemaName}`, type: 'text' },
    { expression: sql`${dataAssets.name}`, type: 'text' },
    { expression: sql`${dataAssets.id}`, type: 'uuid' },
  ],
  direction: 'asc',
};

/** A page of assets: by source and schema, by name (substring), live ones unless asked. */
export async function listDataAssets(
  db: Queryable,
  args: PageRequest & { filter?: AssetFilter },
): Promise<Page<DataAsset>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(assetFilterSchema, args.filter) ?? {};
  const conditions: (SQL | undefined)[] = [];
  if (filter.sourceId) conditions.push(eq(dataAssets.sourceId, filter.sourceId));
  if (filter.schemaName) conditions.push(eq(dataAssets.schemaName, filter.schemaName));
  if (filter.search) {
    const pattern = likePattern(filter.search);
    conditions.push(or(ilike(dataAssets.name, pattern), ilike(dataAssets.description, pattern)));
  }
  if (!filter.includeRemoved) conditions.push(isNull(dataAssets.removedAt));
  const where = and(...conditions);
  const rows = await db
    .select({ asset: dataAssets, cursorKeys: cursorKeysSql(assetOrdering) })
    .from(dataAssets)
    .where(and(where, afterCursorSql(assetOrdering, after)))
    .orderBy(...orderBySql(assetOrdering))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(dataAssets)
    .where(where);
  return toPage(
    rows.map((row) => ({ node: toDataAsset(row.asset), cursorKeys: row.cursorKeys })),
    first,
    count,
  );
}

export async function getDataAssets(db: Queryable, ids: readonly string[]): Promise<(DataAsset | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(dataAssets).where(inArray(dataAssets.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toDataAsset(row)]));
  return ids.map((id) => byId.get(id));
}

/** Schemas of a source with their live asset counts: the second level of the asset browser. */
export async function schemasOfSources(
  db: Queryable,
  sourceIds: readonly string[],
): Promise<{ name: string; assetCount: number }[][]> {
  if (sourceIds.length === 0) return [];
  const rows = await db
    .select({ sourceId: dataAssets.sourceId, name: dataAssets.schemaName, assetCount: sql<number>`count(*)::int` })
    .from(dataAssets)
    .where(and(inArray(dataAssets.sourceId, [...sourceIds]), isNull(dataAssets.removedAt)))
    .groupBy(dataAssets.sourceId, dataAssets.schemaName)
    .orderBy(dataAssets.schemaName);
  return sourceIds.map((id) =>
    rows.filter((row) => row.sourceId === id).map(({ name, assetCount }) => ({ name, assetCount })),
  );
}

/** Columns of many assets at once (a DataLoader's batch), in table order, live ones first. */
export async function fieldsOfAssets(db: Queryable, assetIds: readonly string[]): Promise<DataField[][]> {
  if (assetIds.length === 0) return [];
  const rows = await db
    .select()
    .from(dataFields)
    .where(inArray(dataFields.assetId, [...assetIds]))
    .orderBy(sql`${dataFields.removedAt} is not null`, asc(dataFields.position));
  const byAsset = new Map<string, DataField[]>();
  for (const row of rows) {
    const list = byAsset.get(row.assetId) ?? [];
    list.push(toDataField(row));
    byAsset.set(row.assetId, list);
  }
  return assetIds.map((id) => byAsset.get(id) ?? []);
}

export async function getDataFields(db: Queryable, ids: readonly string[]): Promise<(DataField | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(dataFields).where(inArray(dataFields.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toDataField(row)]));
  return ids.map((id) => byId.get(id));
}

export interface LineageEdge {
  id: string;
  upstreamAssetId: string;
  downstreamAssetId: string;
  upstreamFieldId: string | null;
  downstreamFieldId: string | null;
  kind: 'foreign_key' | 'view' | 'manual';
  label: string | null;
}

export interface LineageGraph {
  /** Asset ids in the graph, the centre first. */
  assetIds: string[];
  edges: LineageEdge[];
}

export const MAX_LINEAGE_HOPS = 5;

export const lineageArgsSchema = z.object({
  assetId: idSchema,
  upstream: z
    .number()
    .int()
    .min(0)
    .max(MAX_LINEAGE_HOPS, { error: `must be at most ${MAX_LINEAGE_HOPS}` })
    .nullish()
    .transform((value) => value ?? 2),
  downstream: z
    .number()
    .int()
    .min(0)
    .max(MAX_LINEAGE_HOPS, { error: `must be at most ${MAX_LINEAGE_HOPS}` })
    .nullish()
    .transform((value) => value ?? 2),
});

/**
 * The lineage around an asset, N hops each way, in one recursive query per direction over
 * live asset-level edges; column edges between the assets found come with them.
 */
export async function lineageOf(db: Queryable, rawArgs: z.input<typeof lineageArgsSchema>): Promise<LineageGraph> {
  const args = parseInput(lineageArgsSchema, rawArgs);
  const walk = async (direction: 'up' | 'down', hops: number): Promise<string[]> => {
    if (hops === 0) return [];
    const [from, to] =
      direction === 'up' ? ['downstream_asset_id', 'upstream_asset_id'] : ['upstream_asset_id', 'downstream_asset_id'];
    const result = await db.execute(sql`
      with recursive reach(id, depth) as (
        select ${args.assetId}::uuid, 0
        union
        select e.${sql.raw(to)}, r.depth + 1
        from reach r join lineage_edge e on e.${sql.raw(from)} = r.id
        where r.depth < ${hops} and e.removed_at is null and e.upstream_field_id is null
      )
      select distinct id from reach where id <> ${args.assetId}::uuid limit 200`);
    return rowsOf<{ id: string }>(result).map((row) => row.id);
  };
  const upstream = await walk('up', args.upstream);
  const downstream = await walk('down', args.downstream);
  const assetIds = [...new Set([args.assetId, ...upstream, ...downstream])];
  const edges = await db
    .select()
    .from(lineageEdges)
    .where(
      and(
        isNull(lineageEdges.removedAt),
        inArray(lineageEdges.upstreamAssetId, assetIds),
        inArray(lineageEdges.downstreamAssetId, assetIds),
      ),
    )
    .limit(2000);
  return {
    assetIds,
    edges: edges.map((edge) => ({
      id: edge.id,
      upstreamAssetId: edge.upstreamAssetId,
      downstreamAssetId: edge.downstreamAssetId,
      upstreamFieldId: edge.upstreamFieldId,
      downstreamFieldId: edge.downstreamFieldId,
      kind: edge.kind as LineageEdge['kind'],
      label: edge.label,
    })),
  };
}

export interface IngestRun {
  id: string;
  sourceId: string;
  jobId: string | null;
  summary: string;
  counts: Record<string, number>;
  assetCount: number;
  fieldCount: number;
  edgeCount: number;
  createdAt: Date;
  createdBy: string | null;
}

export async function ingestRunsOf(db: Queryable, sourceId: string, limit = 20): Promise<IngestRun[]> {
  const rows = await db
    .select()
    .from(ingestRuns)
    .where(eq(ingestRuns.sourceId, sourceId))
    .orderBy(desc(ingestRuns.createdAt))
    .limit(Math.min(limit, 100));
  return rows.map((row) => ({
    id: row.id,
    sourceId: row.sourceId,
    jobId: row.jobId,
    summary: row.summary,
    counts: row.counts as Record<string, number>,
    assetCount: row.assetCount,
    fieldCount: row.fieldCount,
    edgeCount: row.edgeCount,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  }));
}

export interface CatalogChangeEntry {
  id: string;
  runId: string;
  kind: string;
  fieldName: string | null;
  before: string | null;
  after: string | null;
  createdAt: Date;
}

/** What ingests changed on an asset, newest first. */
export async function historyOfAsset(db: Queryable, assetId: string, limit = 50): Promise<CatalogChangeEntry[]> {
  return db
    .select({
      id: catalogChanges.id,
      runId: catalogChanges.runId,
      kind: catalogChanges.kind,
      fieldName: catalogChanges.fieldName,
      before: catalogChanges.before,
      after: catalogChanges.after,
      createdAt: catalogChanges.createdAt,
    })
    .from(catalogChanges)
    .where(eq(catalogChanges.assetId, assetId))
    .orderBy(desc(catalogChanges.createdAt), asc(catalogChanges.fieldName))
    .limit(Math.min(limit, 200));
}

export interface IngestRunChange extends CatalogChangeEntry {
  assetId: string;
  /** `schema.table` of the asset changed. */
  assetName: string;
}

/** The changes one ingest made, line by line (its log), by table then column. */
export async function changesOfIngestRun(db: Queryable, runId: string, limit = 500): Promise<IngestRunChange[]> {
  if (!idSchema.safeParse(runId).success) return [];
  return db
    .select({
      id: catalogChanges.id,
      runId: catalogChanges.runId,
      kind: catalogChanges.kind,
      fieldName: catalogChanges.fieldName,
      before: catalogChanges.before,
      after: catalogChanges.after,
      createdAt: catalogChanges.createdAt,
      assetId: catalogChanges.assetId,
      assetName: sql<string>`${dataAssets.schemaName} || '.' || ${dataAssets.name}`,
    })
    .from(catalogChanges)
    .innerJoin(dataAssets, eq(dataAssets.id, catalogChanges.assetId))
    .where(eq(catalogChanges.runId, runId))
    .orderBy(asc(dataAssets.schemaName), asc(dataAssets.name), asc(catalogChanges.fieldName))
    .limit(Math.max(1, Math.min(limit, 2000)));
}
