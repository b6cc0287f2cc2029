// Worker entry of `scoreCandidatePairs`: compiles the policy over the shared columns and claims
// chunks of pairs until none is left. It reports through shared memory only, because the calling
// thread is blocked in Atomics.wait and cannot receive messages.
import { workerData } from 'node:worker_threads';
import type { GoldenRecordPolicy } from '@steward/domain';
import {
  CHUNKS_DONE,
  createPairScorer,
  type ScoringColumns,
  type ScoringJob,
  scoreClaimedChunks,
  WORKER_FAILED,
  WORKER_FINISHED,
  WORKER_SCORING,
  WORKER_STATE,
} from './score-columns.js';

const { policy, columns, job } = workerData as { policy: GoldenRecordPolicy; columns: ScoringColumns; job: ScoringJob };
try {
  Atomics.store(job.control, WORKER_STATE, WORKER_SCORING);
  scoreClaimedChunks(createPairScorer(policy, columns), job);
  Atomics.store(job.control, WORKER_STATE, WORKER_FINISHED);
} catch {
  // The calling thread scores whatever this worker claimed but did not finish.
  Atomics.store(job.control, WORKER_STATE, WORKER_FAILED);
}
Atomics.notify(job.control, CHUNKS_DONE);
