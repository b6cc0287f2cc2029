import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';

export const orgUnits = pgTable(
  'org_unit',
  {
    ...recordColumns,
    name: text().notNull(),
    kind: text().notNull(),
    description: text(),
    parentId: uuid().references((): AnyPgColumn => orgUnits.id, { onDelete: 'restrict' }),
  },
  (table) => [
    uniqueIndex('org_unit_name_per_parent_key').on(
      sql`coalesce(${table.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(${table.name})`,
    ),
    index('org_unit_parent_idx').on(table.parentId),
    check('org_unit_kind_check', sql`${table.kind} in ('group', 'division', 'department', 'team')`),
    check('org_unit_not_own_parent', sql`${table.parentId} is distinct from ${table.id}`),
  ],
);

export const people = pgTable(
  'person',
  {
    ...recordColumns,
    name: text().notNull(),
    email: text().notNull(),
    title: text(),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'set null' }),
    active: boolean().notNull().default(true),
  },
  (table) => [
    uniqueIndex('person_email_key').on(sql`lower(${table.email})`),
    index('person_org_unit_idx').on(table.orgUnitId),
    index('person_name_trgm_idx').using('gin', sql`${table.name} gin_trgm_ops`),
    index('person_name_sort_idx').on(sql`lower(${table.name})`, table.id),
  ],
);

export const domains = pgTable(
  'domain',
  {
    ...recordColumns,
    name: text().notNull(),
    description: text(),
    parentId: uuid().references((): AnyPgColumn => domains.id, { onDelete: 'restrict' }),
  },
  (table) => [
    uniqueIndex('domain_name_per_parent_key').on(
      sql`coalesce(${table.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(${table.name})`,
    ),
    index('domain_parent_idx').on(table.parentId),
    check('domain_not_own_parent', sql`${table.parentId} is distinct from ${table.id}`),
  ],
);

export const councils = pgTable(
  'council',
  {
    ...recordColumns,
    name: text().notNull(),
    kind: text().notNull(),
    purpose: text(),
    cadence: text(),
  },
  (table) => [
    uniqueIndex('council_name_key').on(sql`lower(${table.name})`),
    check(
      'council_kind_check',
      sql`${table.kind} in ('executive_sponsors', 'governance_council', 'stewardship_council')`,
    ),
  ],
);

export const councilMembers = pgTable(
  'council_member',
  {
    ...recordColumns,
    councilId: uuid()
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: text().notNull(),
  },
  (table) => [
    uniqueIndex('council_member_person_key').on(table.councilId, table.personId),
    uniqueIndex('council_member_one_chair_key').on(table.councilId).where(sql`${table.role} = 'chair'`),
    index('council_member_person_idx').on(table.personId),
    check('council_member_role_check', sql`${table.role} in ('chair', 'member', 'secretary')`),
  ],
);

export const roleAssignments = pgTable(
  'role_assignment',
  {
    ...recordColumns,
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: text().notNull(),
    scopeType: text().notNull(),
    /** Null only for the program-wide scope. Not a foreign key: scopes span several tables. */
    scopeId: uuid(),
    raci: text(),
    note: text(),
  },
  (table) => [
    uniqueIndex('role_assignment_key').on(
      table.personId,
      table.role,
      table.scopeType,
      sql`coalesce(${table.scopeId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    // The last line of defence for "at most one accountable data owner per scope".
    uniqueIndex('role_assignment_one_accountable_owner_key')
      .on(table.scopeType, table.scopeId)
      .where(sql`${table.role} = 'data_owner' and ${table.raci} = 'A'`),
    index('role_assignment_scope_idx').on(table.scopeType, table.scopeId),
    index('role_assignment_person_idx').on(table.personId),
    check(
      'role_assignment_role_check',
      sql`${table.role} in ('executive_sponsor', 'chief_data_officer', 'data_owner', 'business_steward', 'technical_steward', 'custodian', 'council_member')`,
    ),
    check('role_assignment_raci_check', sql`${table.raci} is null or ${table.raci} in ('R', 'A', 'C', 'I')`),
    check('role_assignment_scope_type_check', sql`${table.scopeType} in ('domain', 'asset', 'program')`),
  ],
);

/** A council's decision log: what was decided, when, why, and the records it changed. */
export const councilDecisions = pgTable(
  'council_decision',
  {
    ...recordColumns,
    councilId: uuid()
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    /** The program it was taken for, if any (not a foreign key: programs sit above stewardship). */
    programId: uuid(),
    decidedOn: date({ mode: 'string' }).notNull(),
    title: text().notNull(),
    details: text(),
    rationale: text().notNull(),
    /** [{ type, id }]: the records the decision changed. */
    links: jsonb().notNull().default([]),
    recordedByPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
  },
  (table) => [index('council_decision_council_idx').on(table.councilId, table.decidedOn)],
);
