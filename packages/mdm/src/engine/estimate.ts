import type { GoldenRecordPolicy } from '@steward/domain';
import { createRandom } from '../random.js';
import type { PreparedRecord } from './prepare.js';
import { createScorer } from './score.js';

/** Level shares of one comparison: index i is level i, the last is the "else" level. */
export interface LevelShares {
  attribute: string;
  shares: number[];
  /** Pairs where either value was missing (they carry no evidence and are not counted). */
  missing: number;
}

/** The smallest share a level keeps, so log(m/u) stays finite for levels a sample never saw. */
const FLOOR = 1e-6;

function sharesOf(policy: GoldenRecordPolicy, pairs: Iterable<[PreparedRecord, PreparedRecord]>): LevelShares[] {
  const scorer = createScorer(policy);
  const counts = policy.comparisons.map((comparison) => new Array<number>(comparison.levels.length + 1).fill(0));
  const missing = policy.comparisons.map(() => 0);
  for (const [a, b] of pairs) {
    scorer.explain(a, b).comparisons.forEach((outcome, index) => {
      const comparison = policy.comparisons[index]!;
      if (outcome.level === 'missing') {
        missing[index]! += 1;
        return;
      }
      const level = comparison.levels.findIndex((candidate) => candidate.label === outcome.level);
      counts[index]![level === -1 ? comparison.levels.length : level]! += 1;
    });
  }
  return policy.comparisons.map((comparison, index) => {
    const total = counts[index]!.reduce((sum, count) => sum + count, 0);
    return {
      attribute: comparison.attribute,
      shares: counts[index]!.map((count) => (total === 0 ? 0 : Math.max(FLOOR, count / total))),
      missing: missing[index]!,
    };
  });
}

/**
 * Estimates u (the chance a level occurs between two different entities) from random pairs of
 * records: almost every random pair is a non-match, so the level frequencies among them are u.
 */
export function estimateU(
  policy: GoldenRecordPolicy,
  records: readonly PreparedRecord[],
  options: { samples?: number; seed?: number } = {},
): LevelShares[] {
  const next = createRandom(options.seed ?? 42);
  const n = records.length;
  const samples = Math.min(options.samples ?? 20_000, (n * (n - 1)) / 2);
  function* pairs(): Iterable<[PreparedRecord, PreparedRecord]> {
    for (let drawn = 0; drawn < samples; drawn += 1) {
      const a = Math.floor(next() * n);
      let b = Math.floor(next() * (n - 1));
      if (b >= a) b += 1;
      yield [records[a]!, records[b]!];
    }
  }
  return sharesOf(policy, pairs());
}

/** Estimates m (the chance a level occurs between two records of the same entity) from labelled matching pairs. */
export function estimateMFromMatches(
  policy: GoldenRecordPolicy,
  matches: Iterable<[PreparedRecord, PreparedRecord]>,
): LevelShares[] {
  return sharesOf(policy, matches);
}

/** The policy with its levels' m and u replaced by estimates (an absent estimate keeps the written one). */
export function withEstimates(
  policy: GoldenRecordPolicy,
  estimates: { m?: LevelShares[]; u?: LevelShares[] },
): GoldenRecordPolicy {
  return {
    ...policy,
    comparisons: policy.comparisons.map((comparison, position) => {
      const m = estimates.m?.[position]?.shares;
      const u = estimates.u?.[position]?.shares;
      const pick = (estimated: number[] | undefined, level: number, written: number | undefined) =>
        estimated?.some((share) => share > FLOOR) ? estimated[level]! : written;
      return {
        ...comparison,
        levels: comparison.levels.map((level, levelIndex) => ({
          ...level,
          m: pick(m, levelIndex, level.m),
          u: pick(u, levelIndex, level.u),
        })),
        otherwise: {
          ...comparison.otherwise,
          m: pick(m, comparison.levels.length, comparison.otherwise.m),
          u: pick(u, comparison.levels.length, comparison.otherwise.u),
        },
      };
    }),
  };
}
