import { ensureBuiltInMetrics, METRICS_SNAPSHOT_JOB, scheduleRecurringJob, takeMetricSnapshot } from '@steward/core';
import type { Database } from '@steward/db';
import { systemActor } from '@steward/domain';
import type { JobHandler } from './job-runner.js';

/** The next run: 02:00 UTC tomorrow, so a day's value is taken once the day's work is in. */
export function nextSnapshotAt(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** Daily: takes every built-in metric's value for the organisation and each domain; queues the next run first. */
export function metricsSnapshotHandler(db: Database): JobHandler {
  return {
    kind: METRICS_SNAPSHOT_JOB,
    run: async () => {
      await scheduleRecurringJob(db, METRICS_SNAPSHOT_JOB, nextSnapshotAt(new Date()));
      return takeMetricSnapshot(db, systemActor('metrics snapshot'), {});
    },
  };
}

/** At start: the built-in metrics exist, and a snapshot is taken now if none is queued. */
export async function scheduleMetricsSnapshot(db: Database): Promise<void> {
  await ensureBuiltInMetrics(db);
  await scheduleRecurringJob(db, METRICS_SNAPSHOT_JOB, new Date());
}
