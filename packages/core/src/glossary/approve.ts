import { glossaryTerms, type Transaction, termProposals, termRelations, termRevisions } from '@steward/db';
import type { Actor, GlossaryTerm, TermContent, TermProposal, TermStatus } from '@steward/domain';
import { eq } from 'drizzle-orm';
import { assertContentReferences } from './term-references.js';
import { contentColumns, loadTerms, toProposal } from './term-rows.js';

/**
 * Makes an approved proposal the live term: content, status, relations and a new revision,
 * all in the caller's transaction. References are checked again, because a person or term the
 * proposal names may have changed while it waited.
 */
export async function applyApproval(
  tx: Transaction,
  actor: Actor,
  term: GlossaryTerm,
  proposal: TermProposal,
  options: { selfApproved: boolean; comment: string | null; now?: Date },
): Promise<{ term: GlossaryTerm; proposal: TermProposal }> {
  const now = options.now ?? new Date();
  let content: TermContent = proposal.content;
  let status: TermStatus = term.status === 'deprecated' ? 'deprecated' : 'approved';
  let replacedById = term.replacedById;
  if (proposal.kind === 'deprecate') {
    status = 'deprecated';
    replacedById = proposal.replacedById;
    content = { ...proposal.content };
  } else if (proposal.kind === 'reinstate') {
    status = 'approved';
    replacedById = null;
  } else {
    await assertContentReferences(tx, term.glossaryId, term.id, content);
    status = 'approved';
  }
  const revision = term.approvedRevision + 1;
  await tx
    .update(glossaryTerms)
    .set({
      ...contentColumns(content),
      status,
      replacedById,
      approvedRevision: revision,
      version: term.version + 1,
      updatedAt: now,
      updatedBy: actor.accountId,
    })
    .where(eq(glossaryTerms.id, term.id));
  await tx.delete(termRelations).where(eq(termRelations.fromTermId, term.id));
  if (content.relations.length > 0) {
    await tx.insert(termRelations).values(
      content.relations.map((relation) => ({
        fromTermId: term.id,
        toTermId: relation.termId,
        type: relation.type,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })),
    );
  }
  await tx.insert(termRevisions).values({
    termId: term.id,
    revision,
    content,
    status,
    proposalId: proposal.id,
    reason: proposal.reason,
    authorLabel: proposal.authorLabel,
    approvedByLabel: actor.label,
    selfApproved: options.selfApproved,
    createdBy: actor.accountId,
    updatedBy: actor.accountId,
  });
  const [decided] = await tx
    .update(termProposals)
    .set({
      status: 'approved',
      decidedAt: now,
      decidedByAccountId: actor.accountId,
      decidedByLabel: actor.label,
      decisionComment: options.comment,
      version: proposal.version + 1,
      updatedAt: now,
      updatedBy: actor.accountId,
    })
    .where(eq(termProposals.id, proposal.id))
    .returning();
  const updated = (await loadTerms(tx, [term.id])).get(term.id)!;
  return { term: updated, proposal: toProposal(decided!) };
}
