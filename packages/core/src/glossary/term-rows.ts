import { glossaryTerms, type Queryable, type termProposals, termRelations, type termRevisions } from '@steward/db';
import type {
  Classification,
  ExternalReference,
  GlossaryTerm,
  TermContent,
  TermProposal,
  TermRelationType,
  TermRevision,
  TermStatus,
} from '@steward/domain';
import { inArray } from 'drizzle-orm';

type TermRow = typeof glossaryTerms.$inferSelect;
type ProposalRow = typeof termProposals.$inferSelect;
type RevisionRow = typeof termRevisions.$inferSelect;

/** The columns a term's content is stored in (relations live in term_relation). */
export function contentColumns(content: TermContent) {
  return {
    name: content.name,
    definition: content.definition,
    abbreviation: content.abbreviation,
    synonyms: content.synonyms,
    examples: content.examples,
    validValues: content.validValues,
    businessRules: content.businessRules,
    domainId: content.domainId,
    parentId: content.parentId,
    ownerId: content.ownerId,
    stewardId: content.stewardId,
    reviewerIds: content.reviewerIds,
    criticalDataElement: content.criticalDataElement,
    classification: content.classification,
    tags: content.tags,
    externalReferences: content.externalReferences,
  };
}

/** A term row plus its outgoing relations, as the domain type. */
export function toGlossaryTerm(row: TermRow, relations: { type: string; toTermId: string }[]): GlossaryTerm {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    glossaryId: row.glossaryId,
    status: row.status as TermStatus,
    replacedById: row.replacedById,
    approvedRevision: row.approvedRevision,
    name: row.name,
    definition: row.definition,
    abbreviation: row.abbreviation,
    synonyms: row.synonyms,
    examples: row.examples,
    validValues: row.validValues,
    businessRules: row.businessRules,
    domainId: row.domainId,
    parentId: row.parentId,
    ownerId: row.ownerId,
    stewardId: row.stewardId,
    reviewerIds: row.reviewerIds,
    criticalDataElement: row.criticalDataElement,
    classification: row.classification as Classification,
    tags: row.tags,
    externalReferences: row.externalReferences as ExternalReference[],
    relations: relations.map((relation) => ({ type: relation.type as TermRelationType, termId: relation.toTermId })),
  };
}

/** The content part of a term (what proposals and revisions hold). */
export function contentOf(term: GlossaryTerm): TermContent {
  return {
    name: term.name,
    definition: term.definition,
    abbreviation: term.abbreviation,
    synonyms: term.synonyms,
    examples: term.examples,
    validValues: term.validValues,
    businessRules: term.businessRules,
    domainId: term.domainId,
    parentId: term.parentId,
    ownerId: term.ownerId,
    stewardId: term.stewardId,
    reviewerIds: term.reviewerIds,
    criticalDataElement: term.criticalDataElement,
    classification: term.classification,
    tags: term.tags,
    externalReferences: term.externalReferences,
    relations: term.relations,
  };
}

/** Terms by id with their outgoing relations: two queries for any number of terms. */
export async function loadTerms(db: Queryable, ids: readonly string[]): Promise<Map<string, GlossaryTerm>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(glossaryTerms)
    .where(inArray(glossaryTerms.id, [...ids]));
  return termsFromRows(db, rows);
}

export async function termsFromRows(db: Queryable, rows: TermRow[]): Promise<Map<string, GlossaryTerm>> {
  if (rows.length === 0) return new Map();
  const relations = await db
    .select({ fromTermId: termRelations.fromTermId, toTermId: termRelations.toTermId, type: termRelations.type })
    .from(termRelations)
    .where(
      inArray(
        termRelations.fromTermId,
        rows.map((row) => row.id),
      ),
    );
  const byTerm = new Map<string, { type: string; toTermId: string }[]>();
  for (const relation of relations) {
    byTerm.set(relation.fromTermId, [...(byTerm.get(relation.fromTermId) ?? []), relation]);
  }
  return new Map(rows.map((row) => [row.id, toGlossaryTerm(row, byTerm.get(row.id) ?? [])]));
}

export function toProposal(row: ProposalRow): TermProposal {
  return {
    id: row.id,
    termId: row.termId,
    glossaryId: row.glossaryId,
    batchId: row.batchId,
    kind: row.kind as TermProposal['kind'],
    status: row.status as TermProposal['status'],
    content: row.content as TermContent,
    baseRevision: row.baseRevision,
    replacedById: row.replacedById,
    reason: row.reason,
    authorAccountId: row.authorAccountId,
    authorPersonId: row.authorPersonId,
    authorLabel: row.authorLabel,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedByLabel: row.decidedByLabel,
    decisionComment: row.decisionComment,
    createdAt: row.createdAt,
    version: row.version,
  };
}

export function toRevision(row: RevisionRow): TermRevision {
  return {
    id: row.id,
    termId: row.termId,
    revision: row.revision,
    content: row.content as TermContent,
    status: row.status as TermStatus,
    proposalId: row.proposalId,
    reason: row.reason,
    authorLabel: row.authorLabel,
    approvedByLabel: row.approvedByLabel,
    selfApproved: row.selfApproved,
    createdAt: row.createdAt,
  };
}
