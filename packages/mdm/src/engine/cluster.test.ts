import { describe, expect, it } from 'vitest';
import { clusterPairs } from './cluster.js';

const thresholds = { autoMerge: 0.9, review: 0.5 };

describe('clustering scored pairs', () => {
  it('joins auto-merge links into connected components and keeps the review band apart', () => {
    const result = clusterPairs(
      6,
      [
        { a: 0, b: 1, score: 0.99 },
        { a: 1, b: 2, score: 0.95 },
        { a: 3, b: 4, score: 0.7 },
        { a: 4, b: 5, score: 0.2 },
      ],
      thresholds,
      10,
    );
    expect([...result.clusterOf]).toEqual([0, 0, 0, 3, 4, 5]);
    expect(result.merged).toHaveLength(2);
    expect(result.review).toEqual([{ a: 3, b: 4, score: 0.7, reason: 'band' }]);
  });

  it('drops a review pair whose records already share a cluster', () => {
    const result = clusterPairs(
      3,
      [
        { a: 0, b: 1, score: 0.99 },
        { a: 1, b: 2, score: 0.99 },
        { a: 0, b: 2, score: 0.6 },
      ],
      thresholds,
      10,
    );
    expect(result.review).toEqual([]);
  });

  it('guards against chaining: the weakest link that would pass the size limit goes to review', () => {
    const chain = [0, 1, 2, 3, 4].map((a) => ({ a, b: a + 1, score: 0.99 - a * 0.001 }));
    const result = clusterPairs(6, chain, thresholds, 3);
    const sizes = new Map<number, number>();
    for (const cluster of result.clusterOf) sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBe(3);
    expect(result.review.filter((pair) => pair.reason === 'cluster_size').map((pair) => pair.a)).toEqual([2]);
  });

  it('links one to one when records carry sources: a stronger link wins, the weaker is refused', () => {
    // Records 0, 1 from source 0; record 2 from source 1. Both 0 and 1 look like 2.
    const result = clusterPairs(
      3,
      [
        { a: 1, b: 2, score: 0.95 },
        { a: 0, b: 2, score: 0.99 },
      ],
      thresholds,
      10,
      { sourceOf: [0, 0, 1] },
    );
    expect([...result.clusterOf]).toEqual([0, 1, 0]);
    expect(result.refusedOneToOne).toBe(1);
    expect(result.review).toEqual([]);
  });

  it('gives the same clusters whatever order the pairs come in', () => {
    const pairs = [
      { a: 4, b: 5, score: 0.97 },
      { a: 0, b: 3, score: 0.92 },
      { a: 3, b: 5, score: 0.91 },
    ];
    const forward = clusterPairs(6, pairs, thresholds, 10).clusterOf;
    const backward = clusterPairs(6, [...pairs].reverse(), thresholds, 10).clusterOf;
    expect([...forward]).toEqual([...backward]);
    expect([...forward]).toEqual([0, 1, 2, 0, 0, 0]);
  });
});
