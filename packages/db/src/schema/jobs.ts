import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';

/**
 * Long work (ingest, profiling, MDM simulation) as rows any replica can claim with
 * FOR UPDATE SKIP LOCKED, so a crash loses no job.
 */
export const jobs = pgTable(
  'job',
  {
    ...recordColumns,
    kind: text().notNull(),
    status: text().notNull().default('queued'),
    payload: jsonb().notNull().default({}),
    progress: jsonb(),
    result: jsonb(),
    error: text(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(3),
    runAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedBy: text(),
    lockedUntil: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index('job_claim_idx').on(table.status, table.runAfter),
    check('job_status_check', sql`${table.status} in ('queued', 'running', 'succeeded', 'failed', 'cancelled')`),
  ],
);
