import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { dataAssets, dataFields } from './catalog.js';
import { recordColumns } from './columns.js';
import { tickets } from './issues.js';
import { jobs } from './jobs.js';

/** A data-quality check on a table or one of its columns, run against the source. */
export const qualityRules = pgTable(
  'quality_rule',
  {
    ...recordColumns,
    name: text().notNull(),
    description: text(),
    assetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    fieldId: uuid().references(() => dataFields.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    params: jsonb().notNull(),
    dimension: text().notNull(),
    threshold: doublePrecision().notNull().default(1),
    severity: text().notNull().default('medium'),
    everyMinutes: integer(),
    enabled: boolean().notNull().default(true),
    lastRunAt: timestamp({ withTimezone: true }),
    nextRunAt: timestamp({ withTimezone: true }),
    /** Where this rule's failures go: one ticket, reopened rather than duplicated. */
    ticketId: uuid().references(() => tickets.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('quality_rule_name_per_asset_key').on(table.assetId, sql`lower(${table.name})`),
    index('quality_rule_due_idx')
      .on(table.nextRunAt)
      .where(sql`${table.enabled} and ${table.everyMinutes} is not null`),
    check(
      'quality_rule_kind_check',
      sql`${table.kind} in ('not_null', 'unique', 'accepted_values', 'range', 'regex', 'freshness', 'row_count', 'custom_sql')`,
    ),
    check(
      'quality_rule_dimension_check',
      sql`${table.dimension} in ('completeness', 'validity', 'uniqueness', 'consistency', 'timeliness', 'accuracy', 'integrity')`,
    ),
    check('quality_rule_severity_check', sql`${table.severity} in ('low', 'medium', 'high', 'critical')`),
    check('quality_rule_threshold_check', sql`${table.threshold} between 0 and 1`),
  ],
);

/** One run of a rule: what it measured, kept over time. */
export const qualityResults = pgTable(
  'quality_result',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    ruleId: uuid()
      .notNull()
      .references(() => qualityRules.id, { onDelete: 'cascade' }),
    jobId: uuid().references(() => jobs.id, { onDelete: 'set null' }),
    outcome: text().notNull(),
    checkedRows: bigint({ mode: 'number' }).notNull().default(0),
    failingRows: bigint({ mode: 'number' }).notNull().default(0),
    passRatio: doublePrecision(),
    observed: text(),
    samples: jsonb().notNull().default([]),
    error: text(),
    durationMs: integer().notNull().default(0),
    runAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid(),
  },
  (table) => [
    index('quality_result_rule_idx').on(table.ruleId, table.runAt),
    check('quality_result_outcome_check', sql`${table.outcome} in ('passed', 'failed', 'error')`),
  ],
);
