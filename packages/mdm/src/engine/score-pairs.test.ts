import { goldenRecordPolicySchema } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { febrlPersonPolicy, readFebrl } from '../testing/febrl.js';
import { generatePeople } from '../testing/generate.js';
import { candidatePairs, unpackPair } from './block.js';
import { prepareRecords } from './prepare.js';
import { createScorer } from './score.js';
import { PARALLEL_SCORING_MIN_PAIRS, scoreCandidatePairs } from './score-pairs.js';

const policy = goldenRecordPolicySchema.parse(febrlPersonPolicy);

function serialScores(records: ReturnType<typeof prepareRecords>, pairs: Float64Array, minScore: number) {
  const scorer = createScorer(policy);
  const scored = [];
  for (const packed of pairs) {
    const [a, b] = unpackPair(packed, records.length);
    const score = scorer.score(records[a]!, records[b]!);
    if (score >= minScore) scored.push({ a, b, score });
  }
  return scored;
}

describe('scoreCandidatePairs', () => {
  it('keeps the same pairs with the same scores as the per-pair scorer (FEBRL dataset2)', () => {
    const records = prepareRecords(policy, readFebrl('dataset2.csv').records);
    const { pairs } = candidatePairs(policy, records);
    for (const minScore of [policy.reviewThreshold, 0]) {
      expect(scoreCandidatePairs(policy, records, pairs, minScore)).toEqual(serialScores(records, pairs, minScore));
    }
  });

  it('gives the serial result on two threads, with the worker running from TypeScript sources', () => {
    const records = prepareRecords(policy, generatePeople({ records: 25_000, seed: 9, pairsPerRecord: 10 }).records);
    const { pairs } = candidatePairs(policy, records);
    expect(pairs.length).toBeGreaterThanOrEqual(PARALLEL_SCORING_MIN_PAIRS);
    const serial = scoreCandidatePairs(policy, records, pairs, 0.01, { workers: 1 });
    expect(scoreCandidatePairs(policy, records, pairs, 0.01, { workers: 2 })).toEqual(serial);
    expect(serial).toEqual(serialScores(records, pairs, 0.01));
  });

  it('skips pairs of records from one source when given each record’s source', () => {
    const records = prepareRecords(policy, readFebrl('dataset1.csv').records);
    const { pairs } = candidatePairs(policy, records);
    const sourceOf = Int32Array.from(records, (record) => record.index % 2);
    const linked = scoreCandidatePairs(policy, records, pairs, 0, { sourceOf });
    expect(linked.every((pair) => sourceOf[pair.a] !== sourceOf[pair.b])).toBe(true);
    expect(linked.length).toBe(serialScores(records, pairs, 0).filter((p) => p.a % 2 !== p.b % 2).length);
  });
});
