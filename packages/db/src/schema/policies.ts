import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { dataAssets } from './catalog.js';
import { recordColumns } from './columns.js';
import { tickets } from './issues.js';
import { people } from './stewardship.js';

/** A governance policy: title, kind, owner and approver; its content lives in versions. */
export const governancePolicies = pgTable(
  'governance_policy',
  {
    ...recordColumns,
    /** `GP-1` … */
    key: text().notNull(),
    title: text().notNull(),
    kind: text().notNull(),
    ownerPersonId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    approverPersonId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
  },
  (table) => [
    uniqueIndex('governance_policy_key').on(table.key),
    uniqueIndex('governance_policy_title_key').on(sql`lower(${table.title})`),
    check(
      'governance_policy_kind_check',
      sql`${table.kind} in ('security_and_privacy', 'information_lifecycle', 'data_quality', 'access', 'other')`,
    ),
  ],
);

/** One version of a policy's content (statement, driver, scope) on its way to approval. */
export const governancePolicyVersions = pgTable(
  'governance_policy_version',
  {
    ...recordColumns,
    policyId: uuid()
      .notNull()
      .references(() => governancePolicies.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    status: text().notNull().default('draft'),
    /** { statement, driver, scope: { domainIds, classifications, assetIds } } */
    content: jsonb().notNull(),
    changeNote: text(),
    submittedBy: uuid(),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionComment: text(),
  },
  (table) => [
    uniqueIndex('governance_policy_version_number_key').on(table.policyId, table.number),
    uniqueIndex('governance_policy_version_open_key')
      .on(table.policyId)
      .where(sql`${table.status} in ('draft', 'in_review')`),
    uniqueIndex('governance_policy_version_approved_key').on(table.policyId).where(sql`${table.status} = 'approved'`),
    check(
      'governance_policy_version_status_check',
      sql`${table.status} in ('draft', 'in_review', 'approved', 'retired')`,
    ),
  ],
);

/** A control that puts a policy into effect, checked by rules, a requirement, a schedule or people. */
export const policyControls = pgTable(
  'policy_control',
  {
    ...recordColumns,
    policyId: uuid()
      .notNull()
      .references(() => governancePolicies.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text(),
    ownerPersonId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    frequency: text().notNull().default('monthly'),
    kind: text().notNull(),
    params: jsonb().notNull(),
    active: boolean().notNull().default(true),
    /** The policy_exception issue opened while the control fails. */
    ticketId: uuid().references(() => tickets.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('policy_control_policy_idx').on(table.policyId),
    check(
      'policy_control_kind_check',
      sql`${table.kind} in ('quality_rule', 'classification_requirement', 'retention', 'access_review', 'attestation')`,
    ),
  ],
);

/** A control's evaluation: pass, fail or not evaluated, with its evidence; the history is compliance over time. */
export const controlEvaluations = pgTable(
  'control_evaluation',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    controlId: uuid()
      .notNull()
      .references(() => policyControls.id, { onDelete: 'cascade' }),
    state: text().notNull(),
    summary: text().notNull(),
    evidence: jsonb().notNull().default([]),
    evaluatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    index('control_evaluation_control_idx').on(table.controlId, table.evaluatedAt),
    check('control_evaluation_state_check', sql`${table.state} in ('pass', 'fail', 'not_evaluated')`),
  ],
);

/** A person attests a control (an access review done, a manual check), with evidence. */
export const controlAttestations = pgTable(
  'control_attestation',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    controlId: uuid()
      .notNull()
      .references(() => policyControls.id, { onDelete: 'cascade' }),
    personId: uuid().references(() => people.id, { onDelete: 'set null' }),
    outcome: text().notNull(),
    statement: text().notNull(),
    evidenceUrl: text(),
    attestedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    index('control_attestation_control_idx').on(table.controlId, table.attestedAt),
    check('control_attestation_outcome_check', sql`${table.outcome} in ('pass', 'fail')`),
  ],
);

/** An approved exception to a control, until it expires. */
export const policyExceptions = pgTable(
  'policy_exception',
  {
    ...recordColumns,
    controlId: uuid()
      .notNull()
      .references(() => policyControls.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    approvedBy: uuid().references(() => people.id, { onDelete: 'set null' }),
    expiresOn: date({ mode: 'string' }).notNull(),
  },
  (table) => [index('policy_exception_control_idx').on(table.controlId)],
);

/**
 * A legal hold on a table: while it stands (not released) the table's rows must be kept whatever
 * its retention schedule says, and no disposal of it may be pending (EC13.2).
 */
export const legalHolds = pgTable(
  'legal_hold',
  {
    ...recordColumns,
    assetId: uuid()
      .notNull()
      .references(() => dataAssets.id, { onDelete: 'cascade' }),
    /** The matter the hold serves: a case, an audit, an investigation. */
    matter: text().notNull(),
    reason: text(),
    placedBy: uuid().references(() => people.id, { onDelete: 'set null' }),
    releasedAt: timestamp({ withTimezone: true }),
    releasedBy: uuid().references(() => people.id, { onDelete: 'set null' }),
    releaseNote: text(),
  },
  (table) => [
    index('legal_hold_asset_idx').on(table.assetId),
    uniqueIndex('legal_hold_open_key')
      .on(table.assetId, sql`lower(${table.matter})`)
      .where(sql`${table.releasedAt} is null`),
  ],
);
