import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimNextJob, completeJob, enqueueJob, failJob, getJob } from './job-queue.js';

describe.each(testDrivers())('the job queue on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());

  it('gives each queued job to exactly one of several concurrent workers', async () => {
    const kind = `test.concurrent.${driver}`;
    for (let index = 0; index < 6; index++) await enqueueJob(handle.db, { kind, payload: { index } });
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, worker) => claimNextJob(handle.db, `worker-${worker}`, [kind])),
    );
    const claimed = claims.filter((job) => job !== null).map((job) => job.id);
    expect(claimed).toHaveLength(6);
    expect(new Set(claimed).size).toBe(6);
  });

  it('retries a failed job with backoff, then fails it for good', async () => {
    const kind = `test.retry.${driver}`;
    const job = await enqueueJob(handle.db, { kind, maxAttempts: 2 });
    let now = new Date();
    const first = await claimNextJob(handle.db, 'w', [kind], now);
    expect(first?.attempts).toBe(1);
    await failJob(handle.db, job.id, 'w', 'source unreachable', now);
    expect(await claimNextJob(handle.db, 'w', [kind], now)).toBeNull();
    now = new Date(now.getTime() + 10_000);
    const second = await claimNextJob(handle.db, 'w', [kind], now);
    expect(second?.attempts).toBe(2);
    await failJob(handle.db, job.id, 'w', 'still unreachable', now);
    expect(await getJob(handle.db, job.id)).toMatchObject({ status: 'failed', error: 'still unreachable' });
  });

  it('hands a job whose worker vanished to another worker after the lease', async () => {
    const kind = `test.lease.${driver}`;
    const job = await enqueueJob(handle.db, { kind });
    const now = new Date();
    await claimNextJob(handle.db, 'crashed', [kind], now);
    expect(await claimNextJob(handle.db, 'other', [kind], now)).toBeNull();
    const later = new Date(now.getTime() + 6 * 60_000);
    const taken = await claimNextJob(handle.db, 'other', [kind], later);
    expect(taken?.id).toBe(job.id);
    await completeJob(handle.db, job.id, 'other', { ok: true });
    expect(await getJob(handle.db, job.id)).toMatchObject({ status: 'succeeded', result: { ok: true } });
  });
});
