import type { GoldenRecordPolicy } from '@steward/domain';
import { type BlockingStats, candidatePairs } from './block.js';
import { type Clustering, clusterPairs, type ScoredPair } from './cluster.js';
import { type PreparedRecord, prepareRecords, type SourceRecord } from './prepare.js';
import { createScorer, type PairExplanation } from './score.js';
import { scoreCandidatePairs } from './score-pairs.js';
import { buildGoldenRecords, type GoldenRecord } from './survive.js';

export interface PolicyRun {
  records: PreparedRecord[];
  blocking: BlockingStats;
  /** Candidate pairs scored at or above the review threshold (or `keepPairsFrom`). */
  scored: ScoredPair[];
  clustering: Clustering;
  /** Golden records of clusters with more than one member. */
  golden: GoldenRecord[];
  timings: { prepareMs: number; blockMs: number; scoreMs: number; clusterMs: number; surviveMs: number };
  /** Explains one pair of record indexes: each comparison's level and weight. */
  explain(a: number, b: number): PairExplanation;
}

export interface RunOptions {
  /** The moment trust decay and "most recent" are judged at (default: now). */
  now?: Date;
  maxBlockSize?: number;
  /**
   * Link sources instead of deduplicating them: only pairs of records from different sources
   * are compared, and each cluster holds at most one record per source (one-to-one linkage).
   */
  link?: boolean;
  /** Keep scored pairs from this score up, even below the review threshold (a simulation's histogram reads them). */
  keepPairsFrom?: number;
}

/**
 * Runs a golden-record policy over records: standardise, block, score, cluster, survive. The
 * policy is data (parsed by the domain's schema); the same policy and records give the same result.
 */
export function runPolicy(
  policy: GoldenRecordPolicy,
  input: Iterable<SourceRecord>,
  options: RunOptions = {},
): PolicyRun {
  let started = performance.now();
  const lap = () => {
    const now = performance.now();
    const elapsed = now - started;
    started = now;
    return elapsed;
  };
  const records = prepareRecords(policy, input);
  const prepareMs = lap();
  const { pairs, stats } = candidatePairs(policy, records, { maxBlockSize: options.maxBlockSize });
  const blockMs = lap();
  const scorer = createScorer(policy);
  const sourceOf = options.link ? sourceNumbers(records) : undefined;
  const keepFrom = Math.min(policy.reviewThreshold, options.keepPairsFrom ?? policy.reviewThreshold);
  const scored = scoreCandidatePairs(policy, records, pairs, keepFrom, { sourceOf });
  const scoreMs = lap();
  const clustering = clusterPairs(
    records.length,
    scored,
    { autoMerge: policy.autoMergeThreshold, review: policy.reviewThreshold },
    policy.maxClusterSize,
    { sourceOf },
  );
  const clusterMs = lap();
  const golden = buildGoldenRecords(policy, records, clustering.clusterOf, {
    now: options.now,
    onlyClustersLargerThan: 1,
  });
  const surviveMs = lap();
  return {
    records,
    blocking: stats,
    scored,
    clustering,
    golden,
    timings: { prepareMs, blockMs, scoreMs, clusterMs, surviveMs },
    explain: (a, b) => scorer.explain(records[a]!, records[b]!),
  };
}

/** Each record's source as a small number (records without a source share one). */
function sourceNumbers(records: readonly PreparedRecord[]): Int32Array {
  const numbers = new Map<string | null, number>();
  const sourceOf = new Int32Array(records.length);
  for (const record of records) {
    let number = numbers.get(record.source);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(record.source, number);
    }
    sourceOf[record.index] = number;
  }
  return sourceOf;
}
