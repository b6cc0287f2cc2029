import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { people } from './stewardship.js';

/**
 * A governance program (reference/governance-process.md §1): the business problem it serves and
 * its impact figures, its scope, its lead, the optional tracks chosen, how it reports to its
 * sponsors. Several may run at once; a new iteration points at the one before.
 */
export const programs = pgTable(
  'program',
  {
    ...recordColumns,
    name: text().notNull(),
    businessProblem: text(),
    /** { domainIds, orgUnitIds, itOrgUnitIds, sourceIds, outOfScope } */
    scope: jsonb().notNull().default({}),
    /** [{ label, unit, baseline, asOf, target }] */
    impactFigures: jsonb().notNull().default([]),
    /** [{ kind: process | regulation, name }] */
    processes: jsonb().notNull().default([]),
    /** Optional tracks chosen (10–13). */
    tracks: jsonb().notNull().default([]),
    leadPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    startDate: date({ mode: 'string' }),
    reportingCadence: text(),
    nextSponsorReviewOn: date({ mode: 'string' }),
    iteration: integer().notNull().default(1),
    previousProgramId: uuid(),
    status: text().notNull().default('active'),
    /** The roadmap's approval by an executive sponsor (EC4.4). */
    roadmapApprovedAt: timestamp({ withTimezone: true }),
    roadmapApprovedBy: uuid().references(() => people.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('program_name_key').on(sql`lower(${table.name})`),
    check('program_status_check', sql`${table.status} in ('active', 'closed')`),
    check(
      'program_cadence_check',
      sql`${table.reportingCadence} is null or ${table.reportingCadence} in ('monthly', 'quarterly', 'semiannual', 'annual')`,
    ),
  ],
);

/** A review of the problem statement by one person (EC1.4 wants business and IT reviewers). */
export const programReviews = pgTable(
  'program_review',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    note: text(),
    reviewedAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid(),
  },
  (table) => [index('program_review_program_idx').on(table.programId)],
);

/** One step of one program: its status, owner, due date, checklist ticks and gate override. */
export const programSteps = pgTable(
  'program_step',
  {
    ...recordColumns,
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    status: text().notNull().default('not_started'),
    ownerPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    dueOn: date({ mode: 'string' }),
    notes: text(),
    /** Catalogue checklist keys ticked: { key: { by, at } }. */
    ticked: jsonb().notNull().default({}),
    /** The program's own checklist items: [{ key, text, done }]. */
    customChecklist: jsonb().notNull().default([]),
    /** Criterion thresholds set for this program: { ECn.m: value }. */
    thresholds: jsonb().notNull().default({}),
    doneAt: timestamp({ withTimezone: true }),
    donePersonId: uuid(),
    /** Marked done with criteria still failing: why (the audit log keeps who). */
    overrideReason: text(),
  },
  (table) => [
    uniqueIndex('program_step_number_key').on(table.programId, table.number),
    check('program_step_number_check', sql`${table.number} between 1 and 14`),
    check('program_step_status_check', sql`${table.status} in ('not_started', 'in_progress', 'done')`),
  ],
);

/** An initiative of a program's roadmap (step 4): who, when, which step it serves, what it waits on. */
export const roadmapItems = pgTable(
  'roadmap_item',
  {
    ...recordColumns,
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text(),
    ownerPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    /** The step or track it serves (1–14). */
    stepNumber: integer(),
    status: text().notNull().default('planned'),
    /** Items of the same program that must finish first. */
    dependsOn: jsonb().notNull().default([]),
    /** Maturity categories it raises (EC4.1: every category with a gap has one). */
    categories: jsonb().notNull().default([]),
  },
  (table) => [
    index('roadmap_item_program_idx').on(table.programId),
    check('roadmap_item_status_check', sql`${table.status} in ('planned', 'in_progress', 'done', 'cancelled')`),
    check('roadmap_item_step_check', sql`${table.stepNumber} is null or ${table.stepNumber} between 1 and 14`),
    check(
      'roadmap_item_dates_check',
      sql`${table.startsOn} is null or ${table.endsOn} is null or ${table.startsOn} <= ${table.endsOn}`,
    ),
  ],
);

/** A document written in Steward for a step's deliverable (the charter, a business case). */
export const programDocuments = pgTable(
  'program_document',
  {
    ...recordColumns,
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    stepNumber: integer().notNull(),
    /** The catalogue deliverable it provides (`D5.1`); null for a document of the program's own. */
    deliverableKey: text(),
    title: text().notNull(),
  },
  (table) => [
    index('program_document_program_idx').on(table.programId, table.stepNumber),
    check('program_document_step_check', sql`${table.stepNumber} between 1 and 14`),
  ],
);

/** One version of a document: markdown, with its way through review to approval. */
export const programDocumentVersions = pgTable(
  'program_document_version',
  {
    ...recordColumns,
    documentId: uuid()
      .notNull()
      .references(() => programDocuments.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    status: text().notNull().default('draft'),
    changeNote: text(),
    authorPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    submittedAt: timestamp({ withTimezone: true }),
    submittedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid(),
    decisionComment: text(),
  },
  (table) => [
    uniqueIndex('program_document_version_number_key').on(table.documentId, table.number),
    // One version in the works (draft or in review) per document.
    uniqueIndex('program_document_version_open_key')
      .on(table.documentId)
      .where(sql`${table.status} in ('draft', 'in_review')`),
    check(
      'program_document_version_status_check',
      sql`${table.status} in ('draft', 'in_review', 'approved', 'superseded')`,
    ),
  ],
);

/** A step's deliverable provided by a record that exists elsewhere (a council, the roadmap, a policy). */
export const deliverableLinks = pgTable(
  'program_deliverable_link',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    stepNumber: integer().notNull(),
    deliverableKey: text(),
    targetType: text().notNull(),
    targetId: uuid().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
  },
  (table) => [
    index('program_deliverable_link_program_idx').on(table.programId, table.stepNumber),
    uniqueIndex('program_deliverable_link_key').on(
      table.programId,
      table.stepNumber,
      sql`coalesce(${table.deliverableKey}, '')`,
      table.targetType,
      table.targetId,
    ),
  ],
);

/** A comment on a program's step: questions, decisions in passing, hand-overs. */
export const stepComments = pgTable(
  'program_step_comment',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    stepNumber: integer().notNull(),
    authorPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
  },
  (table) => [index('program_step_comment_step_idx').on(table.programId, table.stepNumber, table.createdAt)],
);
