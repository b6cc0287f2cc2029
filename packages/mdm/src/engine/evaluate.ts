import type { GoldenRecord } from './survive.js';

/** Pairwise precision, recall and F1 of predicted clusters against true entities. */
export interface PairwiseScore {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairsWithin = (size: number) => (size * (size - 1)) / 2;

/**
 * Compares the within-cluster pairs of two labelings of the same records (`predicted[i]` and
 * `truth[i]` are record i's cluster and entity), counting by cluster sizes, not by listing pairs.
 */
export function pairwiseScore(predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>): PairwiseScore {
  const count = (labels: ArrayLike<number | string>) => {
    const sizes = new Map<number | string, number>();
    for (let i = 0; i < labels.length; i += 1) sizes.set(labels[i]!, (sizes.get(labels[i]!) ?? 0) + 1);
    let pairs = 0;
    for (const size of sizes.values()) pairs += pairsWithin(size);
    return pairs;
  };
  const both = new Map<string, number>();
  for (let i = 0; i < predicted.length; i += 1) {
    const key = `${predicted[i]}\u0001${truth[i]}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let correctPairs = 0;
  for (const size of both.values()) correctPairs += pairsWithin(size);
  const predictedPairs = count(predicted);
  const truePairs = count(truth);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  return {
    truePairs,
    predictedPairs,
    correctPairs,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/** B³ (B-cubed) precision, recall and F1: per record, how much of its predicted cluster is its entity and vice versa, averaged. */
export interface ClusterScore {
  precision: number;
  recall: number;
  f1: number;
  predictedClusters: number;
  trueClusters: number;
  largestCluster: number;
}

export function bCubedScore(predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>): ClusterScore {
  const n = predicted.length;
  const sizes = (labels: ArrayLike<number | string>) => {
    const counts = new Map<number | string, number>();
    for (let i = 0; i < n; i += 1) counts.set(labels[i]!, (counts.get(labels[i]!) ?? 0) + 1);
    return counts;
  };
  const predictedSizes = sizes(predicted);
  const trueSizes = sizes(truth);
  const both = new Map<string, { count: number; predicted: number | string; truth: number | string }>();
  for (let i = 0; i < n; i += 1) {
    const key = `${predicted[i]}\u0001${truth[i]}`;
    const cell = both.get(key);
    if (cell) cell.count += 1;
    else both.set(key, { count: 1, predicted: predicted[i]!, truth: truth[i]! });
  }
  let precision = 0;
  let recall = 0;
  // Each of a cell's `count` records sees `count` of its cluster in its entity (and the reverse).
  for (const cell of both.values()) {
    precision += (cell.count * cell.count) / predictedSizes.get(cell.predicted)!;
    recall += (cell.count * cell.count) / trueSizes.get(cell.truth)!;
  }
  precision = n === 0 ? 1 : precision / n;
  recall = n === 0 ? 1 : recall / n;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    predictedClusters: predictedSizes.size,
    trueClusters: trueSizes.size,
    largestCluster: Math.max(0, ...predictedSizes.values()),
  };
}

/** Share of golden values equal to the expected value of their cluster (per attribute and overall). */
export interface FieldAccuracy {
  compared: number;
  correct: number;
  accuracy: number;
  byAttribute: Record<string, { compared: number; correct: number; accuracy: number }>;
}

/**
 * Golden-record field accuracy: for each golden record whose expected values are known (for
 * FEBRL, the `-org` record of the entity), the share of attributes whose surviving value equals
 * the expected one (trimmed; two empty values agree).
 */
export function fieldAccuracy(
  golden: readonly GoldenRecord[],
  expectedOf: (record: GoldenRecord) => Readonly<Record<string, string | null | undefined>> | undefined,
): FieldAccuracy {
  const byAttribute: FieldAccuracy['byAttribute'] = {};
  let compared = 0;
  let correct = 0;
  const norm = (value: string | null | undefined) => (value ?? '').trim();
  for (const record of golden) {
    const expected = expectedOf(record);
    if (!expected) continue;
    for (const value of record.values) {
      byAttribute[value.attribute] ??= { compared: 0, correct: 0, accuracy: 0 };
      const tally = byAttribute[value.attribute]!;
      const right = norm(value.value) === norm(expected[value.attribute]);
      tally.compared += 1;
      compared += 1;
      if (right) {
        tally.correct += 1;
        correct += 1;
      }
    }
  }
  for (const tally of Object.values(byAttribute)) tally.accuracy = tally.compared ? tally.correct / tally.compared : 1;
  return { compared, correct, accuracy: compared ? correct / compared : 1, byAttribute };
}
