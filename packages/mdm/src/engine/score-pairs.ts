import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GoldenRecordPolicy } from '@steward/domain';
import type { ScoredPair } from './cluster.js';
import type { PreparedRecord } from './prepare.js';
import {
  CHUNKS_DONE,
  createPairScorer,
  encodeColumns,
  type ScoringJob,
  scoreClaimedChunks,
  WORKER_FAILED,
  WORKER_STATE,
} from './score-columns.js';

/** Below this many pairs a worker's start-up and data hand-over cost more than they save. */
export const PARALLEL_SCORING_MIN_PAIRS = 200_000;
const CHUNK_SIZE = 16_384;
/** A worker that finishes no chunk for this long is given up on; the calling thread scores the rest. */
const STALL_MS = 30_000;

export interface ScoreCandidatePairsOptions {
  /**
   * Threads that score, the calling one included: 1 scores serially, 2 adds one worker thread.
   * Default: 2 when the machine has two or more cores. Small inputs always run serially.
   */
  workers?: number;
  /** Each record's source number: pairs of records from one source are skipped (linkage mode). */
  sourceOf?: Int32Array;
}

/**
 * Scores packed candidate pairs (as `candidatePairs` returns them) and keeps those scoring at
 * least `minScore`, in pair order: the same pairs and scores as calling `createScorer(policy).score`
 * on each pair. Values are dictionary-encoded per attribute first, so equal values compare by id
 * and a worker thread can share them. The call is synchronous: the calling thread scores chunks
 * itself and waits on shared memory for the worker's.
 */
export function scoreCandidatePairs(
  policy: GoldenRecordPolicy,
  records: readonly PreparedRecord[],
  pairs: Float64Array,
  minScore: number,
  options: ScoreCandidatePairsOptions = {},
): ScoredPair[] {
  const n = records.length;
  const threads = Math.max(1, Math.min(2, options.workers ?? availableParallelism()));
  const parallel = threads > 1 && pairs.length >= PARALLEL_SCORING_MIN_PAIRS;
  const columns = encodeColumns(policy, records, parallel);
  const scorePair = createPairScorer(policy, columns);
  const { sourceOf } = options;
  const scored: ScoredPair[] = [];
  if (!parallel) {
    for (let i = 0; i < pairs.length; i++) {
      const packed = pairs[i]!;
      const a = Math.floor(packed / n);
      const b = packed - a * n;
      if (sourceOf && sourceOf[a] === sourceOf[b]) continue;
      const score = scorePair(a, b);
      if (score >= minScore) scored.push({ a, b, score });
    }
    return scored;
  }

  const chunks = Math.ceil(pairs.length / CHUNK_SIZE);
  const job: ScoringJob = {
    pairs: copyToShared(pairs),
    n,
    scores: new Float64Array(new SharedArrayBuffer(8 * pairs.length)),
    chunkSize: CHUNK_SIZE,
    control: new Int32Array(new SharedArrayBuffer(12)),
    chunkState: new Int32Array(new SharedArrayBuffer(4 * chunks)),
    sourceOf: sourceOf ? copyToShared(sourceOf) : undefined,
  };
  const worker = startWorker({ policy, columns, job });
  scoreClaimedChunks(scorePair, job);
  waitForWorker(job, chunks);
  void worker?.terminate();
  // Chunks a failed or stalled worker claimed but did not finish.
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (Atomics.load(job.chunkState, chunk) === 2) continue;
    const from = chunk * CHUNK_SIZE;
    for (let i = from; i < Math.min(pairs.length, from + CHUNK_SIZE); i++) {
      const packed = pairs[i]!;
      const a = Math.floor(packed / n);
      const b = packed - a * n;
      job.scores[i] = sourceOf && sourceOf[a] === sourceOf[b] ? Number.NaN : scorePair(a, b);
    }
  }
  const { scores } = job;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (!(score >= minScore)) continue;
    const packed = pairs[i]!;
    const a = Math.floor(packed / n);
    scored.push({ a, b: packed - a * n, score });
  }
  return scored;
}

/** The URL of tsx's ESM register API (its `import` export), resolved from this package. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return new URL(manifest.exports['./esm/api']!.import.default, pathToFileURL(manifestPath)).href;
}

function copyToShared<T extends Float64Array | Int32Array>(array: T): T {
  const Type = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

/** Waits until every chunk is scored, the worker failed, or it stalled. */
function waitForWorker(job: ScoringJob, chunks: number): void {
  let done = Atomics.load(job.control, CHUNKS_DONE);
  let lastProgress = performance.now();
  while (done < chunks && Atomics.load(job.control, WORKER_STATE) !== WORKER_FAILED) {
    Atomics.wait(job.control, CHUNKS_DONE, done, 100);
    const now = Atomics.load(job.control, CHUNKS_DONE);
    if (now !== done) {
      done = now;
      lastProgress = performance.now();
    } else if (performance.now() - lastProgress > STALL_MS) return;
  }
}

/**
 * Starts the worker: the compiled `.js` entry next to this file, or, when running from
 * TypeScript sources (vitest, `tsx --conditions=source`), the `.ts` entry through tsx's loader,
 * since a worker thread does not inherit the parent's module hooks. Returns undefined when no
 * worker can be started; the calling thread then scores everything.
 */
function startWorker(workerData: unknown): Worker | undefined {
  const fromSource = import.meta.url.endsWith('.ts');
  try {
    const worker = fromSource
      ? new Worker(
          "const { workerData } = require('node:worker_threads');" +
            'import(workerData.loader).then((tsx) => { tsx.register(); return import(workerData.entry); });',
          {
            eval: true,
            workerData: {
              ...(workerData as object),
              loader: tsxEsmApi(),
              entry: new URL('./score-pairs.worker.ts', import.meta.url).href,
            },
          },
        )
      : new Worker(new URL('./score-pairs.worker.js', import.meta.url), { workerData });
    worker.unref();
    // Errors surface through the shared state (or the stall timeout); this keeps them from crashing the process.
    worker.on('error', () => {});
    return worker;
  } catch {
    return undefined;
  }
}
