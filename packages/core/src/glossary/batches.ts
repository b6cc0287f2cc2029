import {
  type Database,
  glossaryTerms,
  people,
  proposalBatches,
  type Queryable,
  rowsOf,
  type Transaction,
  termProposals,
  termRelations,
  termRevisions,
} from '@steward/db';
import { type Actor, assertCanDecide, decideBatchInputSchema, InputError, NotFoundError } from '@steward/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { reviewContextOf } from './reviewers.js';

export interface ProposalBatch {
  id: string;
  glossaryId: string;
  title: string;
  source: string | null;
  authorAccountId: string | null;
  authorPersonId: string | null;
  authorLabel: string;
  createdAt: Date;
  counts: { pending: number; approved: number; rejected: number; withdrawn: number; draft: number };
}

type BatchRow = typeof proposalBatches.$inferSelect;

async function withCounts(db: Queryable, rows: BatchRow[]): Promise<ProposalBatch[]> {
  if (rows.length === 0) return [];
  const counts = await db
    .select({ batchId: termProposals.batchId, status: termProposals.status, count: sql<number>`count(*)::int` })
    .from(termProposals)
    .where(
      inArray(
        termProposals.batchId,
        rows.map((row) => row.id),
      ),
    )
    .groupBy(termProposals.batchId, termProposals.status);
  return rows.map((row) => {
    const mine = counts.filter((count) => count.batchId === row.id);
    const of = (status: string) => mine.find((count) => count.status === status)?.count ?? 0;
    return {
      id: row.id,
      glossaryId: row.glossaryId,
      title: row.title,
      source: row.source,
      authorAccountId: row.authorAccountId,
      authorPersonId: row.authorPersonId,
      authorLabel: row.authorLabel,
      createdAt: row.createdAt,
      counts: {
        pending: of('pending'),
        approved: of('approved'),
        rejected: of('rejected'),
        withdrawn: of('withdrawn'),
        draft: of('draft'),
      },
    };
  });
}

export async function findBatchesByIds(db: Queryable, ids: readonly string[]): Promise<(ProposalBatch | undefined)[]> {
  if (ids.length === 0) return [];
  const batches = await withCounts(
    db,
    await db
      .select()
      .from(proposalBatches)
      .where(inArray(proposalBatches.id, [...ids])),
  );
  const byId = new Map(batches.map((batch) => [batch.id, batch]));
  return ids.map((id) => byId.get(id));
}

/** Batches of a glossary (or all), newest first; at most 100. */
export async function listBatches(db: Database, _actor: Actor, glossaryId: string | null): Promise<ProposalBatch[]> {
  const rows = await db
    .select()
    .from(proposalBatches)
    .where(glossaryId ? eq(proposalBatches.glossaryId, glossaryId) : undefined)
    .orderBy(desc(proposalBatches.createdAt))
    .limit(100);
  return withCounts(db, rows);
}

const contentColumnsFromJson = sql.raw(`
  name = p.content->>'name',
  definition = p.content->>'definition',
  abbreviation = p.content->>'abbreviation',
  synonyms = coalesce(array(select jsonb_array_elements_text(p.content->'synonyms')), '{}'),
  examples = p.content->>'examples',
  valid_values = p.content->>'validValues',
  business_rules = p.content->>'businessRules',
  domain_id = (p.content->>'domainId')::uuid,
  parent_id = (p.content->>'parentId')::uuid,
  owner_id = (p.content->>'ownerId')::uuid,
  steward_id = (p.content->>'stewardId')::uuid,
  reviewer_ids = coalesce(array(select jsonb_array_elements_text(p.content->'reviewerIds')::uuid), '{}'),
  critical_data_element = (p.content->>'criticalDataElement')::boolean,
  classification = p.content->>'classification',
  tags = coalesce(array(select jsonb_array_elements_text(p.content->'tags')), '{}'),
  external_references = coalesce(p.content->'externalReferences', '[]'::jsonb)`);

/**
 * Approves every pending create/update proposal of a batch in a few set-based statements: a
 * 100,000-term import is approved in seconds, not one proposal at a time.
 */
