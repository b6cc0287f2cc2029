import { readFileSync } from 'node:fs';
import { goldenRecordPolicySchema } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../io/csv.js';
import { defaultPersonPolicy } from '../policies/default-person.js';
import { HISTOGRAM_BINS, reviewTaskGroups, simulatePolicy } from './simulate.js';

const policy = goldenRecordPolicySchema.parse(defaultPersonPolicy);
const febrl = (file: string, source?: string) =>
  readCsvRecords(readFileSync(new URL(`../../../../test/data/febrl/${file}`, import.meta.url), 'utf8'), {
    idColumn: 'rec_id',
    truthColumn: 'rec_id',
    source,
  });

describe('simulating a policy on sample records', () => {
  it('links FEBRL 4a to 4b one to one with the default person policy (F1 ≥ 0.99)', () => {
    const a = febrl('dataset4a.csv', 'a');
    const b = febrl('dataset4b.csv', 'b');
    const truth = [...a.truth!, ...b.truth!];
    const { summary, run } = simulatePolicy(policy, [...a.records, ...b.records], { link: true, truth });
    // Measured: P 1.0000, R 0.9988, F1 0.9994, B³ F1 0.9997.
    expect(summary.evaluation!.pairwise.f1).toBeGreaterThanOrEqual(0.99);
    expect(summary.evaluation!.bCubed.f1).toBeGreaterThanOrEqual(0.99);
    expect(summary.largestCluster).toBe(2);
    // Linking compares only across the two sources, and no cluster holds two records of one source.
    for (const pair of run.scored) expect(run.records[pair.a]!.source).not.toBe(run.records[pair.b]!.source);
    expect(summary.mode).toBe('link');
    expect(summary.sources).toEqual(['a', 'b']);
  });

  it('counts what an architect needs: pairs by band, clusters by size, a score histogram and a threshold sweep', () => {
    const { records, truth } = febrl('dataset2.csv');
    const { summary } = simulatePolicy(policy, records, { truth });
    expect(summary.records).toBe(5000);
    expect(summary.clusterSizes.reduce((sum, entry) => sum + entry.size * entry.clusters, 0)).toBe(5000);
    expect(summary.clusterSizes.reduce((sum, entry) => sum + entry.clusters, 0)).toBe(summary.clusters);
    expect(summary.scoreHistogram).toHaveLength(HISTOGRAM_BINS);
    const histogramPairs = summary.scoreHistogram.reduce((sum, bin) => sum + bin.pairs, 0);
    expect(histogramPairs + summary.pairsBelowHistogram).toBe(summary.candidatePairs);
    const sweep = summary.evaluation!.sweep;
    // Lower thresholds keep more pairs: recall never falls as the threshold drops.
    for (let i = 1; i < sweep.length; i += 1) {
      expect(sweep[i]!.threshold).toBeGreaterThan(sweep[i - 1]!.threshold);
      expect(sweep[i]!.recall).toBeLessThanOrEqual(sweep[i - 1]!.recall);
    }
    expect(summary.evaluation!.pairwise.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('groups review pairs into one task per candidate cluster, not one per pair', () => {
    const { records } = febrl('dataset2.csv');
    // A wide review band on purpose, so some tasks hold several pairs.
    const { run, summary } = simulatePolicy(
      { ...policy, reviewThreshold: 0.01, autoMergeThreshold: 0.999999 },
      records,
    );
    const tasks = reviewTaskGroups(run);
    expect(tasks.length).toBe(summary.reviewTasks);
    expect(tasks.length).toBeLessThan(run.clustering.review.length);
    expect(tasks.reduce((sum, task) => sum + task.pairs.length, 0)).toBe(run.clustering.review.length);
    for (const task of tasks) expect(task.clusters.length).toBeGreaterThanOrEqual(2);
  });
});
