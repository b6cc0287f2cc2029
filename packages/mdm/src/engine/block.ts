import type { BlockingTransform, GoldenRecordPolicy } from '@steward/domain';
import { blockingKey } from '../standardise.js';
import { attributeIndex, type PreparedRecord, phoneticEncoders } from './prepare.js';

export interface BlockingStats {
  candidatePairs: number;
  /** Per pass: how many pairs it proposed (before the union) and blocks it skipped as too large. */
  passes: { pairs: number; skippedBlocks: number; skippedRecords: number }[];
}

/** Blocks larger than this are skipped (a common surname would otherwise pair everyone with everyone). */
export const DEFAULT_MAX_BLOCK_SIZE = 500;

/**
 * Candidate pairs from every blocking pass, unioned: a pair found by several passes is compared
 * once. Pairs are packed as `lower * n + higher` (exact below 2^53) and returned in ascending order.
 *
 * Keys are built per distinct value, not per record: each key attribute is encoded once into value
 * ids, a transform (soundex, prefix…) runs once per distinct value, and a pass's block is a number
 * made from its parts' key ids. The union is a counting sort by the lower record plus a sort of
 * each record's (short) list of higher partners, so no Set of millions of numbers is built.
 */
export function candidatePairs(
  policy: GoldenRecordPolicy,
  records: readonly PreparedRecord[],
  options: { maxBlockSize?: number } = {},
): { pairs: Float64Array; stats: BlockingStats } {
  const index = attributeIndex(policy);
  const n = records.length;
  const maxBlock = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  const stats: BlockingStats = { candidatePairs: 0, passes: [] };
  const encoded = new Map<number, EncodedAttribute>();
  const keyed = new Map<string, KeyedAttribute>();
  const passes: PassBlocks[] = [];
  for (const pass of policy.blocking) {
    const parts = pass.keys.map((key) => {
      const attribute = index.get(key.attribute)!;
      const name = `${attribute}\u0001${key.transform}`;
      let part = keyed.get(name);
      if (!part) {
        let values = encoded.get(attribute);
        if (!values) {
          values = encodeAttribute(records, attribute);
          encoded.set(attribute, values);
        }
        part = keyAttribute(values, key.transform);
        keyed.set(name, part);
      }
      return part;
    });
    const blockOf =
      parts.length > 1 && parts.some((part) => part.hasSeparator) ? joinedKeyBlocks(parts) : combinedBlocks(parts, n);
    const blocks = groupBlocks(blockOf, maxBlock);
    stats.passes.push(blocks.stats);
    passes.push(blocks);
  }
  const pairs = unionPairs(passes, n);
  stats.candidatePairs = pairs.length;
  return { pairs, stats };
}

/** One attribute's standardised values as ids into a list of distinct values (-1 when missing). */
interface EncodedAttribute {
  ids: Int32Array;
  values: (string | null)[];
}

/** A blocking key part: each record's key id (-1: no key), the key count, and whether a key holds the separator. */
interface KeyedAttribute {
  keyOf: Int32Array;
  keys: string[];
  hasSeparator: boolean;
}

/** A pass's blocks that make pairs: members grouped by block, record order inside each block. */
interface PassBlocks {
  members: Int32Array;
  /** Start of each kept block in `members`; the last entry is the end. */
  starts: Int32Array;
  stats: BlockingStats['passes'][number];
}

function encodeAttribute(records: readonly PreparedRecord[], attribute: number): EncodedAttribute {
  const ids = new Int32Array(records.length);
  const values: (string | null)[] = [];
  const idOf = new Map<string, number>();
  for (let r = 0; r < records.length; r++) {
    const value = records[r]!.clean[attribute] ?? null;
    if (value === null) {
      ids[r] = -1;
      continue;
    }
    let id = idOf.get(value);
    if (id === undefined) {
      id = values.length;
      idOf.set(value, id);
      values.push(value);
    }
    ids[r] = id;
  }
  return { ids, values };
}

function keyAttribute(encoded: EncodedAttribute, transform: BlockingTransform): KeyedAttribute {
  const keys: string[] = [];
  const keyIdOf = new Map<string, number>();
  const keyOfValue = Int32Array.from(encoded.values, (value) => {
    const key = blockingKey(value, transform, phoneticEncoders);
    if (key === null) return -1;
    let id = keyIdOf.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIdOf.set(key, id);
      keys.push(key);
    }
    return id;
  });
  // A transform still runs (and a misconfigured one throws) when every value is missing.
  if (encoded.values.length === 0) blockingKey(null, transform, phoneticEncoders);
  const keyOf = Int32Array.from(encoded.ids, (id) => (id < 0 ? -1 : keyOfValue[id]!));
  return { keyOf, keys, hasSeparator: keys.some((key) => key.includes(SEPARATOR)) };
}

const SEPARATOR = '\u0001';