export async function approvePendingOfBatch(
  tx: Transaction,
  actor: Actor,
  batchId: string,
  options: { selfApproved: boolean; comment: string | null },
): Promise<number> {
  const now = new Date();
  const inactive = rowsOf<{ count: number }>(
    await tx.execute(sql`
      with refs as (
        select x.person_id from ${termProposals} p
        cross join lateral (
          select p.content->>'ownerId' union all select p.content->>'stewardId'
          union all select jsonb_array_elements_text(p.content->'reviewerIds')
        ) as x(person_id)
        where p.batch_id = ${batchId} and p.status = 'pending' and x.person_id is not null
      )
      select count(*)::int as count from refs join ${people} pe on pe.id = refs.person_id::uuid where not pe.active`),
  );
  if (Number(inactive[0]?.count ?? 0) > 0) {
    throw InputError.forField(
      'batchId',
      `${inactive[0]!.count} proposals of this batch name people who are now inactive; decide those one by one`,
    );
  }
  const updated = rowsOf<{ id: string }>(
    await tx.execute(sql`
      update ${glossaryTerms} t set ${contentColumnsFromJson},
        status = 'approved', approved_revision = t.approved_revision + 1, version = t.version + 1,
        updated_at = ${now.toISOString()}::timestamptz, updated_by = ${actor.accountId}::uuid
      from ${termProposals} p
      where p.batch_id = ${batchId} and p.status = 'pending' and p.kind in ('create', 'update') and t.id = p.term_id
      returning t.id`),
  );
  if (updated.length === 0) return 0;
  await tx.execute(sql`
    delete from ${termRelations} where from_term_id in (
      select term_id from ${termProposals} where batch_id = ${batchId} and status = 'pending')`);
  await tx.execute(sql`
    insert into ${termRelations} (from_term_id, to_term_id, type, created_by, updated_by)
    select p.term_id, (r->>'termId')::uuid, r->>'type', ${actor.accountId}::uuid, ${actor.accountId}::uuid
    from ${termProposals} p cross join lateral jsonb_array_elements(p.content->'relations') r
    where p.batch_id = ${batchId} and p.status = 'pending'`);
  await tx.execute(sql`
    insert into ${termRevisions} (term_id, revision, content, status, proposal_id, reason, author_label,
      approved_by_label, self_approved, created_by, updated_by)
    select p.term_id, t.approved_revision, p.content, 'approved', p.id, p.reason, p.author_label,
      ${actor.label}, ${options.selfApproved}, ${actor.accountId}::uuid, ${actor.accountId}::uuid
    from ${termProposals} p join ${glossaryTerms} t on t.id = p.term_id
    where p.batch_id = ${batchId} and p.status = 'pending'`);
  await tx
    .update(termProposals)
    .set({
      status: 'approved',
      decidedAt: now,
      decidedByAccountId: actor.accountId,
      decidedByLabel: actor.label,
      decisionComment: options.comment,
      version: sql`${termProposals.version} + 1`,
      updatedAt: now,
      updatedBy: actor.accountId,
    })
    .where(and(eq(termProposals.batchId, batchId), eq(termProposals.status, 'pending')));
  return updated.length;
}

/**
 * A reviewer approves or rejects every pending proposal of a batch at once. The reviewer must
 * be allowed to decide each of them; otherwise nothing is decided and the error says how many
 * are out of reach (those can be decided one by one by their reviewers).
 */
export const decideBatch = defineUseCase({
  action: 'glossary.batch.decide',
  input: decideBatchInputSchema,
  permission: null,
  async run({ tx, actor, audit }, input) {
    const [batch] = await tx.select().from(proposalBatches).where(eq(proposalBatches.id, input.batchId)).for('update');
    if (!batch) throw new NotFoundError('Batch', input.batchId, { field: 'batchId' });
    // Terms that share a domain and reviewers share a review context: group them in SQL, so a
    // 100,000-term batch asks a handful of questions, not one per term.
    const groups = rowsOf<{ domain_id: string | null; reviewer_ids: string[]; count: number }>(
      await tx.execute(sql`
        select t.domain_id, t.reviewer_ids, count(*)::int as count
        from ${termProposals} p join ${glossaryTerms} t on t.id = p.term_id
        where p.batch_id = ${batch.id} and p.status = 'pending'
        group by t.domain_id, t.reviewer_ids`),
    );
    const pendingCount = groups.reduce((sum, group) => sum + Number(group.count), 0);
    if (pendingCount === 0) throw InputError.forField('batchId', 'has no pending proposals left');
    let outOfReach = 0;
    let firstRefusal: unknown;
    for (const group of groups) {
      const context = await reviewContextOf(tx, {
        glossaryId: batch.glossaryId,
        domainId: group.domain_id,
        reviewerIds: group.reviewer_ids ?? [],
      });
      try {
        assertCanDecide(actor, batch, context.reviewerIds, context.reviewerEditsNeedSecondReviewer);
      } catch (error) {
        outOfReach += Number(group.count);
        firstRefusal ??= error;
      }
    }
    if (outOfReach > 0) {
      if (outOfReach === pendingCount) throw firstRefusal;
      throw InputError.forField('batchId', `you may not decide ${outOfReach} of its ${pendingCount} pending proposals`);
    }
    let decided: number;
    if (input.decision === 'approve') {
      decided = await approvePendingOfBatch(tx, actor, batch.id, { selfApproved: false, comment: input.comment });
    } else {
      const now = new Date();
      const rejected = await tx
        .update(termProposals)
        .set({
          status: 'rejected',
          decidedAt: now,
          decidedByAccountId: actor.accountId,
          decidedByLabel: actor.label,
          decisionComment: input.comment,
          version: sql`${termProposals.version} + 1`,
          updatedAt: now,
          updatedBy: actor.accountId,
        })
        .where(and(eq(termProposals.batchId, batch.id), eq(termProposals.status, 'pending')))
        .returning({ termId: termProposals.termId, kind: termProposals.kind });
      const newTerms = rejected.filter((proposal) => proposal.kind === 'create').map((proposal) => proposal.termId);
      for (let offset = 0; offset < newTerms.length; offset += 5000) {
        await tx
          .update(glossaryTerms)
          .set({
            status: 'rejected',
            version: sql`${glossaryTerms.version} + 1`,
            updatedAt: now,
            updatedBy: actor.accountId,
          })
          .where(inArray(glossaryTerms.id, newTerms.slice(offset, offset + 5000)));
      }
      decided = rejected.length;
    }
    await audit({
      entityType: 'ProposalBatch',
      entityId: batch.id,
      after: { decision: input.decision, comment: input.comment, decided },
      relatedIds: [batch.glossaryId],
    });
    const [after] = await findBatchesByIds(tx, [batch.id]);
    return { batch: after!, decided };
  },
});
