import type { Provenance } from '../program/catalogue-types.js';
import type { MaturitySignal } from './signals.js';

/**
 * The shape of the IBM Data Governance Council Maturity Model as data (reference/
 * governance-process.md §2). Like the process catalogue, every piece of text says where it comes
 * from, so the UI can tell the model's own names from Steward's suggestions.
 */

/** The four groups in the model's order. */
export const maturityGroupKeys = ['outcomes', 'enablers', 'core', 'supporting'] as const;
export type MaturityGroupKey = (typeof maturityGroupKeys)[number];

/** The eleven categories in the model's order (category 1 is `risk`, 11 is `audit`). */
export const maturityCategoryKeys = [
  'risk',
  'value',
  'organization',
  'policy',
  'stewardship',
  'quality',
  'lifecycle',
  'security',
  'architecture',
  'metadata',
  'audit',
] as const;
export type MaturityCategoryKey = (typeof maturityCategoryKeys)[number];

export type MaturityCategoryNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

/** A level of the SEI Capability Maturity Model scale the model uses. */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

/** The levels a category or question describes in words; 2 and 4 sit between them. */
export type DescribedLevel = 1 | 3 | 5;

/** The same text in English and in Simplified Chinese. */
export interface BilingualText {
  en: string;
  zh: string;
}

export interface MaturityGroup {
  key: MaturityGroupKey;
  /** The Chinese names are the ones a published summary uses. */
  name: BilingualText;
  /** What the group is for within the model. */
  purpose: BilingualText;
  purposeProvenance: Provenance;
}

export interface MaturityQuestion {
  /** `Q<category>.<n>`, e.g. `Q5.1`: assessments store only this key, so the wording may change. */
  key: string;
  category: MaturityCategoryKey;
  /** Position within the category, from 1. */
  number: number;
  text: BilingualText;
  /** The live metric Steward can compute for this question (⚙ in the reference), or null. */
  signal: MaturitySignal | null;
  /** Every question is Steward's proposal (reference §2.4 [T]). */
  provenance: Provenance;
}

export interface MaturityCategory {
  key: MaturityCategoryKey;
  number: MaturityCategoryNumber;
  group: MaturityGroupKey;
  name: BilingualText;
  /** The English names are the model's; the Chinese renderings are suggestions. */
  nameProvenance: { en: Provenance; zh: Provenance };
  /** What the category covers, in Steward's words. */
  description: BilingualText;
  descriptionProvenance: Provenance;
  /** What the category looks like at levels 1, 3 and 5 (Steward's proposal). */
  levelDescriptions: Readonly<Record<DescribedLevel, BilingualText>>;
  /** The live metric that speaks to the category as a whole, or null when none does. */
  categorySignal: MaturitySignal | null;
  questions: readonly MaturityQuestion[];
}

export interface MaturityLevelDefinition {
  level: MaturityLevel;
  /** The CMM name (`Initial` …) and the first of the two Chinese translations seen. */
  name: BilingualText;
  /** The second Chinese translation seen, for search and for readers who know it. */
  alternativeNameZh: string;
  meaning: BilingualText;
  /**
   * The same level on DAMA-DMBOK2's generic scale. The names collide: CMM's level 2 "Managed" is
   * DMBOK's "Repeatable", and DMBOK's "Managed" is CMM's level 4, so show the number with it.
   */
  dmbok: { level: MaturityLevel; name: string };
  provenance: Provenance;
}
