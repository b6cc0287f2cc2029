import { goldenRecordPolicySchema } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { defaultPersonPolicy as febrlPersonPolicy } from '../policies/default-person.js';
import { readFebrl } from '../testing/febrl.js';
import { pairwiseScore } from './evaluate.js';
import { runPolicy } from './run.js';

const policy = goldenRecordPolicySchema.parse(febrlPersonPolicy);

describe('the golden-record engine on FEBRL', () => {
  it('deduplicates dataset1 (1,000 records, 500 pairs) with high precision and recall', () => {
    const { records, entities } = readFebrl('dataset1.csv');
    const run = runPolicy(policy, records, { now: new Date('2026-01-01') });
    const score = pairwiseScore(run.clustering.clusterOf, entities);
    expect(score.truePairs).toBe(500);
    // Measured: P 1.000, R 0.998 (`runPolicy` with this hand-written policy, not fitted to the file).
    expect(score.precision).toBeGreaterThanOrEqual(0.995);
    expect(score.recall).toBeGreaterThanOrEqual(0.99);
    // Blocking keeps nearly every true pair with about a candidate or two per record.
    expect(run.blocking.candidatePairs).toBeLessThan(5 * records.length);
  });

  it('deduplicates dataset2 (5,000 records, clusters up to 6, mostly singletons) with the same policy', () => {
    const { records, entities } = readFebrl('dataset2.csv');
    const score = pairwiseScore(runPolicy(policy, records).clustering.clusterOf, entities);
    expect(score.truePairs).toBe(1934);
    // Measured: P 1.000, R 0.996, F1 0.998.
    expect(score.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('explains a pair: each comparison names its level and weight, and they add up to the score', () => {
    const { records } = readFebrl('dataset1.csv');
    const run = runPolicy(policy, records);
    const pair = run.scored[0]!;
    const explanation = run.explain(pair.a, pair.b);
    expect(explanation.score).toBeCloseTo(pair.score, 12);
    const prior = Math.log2(policy.priorMatchRate / (1 - policy.priorMatchRate));
    const sum = explanation.comparisons.reduce((total, outcome) => total + outcome.weight, prior);
    expect(explanation.totalWeight).toBeCloseTo(sum, 9);
    expect(explanation.comparisons.map((outcome) => outcome.attribute)).toEqual(
      policy.comparisons.map((comparison) => comparison.attribute),
    );
  });

  it('builds golden records whose every value names the record and the rule that won', () => {
    const { records } = readFebrl('dataset1.csv');
    const run = runPolicy(policy, records, { now: new Date('2026-01-01') });
    expect(run.golden.length).toBeGreaterThan(400);
    for (const golden of run.golden.slice(0, 50)) {
      expect(golden.memberIds.length).toBeGreaterThan(1);
      for (const value of golden.values) {
        if (value.value === null) continue;
        expect(golden.memberIds).toContain(value.recordId);
        expect([
          'only_value',
          'tie_break',
          'most_frequent',
          'most_complete',
          'most_recent',
          'most_common_in_data',
        ]).toContain(value.rule);
      }
    }
  });

  it('never chains past the cluster-size guard; such links go to review', () => {
    const { records } = readFebrl('dataset2.csv');
    const run = runPolicy({ ...policy, maxClusterSize: 3 }, records);
    const sizes = new Map<number, number>();
    for (const cluster of run.clustering.clusterOf) sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(3);
    expect(run.clustering.review.some((pair) => pair.reason === 'cluster_size')).toBe(true);
  });
});
