import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { recordColumns } from './columns.js';
import { programs } from './program.js';
import { domains, people } from './stewardship.js';

/** A maturity assessment (process step 3) on the IBM Data Governance Council model. */
export const maturityAssessments = pgTable(
  'maturity_assessment',
  {
    ...recordColumns,
    name: text().notNull(),
    programId: uuid().references(() => programs.id, { onDelete: 'set null' }),
    scope: text(),
    periodStart: date({ mode: 'string' }),
    periodEnd: date({ mode: 'string' }),
    targetDate: date({ mode: 'string' }),
    /** Category keys asked about, in model order. */
    categories: jsonb().notNull().default([]),
    /** The program's own questions: [{ category, text, level1, level3, level5 }]. */
    customQuestions: jsonb().notNull().default([]),
    facilitatorPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    previousAssessmentId: uuid(),
    status: text().notNull().default('open'),
    closedAt: timestamp({ withTimezone: true }),
    closedBy: uuid(),
    /** Agreed levels at closing: { questionKey: { current, target, comment } }. */
    consensus: jsonb().notNull().default({}),
    /** Scores as closed: { categories, overall }. */
    scores: jsonb(),
    reportApprovedAt: timestamp({ withTimezone: true }),
    reportApprovedBy: uuid().references(() => people.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('maturity_assessment_program_idx').on(table.programId),
    check('maturity_assessment_status_check', sql`${table.status} in ('open', 'closed')`),
  ],
);

/** A person invited to answer, from the business or from IT. */
export const maturityRespondents = pgTable(
  'maturity_respondent',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    assessmentId: uuid()
      .notNull()
      .references(() => maturityAssessments.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    side: text().notNull(),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('maturity_respondent_key').on(table.assessmentId, table.personId),
    check('maturity_respondent_side_check', sql`${table.side} in ('business', 'it')`),
  ],
);

/** One respondent's answer to one question: current and target level, comment, evidence. */
export const maturityAnswers = pgTable(
  'maturity_answer',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    assessmentId: uuid()
      .notNull()
      .references(() => maturityAssessments.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    questionKey: text().notNull(),
    current: integer(),
    target: integer(),
    comment: text(),
    evidenceUrl: text(),
    evidenceLinks: jsonb().notNull().default([]),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('maturity_answer_key').on(table.assessmentId, table.personId, table.questionKey),
    check('maturity_answer_current_check', sql`${table.current} is null or ${table.current} between 1 and 5`),
    check('maturity_answer_target_check', sql`${table.target} is null or ${table.target} between 1 and 5`),
  ],
);

/** A governance metric: built-in (computed from Steward's records) or manual (entered by its owner). */
export const metrics = pgTable(
  'metric',
  {
    ...recordColumns,
    /** The built-in computation's key; null for a manual metric. */
    builtIn: text(),
    name: text().notNull(),
    description: text(),
    unit: text().notNull(),
    direction: text().notNull(),
    area: text().notNull(),
    frequency: text().notNull().default('monthly'),
    baseline: doublePrecision(),
    target: doublePrecision(),
    ownerPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    stepNumber: integer(),
    programId: uuid().references(() => programs.id, { onDelete: 'set null' }),
    /** [{ type, id }]: the open work meant to move it (EC14.4). */
    actionLinks: jsonb().notNull().default([]),
    active: boolean().notNull().default(true),
  },
  (table) => [
    uniqueIndex('metric_built_in_key').on(table.builtIn).where(sql`${table.builtIn} is not null`),
    uniqueIndex('metric_name_key').on(sql`lower(${table.name})`),
    check('metric_direction_check', sql`${table.direction} in ('higher_is_better', 'lower_is_better')`),
    check('metric_frequency_check', sql`${table.frequency} in ('daily', 'weekly', 'monthly', 'quarterly')`),
  ],
);

/** A metric's value on a day, for the whole organisation (domain null) or one domain. */
export const metricValues = pgTable(
  'metric_value',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    metricId: uuid()
      .notNull()
      .references(() => metrics.id, { onDelete: 'cascade' }),
    asOf: date({ mode: 'string' }).notNull(),
    domainId: uuid().references(() => domains.id, { onDelete: 'cascade' }),
    value: doublePrecision().notNull(),
    note: text(),
    source: text().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid(),
  },
  (table) => [
    uniqueIndex('metric_value_key').on(
      table.metricId,
      table.asOf,
      sql`coalesce(${table.domainId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('metric_value_metric_idx').on(table.metricId, table.asOf),
    check('metric_value_source_check', sql`${table.source} in ('snapshot', 'manual')`),
  ],
);

/** The scorecard as published to the sponsors (EC14.2), with who acknowledged it. */
export const scorecardPublications = pgTable(
  'scorecard_publication',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    programId: uuid().references(() => programs.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    note: text(),
    /** The scorecard as it read when published. */
    snapshot: jsonb().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    publishedBy: uuid().references(() => people.id, { onDelete: 'set null' }),
    /** [{ personId, at }] */
    acknowledgements: jsonb().notNull().default([]),
  },
  (table) => [index('scorecard_publication_program_idx').on(table.programId, table.publishedAt)],
);
