import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { tickets } from './issues.js';
import { jobs } from './jobs.js';
import { domains } from './stewardship.js';

/** A master-data domain (Customer, Product, …): its scope, hub style and participating sources. */
export const mdmDomains = pgTable(
  'mdm_domain',
  {
    ...recordColumns,
    name: text().notNull(),
    description: text(),
    hubStyle: text().notNull(),
    workflow: text().notNull().default('identify'),
    businessDriver: text(),
    /** The governance domain whose accountable data owner approves the policies. */
    domainId: uuid().references(() => domains.id, { onDelete: 'set null' }),
    attributes: jsonb().notNull().default([]),
    sources: jsonb().notNull().default([]),
    relations: jsonb().notNull().default([]),
  },
  (table) => [
    uniqueIndex('mdm_domain_name_key').on(sql`lower(${table.name})`),
    check(
      'mdm_domain_hub_style_check',
      sql`${table.hubStyle} in ('registry', 'consolidation', 'coexistence', 'centralized')`,
    ),
    check('mdm_domain_workflow_check', sql`${table.workflow} in ('identify', 'link', 'merge')`),
  ],
);

/** One version of a domain's golden-record policy; only a draft changes, one version is active. */
export const mdmPolicyVersions = pgTable(
  'mdm_policy_version',
  {
    ...recordColumns,
    mdmDomainId: uuid()
      .notNull()
      .references(() => mdmDomains.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    status: text().notNull().default('draft'),
    policy: jsonb().notNull(),
    note: text(),
    submittedAt: timestamp({ withTimezone: true }),
    submittedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid(),
    decisionComment: text(),
    activatedAt: timestamp({ withTimezone: true }),
    retiredAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('mdm_policy_version_number_key').on(table.mdmDomainId, table.number),
    uniqueIndex('mdm_policy_version_one_active_key').on(table.mdmDomainId).where(sql`${table.status} = 'active'`),
    check(
      'mdm_policy_version_status_check',
      sql`${table.status} in ('draft', 'in_review', 'approved', 'active', 'retired')`,
    ),
  ],
);

/** Sample records for simulations: an uploaded CSV, kept as parsed records. */
export const mdmSamples = pgTable(
  'mdm_sample',
  {
    ...recordColumns,
    mdmDomainId: uuid()
      .notNull()
      .references(() => mdmDomains.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    fileName: text(),
    idColumn: text(),
    truthColumn: text(),
    sourceColumn: text(),
    updatedAtColumn: text(),
    columns: jsonb().notNull().default([]),
    recordCount: integer().notNull(),
    /** The records as the engine reads them: { id, source, updatedAt, values }. */
    records: jsonb().notNull(),
    /** Per record, its ground-truth label (when the sample has a truth column). */
    truth: jsonb(),
  },
  (table) => [index('mdm_sample_domain_idx').on(table.mdmDomainId)],
);

/** A run of one policy version on one sample: its job, its counts and what it would merge. */
export const mdmSimulations = pgTable(
  'mdm_simulation',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    mdmDomainId: uuid()
      .notNull()
      .references(() => mdmDomains.id, { onDelete: 'cascade' }),
    policyVersionId: uuid()
      .notNull()
      .references(() => mdmPolicyVersions.id, { onDelete: 'cascade' }),
    sampleId: uuid()
      .notNull()
      .references(() => mdmSamples.id, { onDelete: 'cascade' }),
    jobId: uuid().references(() => jobs.id, { onDelete: 'set null' }),
    /** Link the sample's sources one to one instead of deduplicating. */
    link: boolean().notNull().default(false),
    status: text().notNull().default('queued'),
    /** The policy as it was run (a draft may change afterwards). */
    policy: jsonb().notNull(),
    summary: jsonb(),
    /** Multi-record clusters with their golden records; review pairs; scored pairs for threshold tuning. */
    clusters: jsonb(),
    review: jsonb(),
    pairs: jsonb(),
    /** How the run judged the pairs stewards have decided (regression cases), when the sample holds any. */
    labelCheck: jsonb(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index('mdm_simulation_version_idx').on(table.policyVersionId, table.createdAt),
    check('mdm_simulation_status_check', sql`${table.status} in ('queued', 'running', 'succeeded', 'failed')`),
  ],
);

/** A candidate cluster from a simulation's review band, sent to stewards as one duplicate_review ticket. */
export const mdmReviewTasks = pgTable(
  'mdm_review_task',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    mdmDomainId: uuid()
      .notNull()
      .references(() => mdmDomains.id, { onDelete: 'cascade' }),
    simulationId: uuid()
      .notNull()
      .references(() => mdmSimulations.id, { onDelete: 'cascade' }),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'set null' }),
    /** The records as the sample held them, so the review stands on its own. */
    records: jsonb().notNull(),
    /** The suspect pairs: record ids, score, why they are in review. */
    pairs: jsonb().notNull(),
    status: text().notNull().default('open'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid(),
  },
  (table) => [
    index('mdm_review_task_simulation_idx').on(table.simulationId),
    uniqueIndex('mdm_review_task_ticket_key').on(table.ticketId),
    check('mdm_review_task_status_check', sql`${table.status} in ('open', 'decided')`),
  ],
);

/**
 * A steward's decision on a pair of records (match or not): kept per MDM domain, the latest
 * decision per pair; they estimate m and are the regression cases every simulation is checked on.
 */
export const mdmPairLabels = pgTable(
  'mdm_pair_label',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    mdmDomainId: uuid()
      .notNull()
      .references(() => mdmDomains.id, { onDelete: 'cascade' }),
    /** Record ids in order (a < b). */
    recordA: text().notNull(),
    recordB: text().notNull(),
    valuesA: jsonb().notNull(),
    valuesB: jsonb().notNull(),
    match: boolean().notNull(),
    note: text(),
    reviewTaskId: uuid().references(() => mdmReviewTasks.id, { onDelete: 'set null' }),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('mdm_pair_label_pair_key').on(table.mdmDomainId, table.recordA, table.recordB)],
);
