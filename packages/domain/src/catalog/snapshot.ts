/**
 * What an ingest reads from a source (a snapshot of its catalogue) and what changed since the
 * last one. Pure: the connector fills the snapshot, core stores it, this compares.
 */

export const assetKinds = ['table', 'view', 'materialized_view', 'foreign_table', 'partitioned_table'] as const;
export type AssetKind = (typeof assetKinds)[number];

export interface SnapshotField {
  name: string;
  /** 1-based position in the table. */
  position: number;
  /** The type as PostgreSQL prints it (`character varying(200)`, `numeric(10,2)`). */
  dataType: string;
  nullable: boolean;
  primaryKey: boolean;
  description: string | null;
}

export interface SnapshotForeignKey {
  name: string;
  columns: string[];
  references: { schema: string; name: string; columns: string[] };
}

export interface SnapshotAsset {
  schema: string;
  name: string;
  kind: AssetKind;
  description: string | null;
  /** The planner's estimate (`pg_class.reltuples`); null when never analysed. */
  rowEstimate: number | null;
  /** A view's SQL. */
  definition: string | null;
  fields: SnapshotField[];
  foreignKeys: SnapshotForeignKey[];
  /** For a view: the tables and views it reads, with the columns it reads from each. */
  reads: { schema: string; name: string; columns: string[] }[];
}

export interface SourceSnapshot {
  /** The server's version string, for the source page. */
  serverVersion: string;
  assets: SnapshotAsset[];
}

/** The catalogue as stored before an ingest: live and removed assets, with their fields. */
export interface StoredAsset {
  schema: string;
  name: string;
  kind: AssetKind;
  description: string | null;
  removed: boolean;
  fields: { name: string; dataType: string; nullable: boolean; description: string | null; removed: boolean }[];
}

export type CatalogChange =
  | { kind: 'asset_added'; asset: string; assetKind: AssetKind }
  | { kind: 'asset_removed'; asset: string; assetKind: AssetKind }
  | { kind: 'asset_restored'; asset: string; assetKind: AssetKind }
  | { kind: 'asset_kind_changed'; asset: string; before: AssetKind; after: AssetKind }
  | { kind: 'asset_description_changed'; asset: string; before: string | null; after: string | null }
  | { kind: 'field_added'; asset: string; field: string; dataType: string }
  | { kind: 'field_removed'; asset: string; field: string; dataType: string }
  | { kind: 'field_type_changed'; asset: string; field: string; before: string; after: string }
  | { kind: 'field_nullability_changed'; asset: string; field: string; before: boolean; after: boolean }
  | { kind: 'field_description_changed'; asset: string; field: string; before: string | null; after: string | null };

export const qualifiedAssetName = (asset: { schema: string; name: string }) => `${asset.schema}.${asset.name}`;

/**
 * The changes from the stored catalogue to a new snapshot. A field of a new asset is not
 * reported on its own (the asset is); a removed asset's fields go with it.
 */
