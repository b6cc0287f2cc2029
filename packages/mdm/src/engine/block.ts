import type { GoldenRecordPolicy } from '@steward/domain';
import { attributeIndex, type PreparedRecord, passKey } from './prepare.js';

export interface BlockingStats {
  candidatePairs: number;
  /** Per pass: how many pairs it proposed (before the union) and blocks it skipped as too large. */
  passes: { pairs: number; skippedBlocks: number; skippedRecords: number }[];
}

/** Blocks larger than this are skipped (a common surname would otherwise pair everyone with everyone). */
export const DEFAULT_MAX_BLOCK_SIZE = 500;

/**
 * Candidate pairs from every blocking pass, unioned: a pair found by several passes is compared
 * once. Pairs are packed as `lower * n + higher` in a Set of numbers (exact below 2^53).
 */
export function candidatePairs(
  policy: GoldenRecordPolicy,
  records: readonly PreparedRecord[],
  options: { maxBlockSize?: number } = {},
): { pairs: Float64Array; stats: BlockingStats } {
  const index = attributeIndex(policy);
  const n = records.length;
  const maxBlock = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  const seen = new Set<number>();
  const stats: BlockingStats = { candidatePairs: 0, passes: [] };
  for (const pass of policy.blocking) {
    const keys = pass.keys.map((key) => ({ index: index.get(key.attribute)!, transform: key.transform }));
    const blocks = new Map<string, number[]>();
    for (const record of records) {
      const key = passKey(record, keys);
      if (key === null) continue;
      const members = blocks.get(key);
      if (members) members.push(record.index);
      else blocks.set(key, [record.index]);
    }
    const passStats = { pairs: 0, skippedBlocks: 0, skippedRecords: 0 };
    for (const members of blocks.values()) {
      if (members.length < 2) continue;
      if (members.length > maxBlock) {
        passStats.skippedBlocks += 1;
        passStats.skippedRecords += members.length;
        continue;
      }
      for (let i = 0; i < members.length; i += 1) {
        for (let j = i + 1; j < members.length; j += 1) {
          const a = members[i]!;
          const b = members[j]!;
          passStats.pairs += 1;
          seen.add(a < b ? a * n + b : b * n + a);
        }
      }
    }
    stats.passes.push(passStats);
  }
  const pairs = Float64Array.from(seen);
  pairs.sort();
  stats.candidatePairs = pairs.length;
  return { pairs, stats };
}

/** The two record indexes of a packed pair. */
export function unpackPair(packed: number, n: number): [number, number] {
  const a = Math.floor(packed / n);
  return [a, packed - a * n];
}
