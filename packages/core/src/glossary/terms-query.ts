import {
  type Database,
  domains,
  glossaryMembers,
  glossaryTerms,
  type Queryable,
  roleAssignments,
  termProposals,
  termRelations,
  termRevisions,
} from '@steward/db';
import {
  type Actor,
  diffTermContent,
  type FieldChange,
  type GlossaryTerm,
  indexDomainResponsibilities,
  isAccountableOwner,
  NotFoundError,
  type Page,
  type PageRequest,
  pageArgsSchema,
  parseInput,
  type TermProposal,
  type TermRelationType,
  type TermRevision,
  termStatuses,
} from '@steward/domain';
import { and, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';
import { toRoleAssignment } from '../stewardship/role-assignments.js';
import { contentOf, loadTerms, termsFromRows, toProposal, toRevision } from './term-rows.js';

export async function findTermsByIds(db: Queryable, ids: readonly string[]): Promise<(GlossaryTerm | undefined)[]> {
  const terms = await loadTerms(db, ids);
  return ids.map((id) => terms.get(id));
}

export async function getTerm(db: Queryable, id: string): Promise<GlossaryTerm> {
  const term = (await loadTerms(db, [id])).get(id);
  if (!term) throw new NotFoundError('Term', id);
  return term;
}

export const termListFilterSchema = z
  .object({
    glossaryId: z.uuid({ error: 'must be a valid id' }).nullish(),
    /** Direct children of this term; with `rootsOnly`, the top of the hierarchy. */
    parentId: z.uuid({ error: 'must be a valid id' }).nullish(),
    rootsOnly: z.boolean().nullish(),
    statuses: z.array(z.enum(termStatuses)).max(5).nullish(),
    domainId: z.uuid({ error: 'must be a valid id' }).nullish(),
  })
  .nullish();

const byName: Ordering = {
  keys: [
    { expression: sql`lower(${glossaryTerms.name})`, type: 'text' },
    { expression: sql`${glossaryTerms.id}`, type: 'uuid' },
  ],
  direction: 'asc',
};

/**
 * A page of terms by name, for the glossary browser: the top of a glossary, or one term's
 * children. A tree of any size opens one level at a time.
 */
export async function listTerms(
  db: Database,
  _actor: Actor,
  args: PageRequest & { filter?: z.input<typeof termListFilterSchema> },
): Promise<Page<GlossaryTerm>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(termListFilterSchema, args.filter);
  const conditions: (SQL | undefined)[] = [
    filter?.glossaryId ? eq(glossaryTerms.glossaryId, filter.glossaryId) : undefined,
    filter?.rootsOnly
      ? isNull(glossaryTerms.parentId)
      : filter?.parentId
        ? eq(glossaryTerms.parentId, filter.parentId)
        : undefined,
    filter?.statuses?.length ? inArray(glossaryTerms.status, filter.statuses) : undefined,
    filter?.domainId ? eq(glossaryTerms.domainId, filter.domainId) : undefined,
  ];
  const where = and(...conditions);
  const rows = await db
    .select({ term: glossaryTerms, cursorKeys: cursorKeysSql(byName) })
    .from(glossaryTerms)
    .where(and(where, afterCursorSql(byName, after)))
    .orderBy(...orderBySql(byName))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(glossaryTerms)
    .where(where);
  const terms = await termsFromRows(
    db,
    rows.map((row) => row.term),
  );
  return toPage(
    rows.map((row) => ({ node: terms.get(row.term.id)!, cursorKeys: row.cursorKeys })),
    first,
    count,
  );
}

