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