export function diffCatalog(stored: readonly StoredAsset[], snapshot: SourceSnapshot): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const before = new Map(stored.map((asset) => [qualifiedAssetName(asset), asset]));
  const seen = new Set<string>();
  for (const asset of snapshot.assets) {
    const key = qualifiedAssetName(asset);
    seen.add(key);
    const previous = before.get(key);
    if (!previous) {
      changes.push({ kind: 'asset_added', asset: key, assetKind: asset.kind });
      continue;
    }
    if (previous.removed) changes.push({ kind: 'asset_restored', asset: key, assetKind: asset.kind });
    if (previous.kind !== asset.kind) {
      changes.push({ kind: 'asset_kind_changed', asset: key, before: previous.kind, after: asset.kind });
    }
    if ((previous.description ?? null) !== (asset.description ?? null)) {
      changes.push({
        kind: 'asset_description_changed',
        asset: key,
        before: previous.description,
        after: asset.description,
      });
    }
    // A returning asset is reported once, like a new one, not column by column.
    if (previous.removed) continue;
    const fieldsBefore = new Map(previous.fields.map((field) => [field.name, field]));
    const fieldsNow = new Set<string>();
    for (const field of asset.fields) {
      fieldsNow.add(field.name);
      const old = fieldsBefore.get(field.name);
      if (!old || old.removed) {
        changes.push({ kind: 'field_added', asset: key, field: field.name, dataType: field.dataType });
        continue;
      }
      if (old.dataType !== field.dataType) {
        changes.push({
          kind: 'field_type_changed',
          asset: key,
          field: field.name,
          before: old.dataType,
          after: field.dataType,
        });
      }
      if (old.nullable !== field.nullable) {
        changes.push({
          kind: 'field_nullability_changed',
          asset: key,
          field: field.name,
          before: old.nullable,
          after: field.nullable,
        });
      }
      if ((old.description ?? null) !== (field.description ?? null)) {
        changes.push({
          kind: 'field_description_changed',
          asset: key,
          field: field.name,
          before: old.description,
          after: field.description,
        });
      }
    }
    for (const old of previous.fields) {
      if (!old.removed && !fieldsNow.has(old.name)) {
        changes.push({ kind: 'field_removed', asset: key, field: old.name, dataType: old.dataType });
      }
    }
  }
  for (const previous of stored) {
    const key = qualifiedAssetName(previous);
    if (!previous.removed && !seen.has(key)) {
      changes.push({ kind: 'asset_removed', asset: key, assetKind: previous.kind });
    }
  }
  return changes;
}

export type ChangeCounts = Record<CatalogChange['kind'], number>;

export function countChanges(changes: readonly CatalogChange[]): ChangeCounts {
  const counts = {
    asset_added: 0,
    asset_removed: 0,
    asset_restored: 0,
    asset_kind_changed: 0,
    asset_description_changed: 0,
    field_added: 0,
    field_removed: 0,
    field_type_changed: 0,
    field_nullability_changed: 0,
    field_description_changed: 0,
  } satisfies ChangeCounts;
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

const assetKindNouns: Record<AssetKind, [string, string]> = {
  table: ['table', 'tables'],
  view: ['view', 'views'],
  materialized_view: ['materialized view', 'materialized views'],
  foreign_table: ['foreign table', 'foreign tables'],
  partitioned_table: ['partitioned table', 'partitioned tables'],
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * One line a person reads after an ingest: "3 tables added, 1 column type changed". English:
 * it is stored with the run and written to the job log; the app renders the counts itself.
 */
export function summarizeChanges(changes: readonly CatalogChange[]): string {
  if (changes.length === 0) return 'No changes';
  const counts = countChanges(changes);
  const parts: string[] = [];
  const say = (count: number, one: string, many: string, verb: string) => {
    if (count > 0) parts.push(`${plural(count, one, many)} ${verb}`);
  };
  for (const kind of ['asset_added', 'asset_removed', 'asset_restored'] as const) {
    const verb = { asset_added: 'added', asset_removed: 'removed', asset_restored: 'back' }[kind];
    for (const assetKind of assetKinds) {
      const count = changes.filter((change) => change.kind === kind && change.assetKind === assetKind).length;
      const [one, many] = assetKindNouns[assetKind];
      say(count, one, many, verb);
    }
  }
  say(counts.asset_kind_changed, 'kind', 'kinds', 'changed');
  say(counts.asset_description_changed, 'table comment', 'table comments', 'changed');
  say(counts.field_added, 'column', 'columns', 'added');
  say(counts.field_removed, 'column', 'columns', 'removed');
  say(counts.field_type_changed, 'column type', 'column types', 'changed');
  say(counts.field_nullability_changed, 'column nullability', 'column nullabilities', 'changed');
  say(counts.field_description_changed, 'column comment', 'column comments', 'changed');
  return parts.join(', ');
}
