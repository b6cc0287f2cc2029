import { MDM_SIMULATION_JOB, type MdmSimulationJobPayload, runMdmSimulation } from '@steward/core';
import type { Database } from '@steward/db';
import type { JobHandler } from './job-runner.js';

/** Runs a policy simulation on its sample (the startMdmSimulation mutation queues it). */
export function mdmSimulationHandler(db: Database): JobHandler {
  return {
    kind: MDM_SIMULATION_JOB,
    run: (job, report) =>
      runMdmSimulation(db, (job.payload as MdmSimulationJobPayload).simulationId, { onProgress: report }),
  };
}
