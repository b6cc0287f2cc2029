import {
  CATALOG_INGEST_JOB,
  CATALOG_PROFILE_JOB,
  type CatalogIngestJobPayload,
  type CatalogProfileJobPayload,
  runIngestJob,
  runProfilingJob,
  type SecretBox,
} from '@steward/core';
import type { Database } from '@steward/db';
import type { JobHandler } from './job-runner.js';

/** Runs catalogue ingests queued by the ingestDataSource mutation (and the demo at start). */
export function catalogIngestHandler(db: Database, secrets: SecretBox): JobHandler {
  return {
    kind: CATALOG_INGEST_JOB,
    run: async (job, report) => {
      const outcome = await runIngestJob(db, job.id, job.payload as CatalogIngestJobPayload, secrets, report);
      return outcome;
    },
  };
}

/** Runs profilings queued by the profileAssets mutation. */
export function catalogProfileHandler(db: Database, secrets: SecretBox): JobHandler {
  return {
    kind: CATALOG_PROFILE_JOB,
    run: (job, report) => runProfilingJob(db, job.id, job.payload as CatalogProfileJobPayload, secrets, report),
  };
}
