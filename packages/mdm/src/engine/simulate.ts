import type { GoldenRecordPolicy } from '@steward/domain';
import { bCubedScore, type ClusterScore, type PairwiseScore, pairwiseScore } from './evaluate.js';
import type { SourceRecord } from './prepare.js';
import { type PolicyRun, type RunOptions, runPolicy } from './run.js';

/** Scores below this are not kept for the histogram (a Fellegi–Sunter non-match sits near 0). */
export const HISTOGRAM_FLOOR = 0.001;
/** Histogram bins over the score axis. */
export const HISTOGRAM_BINS = 40;

/**
 * Bin edges of the score histogram. Fellegi–Sunter scores are probabilities that crowd near 0
 * and 1, so their bins are equal steps of match weight (log₂ odds, −10 to +30), shown as
 * probabilities; weighted scores get equal steps between the lowest and highest score seen.
 */
export function histogramEdges(scoring: 'fellegi_sunter' | 'weighted', scores: readonly number[]): number[] {
  if (scoring === 'fellegi_sunter') {
    return Array.from({ length: HISTOGRAM_BINS + 1 }, (_, index) => 1 / (1 + 2 ** -(-10 + index)));
  }
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const score of scores) {
    low = Math.min(low, score);
    high = Math.max(high, score);
  }
  if (!Number.isFinite(low)) [low, high] = [0, 1];
  if (high === low) high = low + 1;
  return Array.from({ length: HISTOGRAM_BINS + 1 }, (_, index) => low + ((high - low) * index) / HISTOGRAM_BINS);
}

export interface ThresholdPoint {
  threshold: number;
  /** Pairwise precision and recall of the pairs scored at or above the threshold. */
  precision: number;
  recall: number;
  f1: number;
  pairs: number;
}

export interface SimulationSummary {
  mode: 'dedupe' | 'link';
  records: number;
  sources: string[];
  candidatePairs: number;
  /** Pairs at or above the auto-merge threshold; pairs for a steward (review band, or refused by the size guard). */
  autoMergePairs: number;
  reviewPairs: number;
  /** Review pairs grouped as they would reach stewards: one task per candidate cluster. */
  reviewTasks: number;
  clusters: number;
  multiRecordClusters: number;
  largestCluster: number;
  clusterSizes: { size: number; clusters: number }[];
  /** Scored pairs by score (see `histogramEdges`); `pairsBelowHistogram` counts candidate pairs scored under `HISTOGRAM_FLOOR`. */
  scoreHistogram: { from: number; to: number; pairs: number }[];
  pairsBelowHistogram: number;
  thresholds: { autoMerge: number; review: number };
  timings: PolicyRun['timings'] & { totalMs: number };
  recordsPerSecond: number;
  scoredPairsPerSecond: number;
  /** With ground truth: pairwise and B³ scores of the clusters, and a threshold sweep over scored pairs. */
  evaluation?: {
    pairwise: PairwiseScore;
    bCubed: ClusterScore;
    /** Of auto-merged pairs, the share that are true matches; of true pairs, the share merged automatically. */
    autoMergePrecision: number;
    autoMergedTrueShare: number;
    /** Of review tasks, the share whose pairs hold a true match. */
    reviewTaskTrueShare: number;
    sweep: ThresholdPoint[];
  };
}

export interface Simulation {
  run: PolicyRun;
  summary: SimulationSummary;
}

/**
 * Runs a policy over sample records as an architect's simulation: the run itself plus the
 * counts, histograms and, when `truth` labels each record's entity, how right it was. Nothing
 * here reads `truth` before the run has clustered.
 */
