import type { GovernanceRole, Raci } from '../../gql/graphql';

export interface PersonRef {
  id: string;
  name: string;
  title?: string | null;
}

interface HeldRole {
  assignment: { role: GovernanceRole; raci: Raci | null; person: PersonRef };
}

/** Where a term's reviewers come from, in the order the server looks. */
export type ReviewerSource = 'term' | 'glossary' | 'domain' | 'none';

export interface EffectiveReviewers {
  source: ReviewerSource;
  people: PersonRef[];
}

/** A domain's accountable owner and business stewards (held or inherited): its terms' reviewers by default. */
export function domainReviewersOf(responsibilities: readonly HeldRole[]): PersonRef[] {
  const people = new Map<string, PersonRef>();
  for (const { assignment } of responsibilities) {
    const owner = assignment.role === 'data_owner' && assignment.raci === 'A';
    if (owner || assignment.role === 'business_steward') people.set(assignment.person.id, assignment.person);
  }
  return [...people.values()];
}

/** Who decides a term's changes: its own reviewers, else the glossary's, else its domain's owner and stewards. */
export function effectiveReviewers(
  termReviewers: readonly PersonRef[],
  glossaryReviewers: readonly PersonRef[],
  domainResponsibilities: readonly HeldRole[] | null | undefined,
): EffectiveReviewers {
  if (termReviewers.length > 0) return { source: 'term', people: [...termReviewers] };
  if (glossaryReviewers.length > 0) return { source: 'glossary', people: [...glossaryReviewers] };
  const fromDomain = domainReviewersOf(domainResponsibilities ?? []);
  return fromDomain.length > 0 ? { source: 'domain', people: fromDomain } : { source: 'none', people: [] };
}

/** "Sarah Updown and Carmen Loyola", in the reader's language. */
export function listOfNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
