// Columnar pair scoring: each compared attribute becomes a dictionary of distinct standardised
// values plus one value id per record. Equal ids settle a comparison without comparing strings,
// phonetic codes and numbers are derived once per distinct value, and the columns are plain
// typed arrays and string lists that a worker thread can receive. Internal to the engine.
import type { GoldenRecordPolicy } from '@steward/domain';
import { doubleMetaphone, sharePhoneticCode } from '../compare/phonetic.js';
import type { PreparedRecord } from './prepare.js';
import {
  type CompiledComparison,
  compileScoring,
  differenceInUnits,
  levelOfMeasure,
  levelOfValues,
  scoreOfWeight,
} from './score-kernel.js';

/** The values the scorer reads, by comparison; comparisons of one attribute share their arrays. */
export interface ScoringColumns {
  /** Per comparison: each record's value id, -1 when the value is missing. */
  ids: Int32Array[];
  /** Per comparison: the distinct standardised values, by id. */
  values: string[][];
}

/** Encodes the compared attributes of prepared records; `shared` puts the ids in shared memory (for workers). */
export function encodeColumns(
  policy: GoldenRecordPolicy,
  records: readonly PreparedRecord[],
  shared = false,
): ScoringColumns {
  const n = records.length;
  const byAttribute = new Map<number, { ids: Int32Array; values: string[] }>();
  const { compiled } = compileScoring(policy);
  for (const item of compiled) {
    if (byAttribute.has(item.index)) continue;
    const ids = shared ? new Int32Array(new SharedArrayBuffer(4 * n)) : new Int32Array(n);
    const values: string[] = [];
    const idOf = new Map<string, number>();
    for (let r = 0; r < n; r++) {
      const value = records[r]!.clean[item.index] ?? null;
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
    byAttribute.set(item.index, { ids, values });
  }
  return {
    ids: compiled.map((item) => byAttribute.get(item.index)!.ids),
    values: compiled.map((item) => byAttribute.get(item.index)!.values),
  };
}

const EXACT = 0;
const STRING = 1;
const PHONETIC = 2;
const NUMBER = 3;
const DATE = 4;

/** The score of the pair of record indexes (a, b); same result as `createScorer(policy).score`. */
export type PairScorer = (a: number, b: number) => number;

/** Compiles the pair scorer over encoded columns. */
export function createPairScorer(policy: GoldenRecordPolicy, columns: ScoringColumns): PairScorer {
  const scoring = compileScoring(policy);
  const { compiled, prior } = scoring;
  const count = compiled.length;
  const kinds = new Int32Array(count);
  const numbers: (Float64Array | null)[] = [];
  const phonetic: ([string, string][] | null)[] = [];
  const unequal = new Int32Array(count);
  compiled.forEach((item, c) => {
    const values = columns.values[c]!;
    item.equalLevel = item.numeric ? 0 : levelOfMeasure(item, 1);
    unequal[c] = item.numeric ? 0 : levelOfMeasure(item, 0);
    numbers.push(null);
    phonetic.push(null);
    if (item.comparator === 'exact') kinds[c] = EXACT;
    else if (item.comparator === 'phonetic') {
      kinds[c] = PHONETIC;
      phonetic[c] = values.map((value) => doubleMetaphone(value));
    } else if (item.comparator === 'numeric') {
      kinds[c] = NUMBER;
      numbers[c] = Float64Array.from(values, (value) => {
        const number = Number(value);
        return Number.isFinite(number) ? number : Number.NaN;
      });
    } else if (item.comparator === 'date') {
      kinds[c] = DATE;
      numbers[c] = Float64Array.from(values, (value) => Date.parse(value));
    } else kinds[c] = STRING;
  });
  const units = policy.comparisons.map((comparison) => comparison.unit ?? 'days');
  const { ids, values } = columns;

  const levelOf = (c: number, item: CompiledComparison, x: number, y: number): number => {
    switch (kinds[c]) {
      case EXACT:
        return x === y ? item.equalLevel : unequal[c]!;
      case STRING:
        return x === y ? item.equalLevel : levelOfValues(item, values[c]![x]!, values[c]![y]!);
      case PHONETIC:
        return x === y || sharePhoneticCode(phonetic[c]![x]!, phonetic[c]![y]!) ? item.equalLevel : unequal[c]!;
      case NUMBER: {
        const u = numbers[c]![x]!;
        const v = numbers[c]![y]!;
        return Number.isNaN(u) || Number.isNaN(v) ? -1 : levelOfMeasure(item, Math.abs(u - v));
      }
      default: {
        const difference = differenceInUnits(numbers[c]![x]!, numbers[c]![y]!, units[c]!);
        return difference === null ? -1 : levelOfMeasure(item, difference);
      }
    }
  };

  return (a, b) => {
    let total = prior;
    for (let c = 0; c < count; c++) {
      const column = ids[c]!;
      const x = column[a]!;
      const y = column[b]!;
      if (x < 0 || y < 0) continue;
      const item = compiled[c]!;
      const level = levelOf(c, item, x, y);
      if (level >= 0) total += item.weights[level]!;
    }
    return scoreOfWeight(scoring, total);
  };
}

/**
 * Scores packed pairs `from` ≤ i < `to` (each `lower * n + higher`) into `scores[i]`; with
 * `sourceOf`, a pair of records from one source is skipped and scored NaN (below any minimum).
 */
export function scorePackedPairs(
  scorePair: PairScorer,
  pairs: Float64Array,
  n: number,
  from: number,
  to: number,
  scores: Float64Array,
  sourceOf?: Int32Array,
): void {
  for (let i = from; i < to; i++) {
    const packed = pairs[i]!;
    const a = Math.floor(packed / n);
    const b = packed - a * n;
    scores[i] = sourceOf && sourceOf[a] === sourceOf[b] ? Number.NaN : scorePair(a, b);
  }
}

/** Shared-memory layout of a parallel scoring job; the calling thread and a worker claim chunks from it. */
export interface ScoringJob {
  pairs: Float64Array;
  n: number;
  scores: Float64Array;
  chunkSize: number;
  /** [next chunk to claim, chunks finished, worker state]. */
  control: Int32Array;
  /** Per chunk: 0 unclaimed, 1 claimed, 2 scored. */
  chunkState: Int32Array;
  sourceOf?: Int32Array;
}

export const NEXT_CHUNK = 0;
export const CHUNKS_DONE = 1;
export const WORKER_STATE = 2;
export const WORKER_LOADING = 0;
export const WORKER_SCORING = 1;
export const WORKER_FINISHED = 2;
export const WORKER_FAILED = 3;

/** Claims and scores chunks until none is left; each finished chunk is announced on CHUNKS_DONE. */
export function scoreClaimedChunks(scorePair: PairScorer, job: ScoringJob): void {
  const chunks = job.chunkState.length;
  for (;;) {
    const chunk = Atomics.add(job.control, NEXT_CHUNK, 1);
    if (chunk >= chunks) return;
    Atomics.store(job.chunkState, chunk, 1);
    const from = chunk * job.chunkSize;
    const to = Math.min(job.pairs.length, from + job.chunkSize);
    scorePackedPairs(scorePair, job.pairs, job.n, from, to, job.scores, job.sourceOf);
    Atomics.store(job.chunkState, chunk, 2);
    Atomics.add(job.control, CHUNKS_DONE, 1);
    Atomics.notify(job.control, CHUNKS_DONE);
  }
}
