import { evaluateAllControls, POLICY_CONTROLS_JOB, type SecretBox, scheduleRecurringJob } from '@steward/core';
import type { Database } from '@steward/db';
import type { JobHandler } from './job-runner.js';
import { nextSnapshotAt } from './metrics-handlers.js';

/** Daily (with the metrics, at 02:00 UTC): evaluates every active policy control; queues the next run first. */
export function policyControlsHandler(db: Database, secrets: SecretBox): JobHandler {
  return {
    kind: POLICY_CONTROLS_JOB,
    run: async () => {
      await scheduleRecurringJob(db, POLICY_CONTROLS_JOB, nextSnapshotAt(new Date()));
      return evaluateAllControls(db, secrets);
    },
  };
}

export async function schedulePolicyControls(db: Database): Promise<void> {
  await scheduleRecurringJob(db, POLICY_CONTROLS_JOB, nextSnapshotAt(new Date()));
}
