import type {
  BilingualText,
  DescribedLevel,
  MaturityCategory,
  MaturityCategoryKey,
  MaturityCategoryNumber,
  MaturityGroupKey,
  MaturityQuestion,
} from './model-types.js';
import type { MaturitySignal } from './signals.js';

/**
 * A short builder for the category files, so each category reads as its text. Internal to the
 * model files; the package exports the built model, not this.
 */

/** One question as written in a category file: its text, and its live signal if it has one. */
export interface QuestionDraft {
  text: BilingualText;
  signal?: MaturitySignal;
}

export interface CategoryDraft {
  key: MaturityCategoryKey;
  number: MaturityCategoryNumber;
  group: MaturityGroupKey;
  name: BilingualText;
  description: BilingualText;
  levelDescriptions: Record<DescribedLevel, BilingualText>;
  categorySignal: MaturitySignal | null;
  questions: QuestionDraft[];
}

/**
 * Builds a category with the provenance the reference gives every category alike: English names
 * read in the sources [S], Chinese renderings and questions suggested [T], descriptions believed
 * [B]. Question keys are numbered here, in the order written, so they cannot drift.
 */
export function defineCategory(draft: CategoryDraft): MaturityCategory {
  const questions: MaturityQuestion[] = draft.questions.map((question, index) => ({
    key: `Q${draft.number}.${index + 1}`,
    category: draft.key,
    number: index + 1,
    text: question.text,
    signal: question.signal ?? null,
    provenance: 'suggested',
  }));
  return {
    key: draft.key,
    number: draft.number,
    group: draft.group,
    name: draft.name,
    nameProvenance: { en: 'sourced', zh: 'suggested' },
    description: draft.description,
    descriptionProvenance: 'believed',
    levelDescriptions: draft.levelDescriptions,
    categorySignal: draft.categorySignal,
    questions,
  };
}
