import { describe, expect, it } from 'vitest';
import { bCubedScore, fieldAccuracy, pairwiseScore } from './evaluate.js';

describe('evaluation against ground truth', () => {
  // Truth: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}.
  const truth = ['a', 'a', 'a', 'b', 'b'];
  const predicted = [0, 0, 2, 2, 2];

  it('pairwise: within-cluster pairs of the prediction against those of the truth', () => {
    const score = pairwiseScore(predicted, truth);
    // True pairs: 01 02 12 34 (4). Predicted: 01 23 24 34 (4). Correct: 01 34.
    expect(score).toMatchObject({ truePairs: 4, predictedPairs: 4, correctPairs: 2, precision: 0.5, recall: 0.5 });
  });

  it('B³: per record, the share of its cluster in its entity and of its entity in its cluster', () => {
    const score = bCubedScore(predicted, truth);
    // Precision per record: 1, 1, 1/3, 2/3, 2/3 → 11/15. Recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
    expect(score.precision).toBeCloseTo(11 / 15, 12);
    expect(score.recall).toBeCloseTo(11 / 15, 12);
    expect(score).toMatchObject({ predictedClusters: 2, trueClusters: 2, largestCluster: 3 });
    expect(bCubedScore(truth, truth).f1).toBe(1);
  });

  it('field accuracy: golden values against expected ones, per attribute and overall', () => {
    const golden = [
      {
        clusterId: 0,
        memberIds: ['r1', 'r2'],
        values: [
          { attribute: 'name', value: 'Ann', recordId: 'r1', source: null, rule: 'most_frequent' as const },
          { attribute: 'city', value: null, recordId: null, source: null, rule: 'none' as const },
        ],
      },
      {
        clusterId: 2,
        memberIds: ['r3', 'r4'],
        values: [
          { attribute: 'name', value: 'Bob', recordId: 'r3', source: null, rule: 'tie_break' as const },
          { attribute: 'city', value: 'Perth', recordId: 'r4', source: null, rule: 'most_recent' as const },
        ],
      },
    ];
    const expected: Record<number, Record<string, string | null>> = {
      0: { name: 'Ann', city: null },
      2: { name: 'Rob', city: 'Perth ' },
    };
    const accuracy = fieldAccuracy(golden, (record) => expected[record.clusterId]);
    expect(accuracy).toMatchObject({ compared: 4, correct: 3, accuracy: 0.75 });
    expect(accuracy.byAttribute.name).toMatchObject({ compared: 2, correct: 1, accuracy: 0.5 });
  });
});
