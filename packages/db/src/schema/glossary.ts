import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
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
import { domains, people } from './stewardship.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const glossaries = pgTable(
  'glossary',
  {
    ...recordColumns,
    name: text().notNull(),
    description: text(),
    reviewerEditsNeedSecondReviewer: boolean().notNull().default(true),
  },
  (table) => [uniqueIndex('glossary_name_key').on(sql`lower(${table.name})`)],
);

export const glossaryMembers = pgTable(
  'glossary_member',
  {
    ...recordColumns,
    glossaryId: uuid()
      .notNull()
      .references(() => glossaries.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text().notNull(),
  },
  (table) => [
    uniqueIndex('glossary_member_key').on(table.glossaryId, table.personId, table.role),
    check('glossary_member_role_check', sql`${table.role} in ('owner', 'reviewer')`),
  ],
);

/**
 * A term as it stands: the last approved content (a pending change waits in its proposal), or
 * for a term never approved, its proposed content with status draft, in_review or rejected.
 */
export const glossaryTerms = pgTable(
  'glossary_term',
  {
    ...recordColumns,
    glossaryId: uuid()
      .notNull()
      .references(() => glossaries.id, { onDelete: 'restrict' }),
    status: text().notNull(),
    name: text().notNull(),
    definition: text().notNull(),
    abbreviation: text(),
    synonyms: text().array().notNull().default(sql`'{}'::text[]`),
    examples: text(),
    validValues: text(),
    businessRules: text(),
    domainId: uuid().references(() => domains.id, { onDelete: 'set null' }),
    parentId: uuid().references((): AnyPgColumn => glossaryTerms.id, { onDelete: 'restrict' }),
    ownerId: uuid().references(() => people.id, { onDelete: 'set null' }),
    stewardId: uuid().references(() => people.id, { onDelete: 'set null' }),
    reviewerIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    criticalDataElement: boolean().notNull().default(false),
    classification: text().notNull().default('internal'),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    externalReferences: jsonb().notNull().default([]),
    replacedById: uuid().references((): AnyPgColumn => glossaryTerms.id, { onDelete: 'set null' }),
    approvedRevision: integer().notNull().default(0),
    /** Name, synonyms and abbreviation, lower-cased: what ranking compares a query with. */
    searchText: text().generatedAlwaysAs(
      sql`lower(name || ' ' || steward_text_array_to_string(synonyms, ' ') || ' ' || coalesce(abbreviation, ''))`,
    ),
    /** Weighted for ranking: name and synonyms above abbreviation above definition. */
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('simple'::regconfig, name), 'A') || setweight(to_tsvector('simple'::regconfig, steward_text_array_to_string(synonyms, ' ')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(abbreviation, '')), 'B') || setweight(to_tsvector('simple'::regconfig, definition), 'C')`,
    ),
  },
  (table) => [
    uniqueIndex('glossary_term_name_key').on(table.glossaryId, sql`lower(${table.name})`),
    index('glossary_term_tree_idx').on(table.glossaryId, table.parentId, sql`lower(${table.name})`, table.id),
    index('glossary_term_parent_idx').on(table.parentId),
    index('glossary_term_domain_idx').on(table.domainId),
    index('glossary_term_status_idx').on(table.status),
    index('glossary_term_search_vector_idx').using('gin', table.searchVector),
    check(
      'glossary_term_status_check',
      sql`${table.status} in ('draft', 'in_review', 'approved', 'deprecated', 'rejected')`,
    ),
    check(
      'glossary_term_classification_check',
      sql`${table.classification} in ('public', 'internal', 'confidential', 'restricted')`,
    ),
    check('glossary_term_not_own_parent', sql`${table.parentId} is distinct from ${table.id}`),
  ],
);

/** Live typed relations between terms (the approved content's `relations`). */
export const termRelations = pgTable(
  'term_relation',
  {
    ...recordColumns,
    fromTermId: uuid()
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    toTermId: uuid()
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    type: text().notNull(),
  },
  (table) => [
    uniqueIndex('term_relation_key').on(table.fromTermId, table.toTermId, table.type),
    index('term_relation_to_idx').on(table.toTermId),
    check('term_relation_type_check', sql`${table.type} in ('related_to', 'is_a', 'part_of', 'replaces')`),
    check('term_relation_not_self', sql`${table.fromTermId} <> ${table.toTermId}`),
  ],
);

/** Many proposals made at once (a CSV import), reviewed as a whole or one by one. */
export const proposalBatches = pgTable(
  'proposal_batch',
  {
    ...recordColumns,
    glossaryId: uuid()
      .notNull()
      .references(() => glossaries.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    source: text(),
    authorAccountId: uuid(),
    authorPersonId: uuid(),
    authorLabel: text().notNull(),
  },
  (table) => [index('proposal_batch_glossary_idx').on(table.glossaryId)],
);

export const termProposals = pgTable(
  'term_proposal',
  {
    ...recordColumns,
    termId: uuid()
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    glossaryId: uuid()
      .notNull()
      .references(() => glossaries.id, { onDelete: 'cascade' }),
    batchId: uuid().references(() => proposalBatches.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    status: text().notNull(),
    content: jsonb().notNull(),
    baseRevision: integer().notNull(),
    replacedById: uuid(),
    reason: text(),
    authorAccountId: uuid(),
    authorPersonId: uuid(),
    authorLabel: text().notNull(),
    submittedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    decidedByAccountId: uuid(),
    decidedByLabel: text(),
    decisionComment: text(),
  },
  (table) => [
    // One open change per term: a second proposal must wait for the first decision.
    uniqueIndex('term_proposal_one_open_key').on(table.termId).where(sql`${table.status} in ('draft', 'pending')`),
    index('term_proposal_review_idx').on(table.status, table.glossaryId, table.createdAt),
    index('term_proposal_batch_idx').on(table.batchId),
    index('term_proposal_term_idx').on(table.termId, table.createdAt),
    check('term_proposal_kind_check', sql`${table.kind} in ('create', 'update', 'deprecate', 'reinstate')`),
    check(
      'term_proposal_status_check',
      sql`${table.status} in ('draft', 'pending', 'approved', 'rejected', 'withdrawn')`,
    ),
  ],
);

/** Every approved version of a term, with who, when and why. Never updated. */
export const termRevisions = pgTable(
  'term_revision',
  {
    ...recordColumns,
    termId: uuid()
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    revision: integer().notNull(),
    content: jsonb().notNull(),
    status: text().notNull(),
    proposalId: uuid(),
    reason: text(),
    authorLabel: text().notNull(),
    approvedByLabel: text().notNull(),
    selfApproved: boolean().notNull().default(false),
  },
  (table) => [uniqueIndex('term_revision_key').on(table.termId, table.revision)],
);

/** An uploaded import file, kept until its import job has run (any replica may run it). */
export const importUploads = pgTable('import_upload', {
  ...recordColumns,
  glossaryId: uuid()
    .notNull()
    .references(() => glossaries.id, { onDelete: 'cascade' }),
  fileName: text(),
  content: text().notNull(),
  byteSize: integer().notNull(),
});

/**
 * The words of terms' names, synonyms and abbreviations, for typo correction: a misspelt word
 * of a query is matched by trigram against this short list, and the search then runs on the
 * index of the real words. Kept by a statement trigger (migration `glossary-words-trigger`);
 * never pruned (a stale word only suggests an alternative that matches nothing).
 */
export const glossaryWords = pgTable('glossary_word', { word: text().primaryKey() }, (table) => [
  index('glossary_word_trgm_idx').using('gin', sql`${table.word} gin_trgm_ops`),
]);
