import { SLA_SWEEP_JOB, scheduleRecurringJob, sweepSlaBreaches } from '@steward/core';
import type { Database } from '@steward/db';
import type { JobHandler } from './job-runner.js';

/** How often SLA breaches are looked for. */
export const SLA_SWEEP_INTERVAL_MS = 60_000;

/**
 * Flags SLA breaches and escalates them, every minute. The next run is queued before this one
 * sweeps, so a failed sweep does not stop the schedule.
 */
export function slaSweepHandler(db: Database): JobHandler {
  return {
    kind: SLA_SWEEP_JOB,
    run: async () => {
      await scheduleRecurringJob(db, SLA_SWEEP_JOB, new Date(Date.now() + SLA_SWEEP_INTERVAL_MS));
      return sweepSlaBreaches(db);
    },
  };
}

/** Queues the first sweep at start (a replica that finds one queued adds none). */
export async function scheduleSlaSweep(db: Database): Promise<void> {
  await scheduleRecurringJob(db, SLA_SWEEP_JOB, new Date());
}
