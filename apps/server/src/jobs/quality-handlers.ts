import {
  QUALITY_RUN_JOB,
  QUALITY_SCHEDULE_JOB,
  type QualityRunJobPayload,
  runQualityRules,
  runScheduledQualityRules,
  type SecretBox,
  scheduleRecurringJob,
} from '@steward/core';
import type { Database } from '@steward/db';
import type { JobHandler } from './job-runner.js';

/** How often rules with a schedule are looked at. */
export const QUALITY_SCHEDULE_INTERVAL_MS = 60_000;

/** Runs rules asked for now (the runQualityRules mutation). */
export function qualityRunHandler(db: Database, secrets: SecretBox): JobHandler {
  return {
    kind: QUALITY_RUN_JOB,
    run: (job, report) =>
      runQualityRules(db, (job.payload as QualityRunJobPayload).ruleIds, secrets, {
        jobId: job.id,
        onProgress: report,
      }),
  };
}

/** Every minute: runs the rules whose schedule is due; the next look is queued first. */
export function qualityScheduleHandler(db: Database, secrets: SecretBox): JobHandler {
  return {
    kind: QUALITY_SCHEDULE_JOB,
    run: async (job) => {
      await scheduleRecurringJob(db, QUALITY_SCHEDULE_JOB, new Date(Date.now() + QUALITY_SCHEDULE_INTERVAL_MS));
      return runScheduledQualityRules(db, secrets, { jobId: job.id });
    },
  };
}

export async function scheduleQualityRuns(db: Database): Promise<void> {
  await scheduleRecurringJob(db, QUALITY_SCHEDULE_JOB, new Date());
}
