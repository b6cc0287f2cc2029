import { type MaturityCategoryKey, maturityCategoryKeys } from './model-types.js';
import { meanOf, roundDownToTenth } from './scoring.js';

/**
 * Comparing an assessment with an earlier one, for the trend on the scorecard. Only categories
 * scored in both count, so adding or dropping a category does not show up as progress.
 */

/** The part of a category score the comparison reads (a `CategoryScore` fits). */
export interface CategoryScoreSnapshot {
  category: MaturityCategoryKey;
  /** The category's current-level score; null when it was not rated. */
  current: number | null;
}

export type ScoreDirection = 'up' | 'down' | 'unchanged';

export interface CategoryChange {
  category: MaturityCategoryKey;
  latest: number;
  previous: number;
  /** Latest minus previous, to one decimal. */
  delta: number;
  direction: ScoreDirection;
}

export interface AssessmentComparison {
  /** Categories scored in both assessments, in model order. */
  categories: CategoryChange[];
  /** Overall scores recomputed over the shared categories only (mean, rounded down to one decimal). */
  overall: { latest: number | null; previous: number | null; delta: number | null };
  improved: MaturityCategoryKey[];
  declined: MaturityCategoryKey[];
  unchanged: MaturityCategoryKey[];
  /** Scored in the latest assessment only (new), or in the previous one only (dropped). */
  onlyLatest: MaturityCategoryKey[];
  onlyPrevious: MaturityCategoryKey[];
}

const scoresByCategory = (scores: readonly CategoryScoreSnapshot[]) =>
  new Map(
    scores.flatMap((score) => (score.current === null ? [] : [[score.category, score.current] as const])),
  ) as ReadonlyMap<MaturityCategoryKey, number>;

const toTenth = (value: number) => Math.round(value * 10) / 10;

const directionOf = (delta: number): ScoreDirection => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'unchanged');

/** How each category and the overall score moved from `previous` to `latest`. */
export function compareAssessments(
  latest: readonly CategoryScoreSnapshot[],
  previous: readonly CategoryScoreSnapshot[],
): AssessmentComparison {
  const latestScores = scoresByCategory(latest);
  const previousScores = scoresByCategory(previous);
  const categories: CategoryChange[] = [];
  for (const category of maturityCategoryKeys) {
    const latestScore = latestScores.get(category);
    const previousScore = previousScores.get(category);
    if (latestScore === undefined || previousScore === undefined) continue;
    const delta = toTenth(latestScore - previousScore);
    categories.push({ category, latest: latestScore, previous: previousScore, delta, direction: directionOf(delta) });
  }
  const overallOf = (pick: (change: CategoryChange) => number) => {
    const mean = meanOf(categories.map(pick));
    return mean === null ? null : roundDownToTenth(mean);
  };
  const overallLatest = overallOf((change) => change.latest);
  const overallPrevious = overallOf((change) => change.previous);
  const keysWhere = (direction: ScoreDirection) =>
    categories.filter((change) => change.direction === direction).map((change) => change.category);
  return {
    categories,
    overall: {
      latest: overallLatest,
      previous: overallPrevious,
      delta: overallLatest === null || overallPrevious === null ? null : toTenth(overallLatest - overallPrevious),
    },
    improved: keysWhere('up'),
    declined: keysWhere('down'),
    unchanged: keysWhere('unchanged'),
    onlyLatest: maturityCategoryKeys.filter((key) => latestScores.has(key) && !previousScores.has(key)),
    onlyPrevious: maturityCategoryKeys.filter((key) => previousScores.has(key) && !latestScores.has(key)),
  };
}
