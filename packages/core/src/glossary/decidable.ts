import type { Queryable } from '@steward/db';
import { type Actor, assertCanDecide, type TermProposal } from '@steward/domain';
import { reviewContextsOfTerms } from './reviewers.js';
import { loadTerms } from './term-rows.js';

/** Whether the actor may decide each proposal now (pending, and a reviewer who is not its author). */
export async function canDecideProposals(
  db: Queryable,
  actor: Actor,
  proposals: readonly TermProposal[],
): Promise<boolean[]> {
  const pending = proposals.filter((proposal) => proposal.status === 'pending');
  const terms = await loadTerms(
    db,
    pending.map((proposal) => proposal.termId),
  );
  const contexts = await reviewContextsOfTerms(db, [...terms.values()]);
  return proposals.map((proposal) => {
    const context = contexts.get(proposal.termId);
    if (proposal.status !== 'pending' || !context) return false;
    try {
      assertCanDecide(actor, proposal, context.reviewerIds, context.reviewerEditsNeedSecondReviewer);
      return true;
    } catch {
      return false;
    }
  });
}

/** Who reviews each term's changes (its own, the glossary's, or its domain's owner and stewards). */
export async function effectiveReviewersOfTerms(db: Queryable, termIds: readonly string[]): Promise<string[][]> {
  const terms = await loadTerms(db, termIds);
  const contexts = await reviewContextsOfTerms(db, [...terms.values()]);
  return termIds.map((id) => contexts.get(id)?.reviewerIds ?? []);
}
