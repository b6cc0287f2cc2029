import { buildGlossary } from '@steward/core/testing';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const file = [
  'name,definition,synonyms,parent',
  'Spare part,A part sold to repair an appliance.,Replacement part,Product item',
  'Product item,Anything we sell.,SKU item,',
].join('\n');

describe.each(testDrivers())('glossary files over HTTP on %s', (driver) => {
  let t: TestApp;
  let importer: { cookie: string };
  let reviewer: { cookie: string };
  let glossaryId: string;

  beforeAll(async () => {
    t = await createTestApp(driver, { jobRunner: true });
    importer = await t.signInAsPerson('steward');
    const reviewerSession = await t.signInAsPerson('steward');
    reviewer = reviewerSession;
    glossaryId = (await buildGlossary(t.db, { reviewerIds: [reviewerSession.person.id] })).id;
  });
  afterAll(async () => t?.close());

  const upload = (path: string, body: string, cookie: string, headers: Record<string, string> = {}) =>
    t.app.request(`http://localhost/api/glossaries/${glossaryId}${path}`, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'text/csv', ...headers },
      body,
    });

  it('dry-runs a file: a verdict per row, nothing written', async () => {
    const response = await upload('/import/dry-run', `${file}\nBroken,,,Nowhere`, importer.cookie);
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      valid: boolean;
      counts: Record<string, number>;
      rows: { row: number; action: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.counts).toMatchObject({ rows: 3, create: 2, error: 1 });
    expect(report.rows.map((row) => `${row.row}:${row.action}`)).toEqual(['2:create', '3:create', '4:error']);
  });

  it('refuses a CSV upload without a same-origin Origin header', async () => {
    const response = await t.app.request(`http://localhost/api/glossaries/${glossaryId}/import`, {
      method: 'POST',
      headers: { cookie: importer.cookie, 'content-type': 'text/csv' },
      body: file,
    });
    expect(response.status).toBe(415);
  });

  it('imports as a background job with progress, then the reviewer approves the batch', async () => {
    const started = await upload('/import?fileName=parts.csv', file, importer.cookie);
    expect(started.status).toBe(202);
    const { jobId, progressToken } = (await started.json()) as { jobId: string; progressToken: string };
    const live = await t.app.request(`/api/jobs/${jobId}/live?token=${progressToken}`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ live: expect.any(Boolean) });
    expect((await t.app.request(`/api/jobs/${jobId}/live?token=forged`)).status).toBe(403);
    let job: { status: string; result: { batchId: string; counts: { create: number } } } | undefined;
    for (let attempt = 0; attempt < 100; attempt++) {
      const result = await t.graphql<{ job: typeof job }>(
        `query($id: ID!) { job(id: $id) { status result error } }`,
        { id: jobId },
        {
          cookie: importer.cookie,
        },
      );
      job = result.data?.job ?? undefined;
      if (job && (job.status === 'succeeded' || job.status === 'failed')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(job).toMatchObject({ status: 'succeeded', result: { counts: { create: 2 } } });
    // Someone else's job is not theirs to see.
    const nosy = await t.graphql<{ job: unknown }>(
      `query($id: ID!) { job(id: $id) { status } }`,
      { id: jobId },
      { cookie: reviewer.cookie },
    );
    expect(nosy.data?.job).toBeNull();

    const decided = await t.graphql<{
      decideBatch: { __typename: string; data: { decided: number; batch: { counts: { approved: number } } } };
    }>(
      `mutation($input: DecideBatchInput!) { decideBatch(input: $input) { __typename
         ... on DecideBatchSuccess { data { decided batch { title counts { approved pending } } } } } }`,
      { input: { batchId: job!.result.batchId, decision: 'approve' } },
      { cookie: reviewer.cookie },
    );
    expect(decided.data?.decideBatch).toMatchObject({
      __typename: 'DecideBatchSuccess',
      data: { decided: 2, batch: { counts: { approved: 2 } } },
    });

    const exported = await t.app.request(`http://localhost/api/glossaries/${glossaryId}/export.csv`, {
      headers: { cookie: reviewer.cookie },
    });
    expect(exported.headers.get('content-type')).toMatch(/text\/csv/);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.csv"/);
    const text = await exported.text();
    expect(text).toContain('Spare part,A part sold to repair an appliance.,,Replacement part,Product item');
    const roundTrip = await upload('/import/dry-run', text, importer.cookie);
    expect(((await roundTrip.json()) as { counts: unknown }).counts).toMatchObject({
      unchanged: 2,
      create: 0,
      update: 0,
    });
  });

  it('answers an invalid import with the problems and starts no job', async () => {
    const response = await upload('/import', 'name,definition\n,\n', importer.cookie);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'rows.2.name' } });
  });

  it('needs a signed-in account', async () => {
    const response = await t.app.request(`http://localhost/api/glossaries/${glossaryId}/export.csv`);
    expect(response.status).toBe(401);
  });
});