/** How many narrower terms each term has (a DataLoader batch). */
export async function countTermChildren(db: Queryable, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ parentId: glossaryTerms.parentId, count: sql<number>`count(*)::int` })
    .from(glossaryTerms)
    .where(inArray(glossaryTerms.parentId, [...ids]))
    .groupBy(glossaryTerms.parentId);
  const byId = new Map(rows.map((row) => [row.parentId, row.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}

export interface IncomingRelation {
  type: TermRelationType;
  fromTermId: string;
}

/** Relations that point at each term, to show them from the other end (a DataLoader batch). */
export async function listIncomingRelations(db: Queryable, termIds: readonly string[]): Promise<IncomingRelation[][]> {
  if (termIds.length === 0) return [];
  const rows = await db
    .select({ toTermId: termRelations.toTermId, fromTermId: termRelations.fromTermId, type: termRelations.type })
    .from(termRelations)
    .where(inArray(termRelations.toTermId, [...termIds]));
  return termIds.map((id) =>
    rows
      .filter((row) => row.toTermId === id)
      .map((row) => ({ type: row.type as TermRelationType, fromTermId: row.fromTermId })),
  );
}

/** Each term's open proposal (draft or pending), or null (a DataLoader batch). */
export async function findOpenProposalsOfTerms(
  db: Queryable,
  termIds: readonly string[],
): Promise<(TermProposal | null)[]> {
  if (termIds.length === 0) return [];
  const rows = await db
    .select()
    .from(termProposals)
    .where(and(inArray(termProposals.termId, [...termIds]), inArray(termProposals.status, ['draft', 'pending'])));
  const byTerm = new Map(rows.map((row) => [row.termId, toProposal(row)]));
  return termIds.map((id) => byTerm.get(id) ?? null);
}

export async function findProposalsByIds(db: Queryable, ids: readonly string[]): Promise<(TermProposal | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(termProposals)
    .where(inArray(termProposals.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toProposal(row)]));
  return ids.map((id) => byId.get(id));
}

/** A term's approved versions, newest first (at most 500). */
export async function listRevisions(db: Queryable, termId: string): Promise<TermRevision[]> {
  const rows = await db
    .select()
    .from(termRevisions)
    .where(eq(termRevisions.termId, termId))
    .orderBy(desc(termRevisions.revision))
    .limit(500);
  return rows.map(toRevision);
}

/** Field-by-field differences between two approved revisions of a term. */
export async function diffRevisions(db: Queryable, termId: string, from: number, to: number): Promise<FieldChange[]> {
  const rows = await db
    .select()
    .from(termRevisions)
    .where(and(eq(termRevisions.termId, termId), inArray(termRevisions.revision, [from, to])));
  const older = rows.find((row) => row.revision === from);
  const newer = rows.find((row) => row.revision === to);
  if (!older && from !== 0) throw new NotFoundError('Revision', `${termId}#${from}`, { field: 'from' });
  if (!newer) throw new NotFoundError('Revision', `${termId}#${to}`, { field: 'to' });
  return diffTermContent(older ? toRevision(older).content : null, toRevision(newer).content);
}

/**
 * What a proposal changes: against the approved revision it started from (so a decided
 * proposal still shows what it asked for), or against nothing for a new term.
 */
export async function diffProposal(db: Queryable, proposal: TermProposal): Promise<FieldChange[]> {
  if (proposal.kind === 'create' || proposal.baseRevision === 0) return diffTermContent(null, proposal.content);
  const [base] = await db
    .select()
    .from(termRevisions)
    .where(and(eq(termRevisions.termId, proposal.termId), eq(termRevisions.revision, proposal.baseRevision)));
  if (base) return diffTermContent(toRevision(base).content, proposal.content);
  const term = await getTerm(db, proposal.termId);
  return diffTermContent(contentOf(term), proposal.content);
}

export const proposalFilterSchema = z
  .object({
    statuses: z
      .array(z.enum(['draft', 'pending', 'approved', 'rejected', 'withdrawn']))
      .max(5)
      .nullish(),
    glossaryId: z.uuid({ error: 'must be a valid id' }).nullish(),
    batchId: z.uuid({ error: 'must be a valid id' }).nullish(),
    termId: z.uuid({ error: 'must be a valid id' }).nullish(),
    /** Only proposals the actor may decide (their review inbox). */
    reviewableByMe: z.boolean().nullish(),
    /** Only the actor's own proposals. */
    mine: z.boolean().nullish(),
    /** true: proposals of an import batch only; false: single proposals only. */
    inBatch: z.boolean().nullish(),
  })
  .nullish();

const newestFirst: Ordering = {
  keys: [
    { expression: sql`${termProposals.createdAt}`, type: 'timestamptz' },
    { expression: sql`${termProposals.id}`, type: 'uuid' },
  ],
  direction: 'desc',
};

/** Domains on which a person is the accountable owner or a business steward, held or inherited. */
async function domainsReviewedBy(db: Queryable, personId: string): Promise<string[]> {
  const tree = await db.select({ id: domains.id, parentId: domains.parentId }).from(domains);
  const rows = await db.select().from(roleAssignments).where(eq(roleAssignments.scopeType, 'domain'));
  const responsibilitiesOf = indexDomainResponsibilities(tree, rows.map(toRoleAssignment));
  return tree
    .filter((domain) =>
      responsibilitiesOf(domain.id).some(
        (entry) =>
          entry.assignment.personId === personId &&
          (isAccountableOwner(entry.assignment) || entry.assignment.role === 'business_steward'),
      ),
    )
    .map((domain) => domain.id);
}

/**
 * Proposals, newest first. `reviewableByMe` is the review inbox: pending changes the actor may
 * decide (a reviewer of the term under the same rules decide uses, and not the author).
 */
export async function listProposals(
  db: Database,
  actor: Actor,
  args: PageRequest & { filter?: z.input<typeof proposalFilterSchema> },
): Promise<Page<TermProposal>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(proposalFilterSchema, args.filter);
  const conditions: (SQL | undefined)[] = [
    filter?.statuses?.length ? inArray(termProposals.status, filter.statuses) : undefined,
    filter?.glossaryId ? eq(termProposals.glossaryId, filter.glossaryId) : undefined,
    filter?.batchId ? eq(termProposals.batchId, filter.batchId) : undefined,
    filter?.termId ? eq(termProposals.termId, filter.termId) : undefined,
    filter?.inBatch === true ? isNotNull(termProposals.batchId) : undefined,
    filter?.inBatch === false ? isNull(termProposals.batchId) : undefined,
  ];
  if (filter?.mine) {
    conditions.push(
      sql`(${termProposals.authorAccountId} = ${actor.accountId ?? null} or ${termProposals.authorPersonId} = ${actor.personId ?? null})`,
    );
  }
  if (filter?.reviewableByMe) {
    if (!actor.personId && actor.role !== 'admin')
      return { nodes: [], totalCount: 0, hasNextPage: false, endCursor: null };
    const me = actor.personId;
    const myDomains = me ? await domainsReviewedBy(db, me) : [];
    const t = glossaryTerms;
    const reviewer =
      actor.role === 'admin'
        ? sql`true`
        : sql`(${me} = any(${t.reviewerIds})
            or (cardinality(${t.reviewerIds}) = 0 and exists (select 1 from ${glossaryMembers} gm
                 where gm.glossary_id = ${t.glossaryId} and gm.role = 'reviewer' and gm.person_id = ${me}))
            or (cardinality(${t.reviewerIds}) = 0 and not exists (select 1 from ${glossaryMembers} gm
                 where gm.glossary_id = ${t.glossaryId} and gm.role = 'reviewer')
                 and ${t.domainId} = any(${sql.param(myDomains)}::uuid[])))`;
    conditions.push(
      eq(termProposals.status, 'pending'),
      sql`exists (select 1 from ${t} where ${t.id} = ${termProposals.termId} and ${reviewer})`,
      sql`${termProposals.authorAccountId} is distinct from ${actor.accountId}`,
      me ? sql`${termProposals.authorPersonId} is distinct from ${me}` : undefined,
    );
  }
  const where = and(...conditions);
  const rows = await db
    .select({ proposal: termProposals, cursorKeys: cursorKeysSql(newestFirst) })
    .from(termProposals)
    .where(and(where, afterCursorSql(newestFirst, after)))
    .orderBy(...orderBySql(newestFirst))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(termProposals)
    .where(where);
  return toPage(
    rows.map((row) => ({ node: toProposal(row.proposal), cursorKeys: row.cursorKeys })),
    first,
    count,
  );
}