export function simulatePolicy(
  policy: GoldenRecordPolicy,
  records: readonly SourceRecord[],
  options: RunOptions & { truth?: readonly string[] } = {},
): Simulation {
  const started = performance.now();
  const run = runPolicy(policy, records, { ...options, keepPairsFrom: HISTOGRAM_FLOOR });
  const totalMs = performance.now() - started;
  const { clusterOf } = run.clustering;
  const sizes = new Map<number, number>();
  for (const cluster of clusterOf) sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
  const bySize = new Map<number, number>();
  for (const size of sizes.values()) bySize.set(size, (bySize.get(size) ?? 0) + 1);
  const edges = histogramEdges(
    policy.scoring,
    run.scored.map((pair) => pair.score),
  );
  const histogram = edges.slice(0, -1).map((from, bin) => ({ from, to: edges[bin + 1]!, pairs: 0 }));
  for (const pair of run.scored) {
    // The last bin whose lower edge the score reaches (scores under the first edge go to the first bin).
    let low = 0;
    let high = HISTOGRAM_BINS - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (pair.score >= edges[middle]!) low = middle;
      else high = middle - 1;
    }
    histogram[low]!.pairs += 1;
  }
  const autoMergePairs = run.scored.filter((pair) => pair.score >= policy.autoMergeThreshold).length;
  const reviewPairs = run.clustering.review.length;
  const comparedPairs = Math.max(1, run.blocking.candidatePairs);
  const summary: SimulationSummary = {
    mode: options.link ? 'link' : 'dedupe',
    records: records.length,
    sources: [...new Set(run.records.map((record) => record.source ?? ''))].filter(Boolean).sort(),
    candidatePairs: run.blocking.candidatePairs,
    autoMergePairs,
    reviewPairs,
    reviewTasks: reviewTaskGroups(run).length,
    clusters: sizes.size,
    multiRecordClusters: [...sizes.values()].filter((size) => size > 1).length,
    largestCluster: Math.max(0, ...sizes.values()),
    clusterSizes: [...bySize].map(([size, clusters]) => ({ size, clusters })).sort((a, b) => a.size - b.size),
    scoreHistogram: histogram,
    pairsBelowHistogram: run.blocking.candidatePairs - run.scored.length,
    thresholds: { autoMerge: policy.autoMergeThreshold, review: policy.reviewThreshold },
    timings: { ...run.timings, totalMs },
    recordsPerSecond: records.length / (totalMs / 1000),
    scoredPairsPerSecond: comparedPairs / (Math.max(run.timings.scoreMs, 0.001) / 1000),
  };
  if (options.truth) summary.evaluation = evaluateRun(run, options.truth);
  return { run, summary };
}

/**
 * Review pairs as stewards receive them: one task per candidate cluster (the connected
 * components of the review pairs over the auto-merged clusters), not one per pair.
 */
export function reviewTaskGroups(run: PolicyRun): { clusters: number[]; pairs: PolicyRun['clustering']['review'] }[] {
  const { clusterOf, review } = run.clustering;
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const pair of review) {
    const a = find(clusterOf[pair.a]!);
    const b = find(clusterOf[pair.b]!);
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const groups = new Map<number, { clusters: Set<number>; pairs: PolicyRun['clustering']['review'] }>();
  for (const pair of review) {
    const root = find(clusterOf[pair.a]!);
    let group = groups.get(root);
    if (!group) {
      group = { clusters: new Set(), pairs: [] };
      groups.set(root, group);
    }
    group.clusters.add(clusterOf[pair.a]!).add(clusterOf[pair.b]!);
    group.pairs.push(pair);
  }
  return [...groups.values()].map((group) => ({
    clusters: [...group.clusters].sort((a, b) => a - b),
    pairs: group.pairs,
  }));
}

function evaluateRun(run: PolicyRun, truth: readonly string[]): NonNullable<SimulationSummary['evaluation']> {
  const { clusterOf } = run.clustering;
  const entitySizes = new Map<string, number>();
  for (const entity of truth) entitySizes.set(entity, (entitySizes.get(entity) ?? 0) + 1);
  let truePairs = 0;
  for (const size of entitySizes.values()) truePairs += (size * (size - 1)) / 2;
  const same = (a: number, b: number) => truth[a] === truth[b];
  const auto = run.clustering.merged;
  const autoTrue = auto.filter((pair) => same(pair.a, pair.b)).length;
  const tasks = reviewTaskGroups(run);
  const tasksWithMatch = tasks.filter((task) => task.pairs.some((pair) => same(pair.a, pair.b))).length;
  // Threshold sweep over scored pairs, strongest first: precision and recall at each cut.
  const ordered = [...run.scored].sort((left, right) => right.score - left.score);
  const cuts = [0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999];
  const sweep: ThresholdPoint[] = [];
  let index = 0;
  let kept = 0;
  let correct = 0;
  for (const threshold of [...cuts].sort((a, b) => b - a)) {
    while (index < ordered.length && ordered[index]!.score >= threshold) {
      kept += 1;
      if (same(ordered[index]!.a, ordered[index]!.b)) correct += 1;
      index += 1;
    }
    const precision = kept === 0 ? 1 : correct / kept;
    const recall = truePairs === 0 ? 1 : correct / truePairs;
    sweep.push({
      threshold,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      pairs: kept,
    });
  }
  return {
    pairwise: pairwiseScore(clusterOf, truth),
    bCubed: bCubedScore(clusterOf, truth),
    autoMergePrecision: auto.length === 0 ? 1 : autoTrue / auto.length,
    autoMergedTrueShare: truePairs === 0 ? 1 : autoTrue / truePairs,
    reviewTaskTrueShare: tasks.length === 0 ? 1 : tasksWithMatch / tasks.length,
    sweep: sweep.reverse(),
  };
}
