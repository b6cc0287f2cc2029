/**
 * The shape of the process catalogue (reference/governance-process.md §1): the IBM Data
 * Governance Unified Process as data. Every piece of guidance carries its provenance, so the UI
 * can show which comes from the method and which is Steward's suggestion.
 */

/** [S] read in a source; [B] believed of the book, unverified; [T] a suggestion of Steward's. */
export type Provenance = 'sourced' | 'believed' | 'suggested';

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14;

/** Required steps 1–9 and 14; optional tracks 10–13 (a program chooses at least one). */
export type StepKind = 'required' | 'track';

/** What a criterion reads; an area not built yet makes the criterion "not available yet". */
export type CriterionArea =
  | 'program'
  | 'stewardship'
  | 'glossary'
  | 'catalog'
  | 'quality'
  | 'issues'
  | 'mdm'
  | 'maturity'
  | 'metrics'
  | 'roadmap'
  | 'charter'
  | 'councils'
  | 'policies'
  | 'lifecycle'
  | 'analytics';

export interface CatalogueText {
  text: string;
  provenance: Provenance;
}

export interface CatalogueSubStep extends CatalogueText {
  /** `2.1`, `3.4` … as the method numbers them. */
  key: string;
}

export interface CatalogueChecklistItem extends CatalogueText {
  /** Stable within the step (`1.a`, `1.b` …), so a program's ticks survive catalogue edits. */
  key: string;
}

export interface CatalogueDeliverable extends CatalogueText {
  /** `D5.1` …: step and position, written out so a program's documents stay attached to it. */
  key: string;
  /** Who must approve a document written for it; absent: the program's lead or a sponsor. */
  approver?: 'executive_sponsor';
}

export interface CatalogueCriterion extends CatalogueText {
  /** `EC1.1` … as the reference keys them. */
  key: string;
  /** The records it reads. */
  area: CriterionArea;
  /** A threshold a program may change (a share, a count, days), with its unit; absent when pass/fail is absolute. */
  threshold?: { value: number; unit: 'share' | 'count' | 'days' | 'characters' };
}

export interface CatalogueStep {
  number: StepNumber;
  kind: StepKind;
  name: { en: string; zh: string };
  /** Provenance of the English name (the Chinese names of steps 1–3 and the tracks are sourced). */
  nameProvenance: Provenance;
  /** Why the step exists, in Steward's own words. */
  purpose: CatalogueText;
  subSteps: CatalogueSubStep[];
  checklist: CatalogueChecklistItem[];
  deliverables: CatalogueDeliverable[];
  roles: CatalogueText[];
  criteria: CatalogueCriterion[];
  /** Step 14 recurs on a cadence and never finishes. */
  recurring?: boolean;
}
