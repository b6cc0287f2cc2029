import { type Database, jobs } from '@steward/db';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';

type JobRow = typeof jobs.$inferSelect;

export interface Job {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  payload: unknown;
  progress: unknown;
  result: unknown;
  error: string | null;
  attempts: number;
  /** The account that queued it. */
  createdBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const toJob = (row: JobRow): Job => ({
  id: row.id,
  kind: row.kind,
  status: row.status as Job['status'],
  payload: row.payload,
  progress: row.progress,
  result: row.result,
  error: row.error,
  attempts: row.attempts,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
});

/** Queues a job. Pass the caller's transaction so the job exists only if the change commits. */
export async function enqueueJob(
  db: Pick<Database, 'insert'>,
  job: { kind: string; payload?: unknown; createdBy?: string | null; maxAttempts?: number; runAfter?: Date },
): Promise<Job> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      createdBy: job.createdBy ?? null,
      maxAttempts: job.maxAttempts ?? 3,
      runAfter: job.runAfter ?? new Date(),
    })
    .returning();
  return toJob(row!);
}

/** How long a claim holds before another worker may take the job over (a crashed worker). */
const LEASE_MS = 5 * 60_000;

/**
 * Claims the oldest runnable job of the given kinds for this worker. `FOR UPDATE SKIP LOCKED`
 * lets any number of replicas poll at once without taking the same job; a job whose worker
 * died (lease expired) is runnable again.
 */
export async function claimNextJob(
  db: Database,
  workerId: string,
  kinds: readonly string[],
  now = new Date(),
): Promise<Job | null> {
  return db.transaction(async (tx) => {
    const [candidate] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          inArray(jobs.kind, [...kinds]),
          or(
            and(eq(jobs.status, 'queued'), lte(jobs.runAfter, now)),
            and(eq(jobs.status, 'running'), lte(jobs.lockedUntil, now)),
          ),
        ),
      )
      .orderBy(jobs.runAfter, jobs.createdAt)
      .limit(1)
      .for('update', { skipLocked: true });
    if (!candidate) return null;
    const [row] = await tx
      .update(jobs)
      .set({
        status: 'running',
        lockedBy: workerId,
        lockedUntil: new Date(now.getTime() + LEASE_MS),
        attempts: sql`${jobs.attempts} + 1`,
        startedAt: now,
        updatedAt: now,
        version: sql`${jobs.version} + 1`,
      })
      .where(eq(jobs.id, candidate.id))
      .returning();
    return toJob(row!);
  });
}

/** Records progress (shown in the UI) and extends the lease. */
export async function reportJobProgress(db: Database, jobId: string, workerId: string, progress: unknown) {
  await db
    .update(jobs)
    .set({ progress, lockedUntil: new Date(Date.now() + LEASE_MS), updatedAt: new Date() })
    .where(and(eq(jobs.id, jobId), eq(jobs.lockedBy, workerId)));
}

export async function completeJob(db: Database, jobId: string, workerId: string, result: unknown) {
  await db
    .update(jobs)
    .set({ status: 'succeeded', result, finishedAt: new Date(), lockedUntil: null, updatedAt: new Date() })
    .where(and(eq(jobs.id, jobId), eq(jobs.lockedBy, workerId)));
}

/** Fails an attempt: queued again with exponential backoff, or failed for good after the last one. */
export async function failJob(db: Database, jobId: string, workerId: string, error: string, now = new Date()) {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.lockedBy, workerId)));
  if (!row) return;
  const finalAttempt = row.attempts >= row.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: finalAttempt ? 'failed' : 'queued',
      error: error.slice(0, 4000),
      runAfter: new Date(now.getTime() + 2 ** row.attempts * 1000),
      finishedAt: finalAttempt ? now : null,
      lockedBy: null,
      lockedUntil: null,
      updatedAt: now,
    })
    .where(eq(jobs.id, jobId));
}

/** Jobs by id (a DataLoader batch: one query for a page of sources). */
export async function findJobsByIds(db: Database, ids: readonly string[]): Promise<(Job | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(jobs)
    .where(inArray(jobs.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toJob(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function getJob(db: Database, jobId: string): Promise<Job | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  return row ? toJob(row) : null;
}

/**
 * Keeps one queued run of a recurring job (the SLA sweep): queues it to run at `runAfter`
 * unless a run is already queued. A transaction-scoped advisory lock on the kind keeps two
 * replicas from both queueing one. Old successful runs of the kind are cleared (a day is kept).
 */
export async function scheduleRecurringJob(db: Database, kind: string, runAfter: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`steward.recurring.${kind}`}))`);
    const [queued] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.kind, kind), eq(jobs.status, 'queued')))
      .limit(1);
    if (!queued) await enqueueJob(tx, { kind, payload: { recurring: true }, runAfter, maxAttempts: 1 });
    await tx
      .delete(jobs)
      .where(
        and(
          eq(jobs.kind, kind),
          eq(jobs.status, 'succeeded'),
          lte(jobs.finishedAt, new Date(runAfter.getTime() - 24 * 3600_000)),
        ),
      );
  });
}
