import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { claimNextJob, completeJob, failJob, type Job, reportJobProgress } from '@steward/core';
import type { Database, Driver } from '@steward/db';
import type { Logger } from 'pino';

export interface JobHandler {
  kind: string;
  run(job: Job, report: (progress: unknown) => void): Promise<unknown>;
}

export interface JobRunner {
  /** Progress of a job running in this process right now (fresher than the stored one). */
  liveProgress(jobId: string): unknown;
  /**
   * A token that lets its holder read a job's live progress without the database: on the
   * embedded database a long job's transaction holds the only connection, so polling through
   * GraphQL would wait until the job is over.
   */
  progressToken(jobId: string): string;
  /** Live progress for a holder of the job's token; undefined when the token is wrong. */
  liveProgressFor(jobId: string, token: string): { live: boolean; progress: unknown } | undefined;
  /** Looks for work at once instead of at the next poll (after a job was queued here). */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Runs queued jobs of the given kinds, one at a time, in this process. Every replica runs one;
 * `FOR UPDATE SKIP LOCKED` keeps them from taking the same job. Progress is kept in memory (the
 * embedded database is one connection, busy with the job's own transaction) and, on a
 * PostgreSQL server, also written to the job row every second for the other replicas.
 */
export function startJobRunner(options: {
  db: Database;
  driver: Driver;
  logger: Logger;
  handlers: JobHandler[];
  pollMs?: number;
}): JobRunner {
  const workerId = `worker-${randomUUID().slice(0, 8)}`;
  const tokenKey = randomBytes(32);
  const tokenOf = (jobId: string) => createHmac('sha256', tokenKey).update(jobId).digest('base64url');
  const handlers = new Map(options.handlers.map((handler) => [handler.kind, handler]));
  const live = new Map<string, unknown>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const runOne = async (): Promise<boolean> => {
    const job = await claimNextJob(options.db, workerId, [...handlers.keys()]);
    if (!job) return false;
    const handler = handlers.get(job.kind)!;
    const log = options.logger.child({ jobId: job.id, kind: job.kind });
    // Recurring jobs (the SLA sweep, the rule schedule) run every minute: their lines are debug detail.
    const recurring = (job.payload as { recurring?: boolean } | null)?.recurring === true;
    const note = (message: string) => (recurring ? log.debug(message) : log.info(message));
    let lastWrite = 0;
    const report = (progress: unknown) => {
      live.set(job.id, progress);
      if (options.driver === 'postgres' && Date.now() - lastWrite > 1000) {
        lastWrite = Date.now();
        void reportJobProgress(options.db, job.id, workerId, progress).catch((error: unknown) =>
          log.warn({ err: error }, 'could not store job progress'),
        );
      }
    };
    try {
      note('job started');
      const result = await handler.run(job, report);
      await completeJob(options.db, job.id, workerId, result ?? null);
      note('job finished');
    } catch (error) {
      log.warn({ err: error }, 'job failed');
      await failJob(options.db, job.id, workerId, describeFailure(error));
    } finally {
      live.delete(job.id);
    }
    return true;
  };

  const loop = () => {
    if (stopped) return;
    running = (async () => {
      try {
        while (!stopped && (await runOne())) {
          // keep going while there is work
        }
      } catch (error) {
        options.logger.error({ err: error }, 'job runner could not poll');
      }
      if (!stopped) timer = setTimeout(loop, options.pollMs ?? 1000);
    })();
  };
  timer = setTimeout(loop, 0);

  return {
    liveProgress: (jobId) => live.get(jobId),
    progressToken: tokenOf,
    liveProgressFor: (jobId, token) => {
      const expected = Buffer.from(tokenOf(jobId));
      const given = Buffer.from(token);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      return { live: live.has(jobId), progress: live.get(jobId) ?? null };
    },
    wake: () => {
      if (stopped) return;
      clearTimeout(timer);
      void running.then(() => {
        if (!stopped) {
          clearTimeout(timer);
          loop();
        }
      });
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** What a user may read of a failure: the domain error's words, else a generic line. */
function describeFailure(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const fieldErrors = (error as { fieldErrors?: { field: string; message: string }[] }).fieldErrors;
    const details = fieldErrors?.slice(0, 20).map((problem) => `${problem.field}: ${problem.message}`) ?? [];
    return [String((error as { message: unknown }).message), ...details].join('\n');
  }
  return 'The job failed unexpectedly; the server log has the details.';
}
