import type {
  CatalogueChecklistItem,
  CatalogueCriterion,
  CatalogueDeliverable,
  CatalogueSubStep,
  CatalogueText,
  CriterionArea,
} from './catalogue-types.js';

/**
 * Short builders for the catalogue data, so each step reads as a list of sentences. Internal to
 * the catalogue files; the package exports the built catalogue, not these.
 */

/** Read in a source (reference §0 tag [S]). */
export const sourced = (text: string): CatalogueText => ({ text, provenance: 'sourced' });

/** Said of the book but unverified (tag [B]). */
export const believed = (text: string): CatalogueText => ({ text, provenance: 'believed' });

/** Steward's own suggestion (tag [T]). */
export const suggested = (text: string): CatalogueText => ({ text, provenance: 'suggested' });

/** A sub-step as the method numbers it; the reference's sub-steps are all sourced. */
export const subStep = (key: string, text: string): CatalogueSubStep => ({ key, text, provenance: 'sourced' });

/** A checklist item; every checklist in the reference is [T]. The key is written out so it stays stable. */
export const checklistItem = (key: string, text: string): CatalogueChecklistItem => ({
  key,
  text,
  provenance: 'suggested',
});

/** An exit criterion; every criterion in the reference is [T]. */
export const criterion = (
  key: string,
  area: CriterionArea,
  text: string,
  threshold?: CatalogueCriterion['threshold'],
): CatalogueCriterion =>
  threshold ? { key, area, text, provenance: 'suggested', threshold } : { key, area, text, provenance: 'suggested' };

/** A deliverable of a step, with its key and, for the charter, who must approve it. */
export const deliverable = (
  key: string,
  text: CatalogueText,
  options: Pick<CatalogueDeliverable, 'approver'> = {},
): CatalogueDeliverable => ({ key, ...text, ...options });
