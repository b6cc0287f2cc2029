import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { glossaryTerms } from './glossary.js';
import { jobs } from './jobs.js';
import { domains } from './stewardship.js';

/** A system Steward reads a catalogue from. The password is never kept in the clear. */
export const dataSources = pgTable(
  'data_source',
  {
    ...recordColumns,
    name: text().notNull(),
    kind: text().notNull(),
    description: text(),
    domainId: uuid().references(() => domains.id, { onDelete: 'set null' }),
    /** Host, port, database, user, SSL mode, schemas, password environment variable: no secret. */
    connection: jsonb().notNull(),
    /** The password sealed with the server's key (AES-256-GCM), or null. */
    sealedPassword: text(),
    serverVersion: text(),
    /** Set for a source Steward itself runs (the demo's operational database): its address may move. */
    managedBy: text(),
    lastIngestAt: timestamp({ withTimezone: true }),
    lastIngestJobId: uuid().references(() => jobs.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('data_source_name_key').on(sql`lower(${table.name})`),
    check('data_source_kind_check', sql`${table.kind} in ('postgresql')`),
  ],
);

/** A table, view or other data set of a source. Kept when it disappears (removed_at), with its history. */
export const dataAssets = pgTable(
  'data_asset',
  {
    ...recordColumns,
    sourceId: uuid()
      .notNull()
      .references(() => dataSources.id, { onDelete: 'cascade' }),
    schemaName: text().notNull(),
    name: text().notNull(),
    kind: text().notNull(),
    description: text(),
    rowEstimate: bigint({ mode: 'number' }),
    definition: text(),
    domainId: uuid().references(() => domains.id, { onDelete: 'set null' }),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('data_asset_name_key').on(table.sourceId, table.schemaName, table.name),
    index('data_asset_domain_idx').on(table.domainId),
    check(
      'data_asset_kind_check',
      sql`${table.kind} in ('table', 'view', 'materialized_view', 'foreign_table', 'partitioned_table')`,
    ),
  ],
);

/** A column of an asset. */
export const dataFields = pgTable(
  'data_field',
  {
    ...recordColumns,
    assetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull(),
    dataType: text().notNull(),
    nullable: boolean().notNull(),
    primaryKey: boolean().notNull().default(false),
    description: text(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (table) => [uniqueIndex('data_field_name_key').on(table.assetId, table.name)],
);

/**
 * Data flowing from one asset (or column) to another: read from foreign keys and view
 * definitions by ingest, or drawn by hand. Ingested edges disappear with what made them.
 */
export const lineageEdges = pgTable(
  'lineage_edge',
  {
    ...recordColumns,
    upstreamAssetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    downstreamAssetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    upstreamFieldId: uuid().references(() => dataFields.id, { onDelete: 'cascade' }),
    downstreamFieldId: uuid().references(() => dataFields.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    /** The foreign key's name, or a note on a manual edge. */
    label: text(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('lineage_edge_key').on(
      table.upstreamAssetId,
      table.downstreamAssetId,
      sql`coalesce(${table.upstreamFieldId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`coalesce(${table.downstreamFieldId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      table.kind,
    ),
    index('lineage_edge_downstream_idx').on(table.downstreamAssetId),
    check('lineage_edge_kind_check', sql`${table.kind} in ('foreign_key', 'view', 'manual')`),
  ],
);

/** One ingest of a source: when, what it found, what changed. */
export const ingestRuns = pgTable(
  'ingest_run',
  {
    ...recordColumns,
    sourceId: uuid()
      .notNull()
      .references(() => dataSources.id, { onDelete: 'cascade' }),
    jobId: uuid().references(() => jobs.id, { onDelete: 'set null' }),
    summary: text().notNull(),
    /** Changes by kind (asset_added: 3, field_type_changed: 1 …). */
    counts: jsonb().notNull(),
    assetCount: integer().notNull(),
    fieldCount: integer().notNull(),
    edgeCount: integer().notNull(),
  },
  (table) => [index('ingest_run_source_idx').on(table.sourceId, table.createdAt)],
);

/** What an ingest changed, one row per change: an asset's history. */
export const catalogChanges = pgTable(
  'catalog_change',
  {
    ...recordColumns,
    runId: uuid()
      .notNull()
      .references(() => ingestRuns.id, { onDelete: 'cascade' }),
    assetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    fieldName: text(),
    before: text(),
    after: text(),
  },
  (table) => [
    index('catalog_change_asset_idx').on(table.assetId, table.createdAt),
    index('catalog_change_run_idx').on(table.runId),
  ],
);

/** One profiling of an asset: how many rows, and whether a sample stood for them. */
export const assetProfiles = pgTable(
  'asset_profile',
  {
    ...recordColumns,
    assetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    jobId: uuid().references(() => jobs.id, { onDelete: 'set null' }),
    rowCount: bigint({ mode: 'number' }).notNull(),
    /** Rows the figures were computed on: all of them, or a TABLESAMPLE. */
    profiledRows: bigint({ mode: 'number' }).notNull(),
    sampled: boolean().notNull(),
    samplePercent: real(),
  },
  (table) => [index('asset_profile_asset_idx').on(table.assetId, table.createdAt)],
);

/** A column's figures in one profiling. */
export const fieldProfiles = pgTable(
  'field_profile',
  {
    ...recordColumns,
    assetProfileId: uuid()
      .notNull()
      .references(() => assetProfiles.id, { onDelete: 'cascade' }),
    fieldId: uuid()
      .notNull()
      .references(() => dataFields.id, { onDelete: 'cascade' }),
    nullCount: bigint({ mode: 'number' }).notNull(),
    distinctCount: bigint({ mode: 'number' }).notNull(),
    minValue: text(),
    maxValue: text(),
    minLength: integer(),
    maxLength: integer(),
    avgLength: real(),
    /** The most frequent values with their counts: [{ value, count }]. */
    topValues: jsonb().notNull(),
    /** The most frequent value shapes (AA-9999) with their counts. */
    patterns: jsonb().notNull(),
  },
  (table) => [
    index('field_profile_field_idx').on(table.fieldId, table.createdAt),
    index('field_profile_asset_profile_idx').on(table.assetProfileId),
  ],
);

/** A personal-data class on a column: suggested by a rule (with its reason), then confirmed or rejected. */
export const fieldClassifications = pgTable(
  'field_classification',
  {
    ...recordColumns,
    fieldId: uuid()
      .notNull()
      .references(() => dataFields.id, { onDelete: 'cascade' }),
    piiClass: text().notNull(),
    /** How the column is masked outside production (a privacy control may require it). */
    maskingNote: text(),
    status: text().notNull(),
    basis: text().notNull(),
    confidence: real().notNull(),
    reason: text().notNull(),
    decidedBy: uuid(),
    decidedByLabel: text(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('field_classification_key').on(table.fieldId, table.piiClass),
    index('field_classification_status_idx').on(table.status),
    check('field_classification_status_check', sql`${table.status} in ('suggested', 'confirmed', 'rejected')`),
    check('field_classification_basis_check', sql`${table.basis} in ('name', 'values', 'manual')`),
    check(
      'field_classification_class_check',
      sql`${table.piiClass} in ('email', 'phone', 'national_id', 'person_name', 'address', 'date_of_birth', 'payment_card')`,
    ),
  ],
);

/** A glossary term's meaning given to a column (or a whole asset): suggested by name, confirmed by a steward. */
export const termLinks = pgTable(
  'term_link',
  {
    ...recordColumns,
    termId: uuid()
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    assetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    fieldId: uuid().references(() => dataFields.id, { onDelete: 'cascade' }),
    status: text().notNull(),
    score: real().notNull(),
    reason: text().notNull(),
    decidedBy: uuid(),
    decidedByLabel: text(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('term_link_key').on(
      table.termId,
      table.assetId,
      sql`coalesce(${table.fieldId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('term_link_field_idx').on(table.fieldId),
    index('term_link_asset_idx').on(table.assetId),
    index('term_link_status_idx').on(table.status),
    check('term_link_status_check', sql`${table.status} in ('suggested', 'confirmed', 'rejected')`),
  ],
);
