export interface PersonRef {
  id: string;
  name: string;
  title?: string | null;
}

/**
 * Where a term's reviewers come from, as far as the page can tell from what the server says:
 * the term names its own, or they are exactly the glossary's; otherwise it does not say.
 */
export type ReviewerSource = 'term' | 'glossary' | 'other' | 'none';

function sameIds(a: readonly PersonRef[], b: readonly PersonRef[]): boolean {
  if (a.length !== b.length) return false;
  const ids = new Set(a.map((person) => person.id));
  return b.every((person) => ids.has(person.id));
}

/**
 * Labels the server's `effectiveReviewers` without working them out again: a term that names
 * reviewers has them as its own, and a list equal to the glossary's is the glossary's.
 */
export function reviewerSourceOf(
  effective: readonly PersonRef[],
  termReviewers: readonly PersonRef[],
  glossaryReviewers: readonly PersonRef[],
): ReviewerSource {
  if (effective.length === 0) return 'none';
  if (termReviewers.length > 0 && sameIds(effective, termReviewers)) return 'term';
  if (glossaryReviewers.length > 0 && sameIds(effective, glossaryReviewers)) return 'glossary';
  return 'other';
}

/** "Sarah Updown and Carmen Loyola", in the reader's language. */
export function listOfNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