/** Each record's block id (-1: not blocked) from its parts' key ids, renumbered after each part. */
function combinedBlocks(parts: readonly KeyedAttribute[], n: number): Int32Array {
  let blockOf = parts[0]!.keyOf;
  for (const part of parts.slice(1)) {
    const next = new Int32Array(n);
    const idOf = new Map<number, number>();
    const width = part.keys.length;
    for (let r = 0; r < n; r++) {
      const block = blockOf[r]!;
      const key = part.keyOf[r]!;
      if (block < 0 || key < 0) {
        next[r] = -1;
        continue;
      }
      const combined = block * width + key;
      let id = idOf.get(combined);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(combined, id);
      }
      next[r] = id;
    }
    blockOf = next;
  }
  return blockOf;
}

/** Block ids from the joined key strings, for the rare key that contains the separator itself. */
function joinedKeyBlocks(parts: readonly KeyedAttribute[]): Int32Array {
  const n = parts[0]!.keyOf.length;
  const blockOf = new Int32Array(n);
  const idOf = new Map<string, number>();
  for (let r = 0; r < n; r++) {
    let key = '';
    for (const part of parts) {
      const id = part.keyOf[r]!;
      if (id < 0) {
        key = '';
        break;
      }
      key = key ? `${key}${SEPARATOR}${part.keys[id]!}` : part.keys[id]!;
    }
    if (!key) {
      blockOf[r] = -1;
      continue;
    }
    let id = idOf.get(key);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(key, id);
    }
    blockOf[r] = id;
  }
  return blockOf;
}

/** Groups records by block (a counting sort, so members stay in record order), dropping blocks of one and oversized ones. */
function groupBlocks(blockOf: Int32Array, maxBlock: number): PassBlocks {
  const stats = { pairs: 0, skippedBlocks: 0, skippedRecords: 0 };
  let blockCount = 0;
  for (const block of blockOf) if (block >= blockCount) blockCount = block + 1;
  const sizes = new Int32Array(blockCount);
  for (const block of blockOf) if (block >= 0) sizes[block]! += 1;
  // Kept blocks get consecutive slots in block-id order; others get -1.
  const slotOf = new Int32Array(blockCount);
  let kept = 0;
  let memberCount = 0;
  for (let block = 0; block < blockCount; block++) {
    const size = sizes[block]!;
    if (size < 2) slotOf[block] = -1;
    else if (size > maxBlock) {
      slotOf[block] = -1;
      stats.skippedBlocks += 1;
      stats.skippedRecords += size;
    } else {
      slotOf[block] = kept++;
      memberCount += size;
      stats.pairs += (size * (size - 1)) / 2;
    }
  }
  const starts = new Int32Array(kept + 1);
  for (let block = 0; block < blockCount; block++) {
    const slot = slotOf[block]!;
    if (slot >= 0) starts[slot + 1] = sizes[block]!;
  }
  for (let slot = 0; slot < kept; slot++) starts[slot + 1]! += starts[slot]!;
  const members = new Int32Array(memberCount);
  const fill = starts.slice(0, kept);
  for (let r = 0; r < blockOf.length; r++) {
    const block = blockOf[r]!;
    if (block < 0) continue;
    const slot = slotOf[block]!;
    if (slot >= 0) members[fill[slot]!++] = r;
  }
  return { members, starts, stats };
}

/** The union of every pass's within-block pairs, sorted and without repeats. */
function unionPairs(passes: readonly PassBlocks[], n: number): Float64Array {
  // Partners of each lower record: count, place, then sort and deduplicate each short list.
  const offsets = new Float64Array(n + 1);
  for (const { members, starts } of passes) {
    for (let slot = 0; slot + 1 < starts.length; slot++) {
      const end = starts[slot + 1]!;
      for (let i = starts[slot]!; i < end; i++) offsets[members[i]! + 1]! += end - 1 - i;
    }
  }
  for (let r = 0; r < n; r++) offsets[r + 1]! += offsets[r]!;
  const partners = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (const { members, starts } of passes) {
    for (let slot = 0; slot + 1 < starts.length; slot++) {
      const end = starts[slot + 1]!;
      for (let i = starts[slot]!; i < end; i++) {
        const lower = members[i]!;
        let at = fill[lower]!;
        for (let j = i + 1; j < end; j++) partners[at++] = members[j]!;
        fill[lower] = at;
      }
    }
  }
  const counts = new Int32Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    const from = offsets[r]!;
    const to = offsets[r + 1]!;
    if (to - from > 32) partners.subarray(from, to).sort();
    else {
      for (let i = from + 1; i < to; i++) {
        const value = partners[i]!;
        let j = i - 1;
        while (j >= from && partners[j]! > value) {
          partners[j + 1] = partners[j]!;
          j--;
        }
        partners[j + 1] = value;
      }
    }
    let end = from;
    let last = -1;
    for (let i = from; i < to; i++) {
      const partner = partners[i]!;
      if (partner !== last) partners[end++] = partner;
      last = partner;
    }
    counts[r] = end - from;
    total += end - from;
  }
  const pairs = new Float64Array(total);
  let at = 0;
  for (let r = 0; r < n; r++) {
    const from = offsets[r]!;
    const to = from + counts[r]!;
    for (let i = from; i < to; i++) pairs[at++] = r * n + partners[i]!;
  }
  return pairs;
}

/** The two record indexes of a packed pair. */
export function unpackPair(packed: number, n: number): [number, number] {
  const a = Math.floor(packed / n);
  return [a, packed - a * n];
}
