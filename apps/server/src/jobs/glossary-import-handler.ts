import { GLOSSARY_IMPORT_JOB, type GlossaryImportJobPayload, runTermImportJob } from '@steward/core';
import type { Database } from '@steward/db';
import type { JobHandler } from './job-runner.js';

/** Runs glossary CSV imports queued by POST /api/glossaries/:id/import. */
export function glossaryImportHandler(db: Database): JobHandler {
  return {
    kind: GLOSSARY_IMPORT_JOB,
    run: async (job, report) => {
      const outcome = await runTermImportJob(db, job.id, job.payload as GlossaryImportJobPayload, report);
      return {
        counts: outcome.plan.counts,
        batchId: outcome.batch?.id ?? null,
        selfApproved: outcome.selfApproved,
      };
    },
  };
}
