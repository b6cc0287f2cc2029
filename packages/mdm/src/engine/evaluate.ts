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
