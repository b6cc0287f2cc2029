import { domains, glossaries, glossaryMembers, type Queryable, roleAssignments } from '@steward/db';
import {
  effectiveReviewers,
  indexDomainResponsibilities,
  isAccountableOwner,
  type RoleAssignment,
} from '@steward/domain';
import { and, eq } from 'drizzle-orm';
import { toRoleAssignment } from '../stewardship/role-assignments.js';

export interface ReviewContext {
  reviewerIds: string[];
  reviewerEditsNeedSecondReviewer: boolean;
}

/**
 * Who reviews a term's changes: its own reviewers, else the glossary's reviewers, else the
 * accountable owner and business stewards of its domain (held or inherited), as the RACI
 * default for term approval has it (owner A, business steward R).
 */
export async function reviewContextOf(
  tx: Queryable,
  term: { glossaryId: string; domainId: string | null; reviewerIds: readonly string[] },
): Promise<ReviewContext> {
  const [glossary] = await tx
    .select({ reviewerEditsNeedSecondReviewer: glossaries.reviewerEditsNeedSecondReviewer })
    .from(glossaries)
    .where(eq(glossaries.id, term.glossaryId));
  const members = await tx
    .select({ personId: glossaryMembers.personId })
    .from(glossaryMembers)
    .where(and(eq(glossaryMembers.glossaryId, term.glossaryId), eq(glossaryMembers.role, 'reviewer')));
  let domainReviewers: string[] = [];
  if (term.reviewerIds.length === 0 && members.length === 0 && term.domainId) {
    domainReviewers = await domainReviewersOf(tx, term.domainId);
  }
  return {
    reviewerIds: effectiveReviewers(
      term.reviewerIds,
      members.map((member) => member.personId),
      domainReviewers,
    ),
    reviewerEditsNeedSecondReviewer: glossary?.reviewerEditsNeedSecondReviewer ?? true,
  };
}

async function domainReviewersOf(tx: Queryable, domainId: string): Promise<string[]> {
  const tree = await tx.select({ id: domains.id, parentId: domains.parentId }).from(domains);
  const rows = await tx.select().from(roleAssignments).where(eq(roleAssignments.scopeType, 'domain'));
  const effective = indexDomainResponsibilities(tree, rows.map(toRoleAssignment))(domainId);
  return effective
    .map((entry) => entry.assignment)
    .filter((assignment: RoleAssignment) => isAccountableOwner(assignment) || assignment.role === 'business_steward')
    .map((assignment) => assignment.personId);
}

/**
 * Review contexts of many terms at once: terms that share a glossary, a domain and their own
 * reviewers share a context, so a page of terms costs a few queries, not a few per term.
 */
export async function reviewContextsOfTerms(
  tx: Queryable,
  terms: readonly { id: string; glossaryId: string; domainId: string | null; reviewerIds: readonly string[] }[],
): Promise<Map<string, ReviewContext>> {
  const byKey = new Map<string, Promise<ReviewContext>>();
  const result = new Map<string, ReviewContext>();
  for (const term of terms) {
    const key = `${term.glossaryId}|${term.domainId}|${[...term.reviewerIds].sort().join(',')}`;
    if (!byKey.has(key)) byKey.set(key, reviewContextOf(tx, term));
    result.set(term.id, await byKey.get(key)!);
  }
  return result;
}
