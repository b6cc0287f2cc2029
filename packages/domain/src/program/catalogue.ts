import { NotFoundError } from '../shared/errors.js';
import { catalogueSteps1To4 } from './catalogue-steps-1-4.js';
import { catalogueSteps5To9 } from './catalogue-steps-5-9.js';
import { catalogueSteps10To14 } from './catalogue-steps-10-14.js';
import type { CatalogueCriterion, CatalogueDeliverable, CatalogueStep, StepNumber } from './catalogue-types.js';

/**
 * The IBM Data Governance Unified Process as data: 14 steps in the method's order, each with its
 * checklist, deliverables, roles and exit criteria (reference/governance-process.md §1). Programs
 * keep only keys (`3`, `3.b`, `EC3.2`) in their records, so the wording here can change freely.
 */
export const processCatalogue: readonly CatalogueStep[] = [
  ...catalogueSteps1To4,
  ...catalogueSteps5To9,
  ...catalogueSteps10To14,
];

/** The step with this number; throws NotFoundError outside 1–14 (the number may come from a URL). */
export function catalogueStep(number: number): CatalogueStep {
  const step = processCatalogue.find((candidate) => candidate.number === number);
  if (!step) throw new NotFoundError('CatalogueStep', String(number));
  return step;
}

/** An exit criterion together with the step it belongs to. */
export interface CatalogueCriterionOfStep extends CatalogueCriterion {
  step: StepNumber;
}

/** Every exit criterion of every step, flat, in catalogue order. */
export const catalogueCriteria: readonly CatalogueCriterionOfStep[] = processCatalogue.flatMap((step) =>
  step.criteria.map((criterion) => ({ ...criterion, step: step.number })),
);

/** The keys of all exit criteria (`EC1.1` … `EC14.4`), in catalogue order. */
export const criterionKeys: readonly string[] = catalogueCriteria.map((criterion) => criterion.key);

/** The deliverable with this key (`D5.1`), or undefined. */
export function catalogueDeliverable(key: string): (CatalogueDeliverable & { step: StepNumber }) | undefined {
  for (const step of processCatalogue) {
    const found = step.deliverables.find((item) => item.key === key);
    if (found) return { ...found, step: step.number };
  }
  return undefined;
}

/** The charter (step 5's first deliverable): EC5.1 reads its approval. */
export const CHARTER_DELIVERABLE = 'D5.1';
