import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('operation limits and error masking', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    cookie = await t.signInAs('viewer');
  });
  afterAll(async () => t?.close());

  it('rejects a query nested deeper than the limit before running it', async () => {
    const deep = `{ people { nodes { roles { person { roles { person { roles { person { roles { person { name } } } } } } } } } } }`;
    const before = await t.countQueries(async () => {
      const result = await t.graphql(deep, {}, { cookie });
      expect(result.errors?.[0]?.message).toMatch(/validation|depth/i);
      expect(result.data).toBeUndefined();
    });
    // Only the session lookup ran; nothing of the operation did.
    expect(before).toBeLessThanOrEqual(1);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: viewer { account { email } }`).join(' ');
    const result = await t.graphql(`{ ${aliases} }`, {}, { cookie });
    expect(result.errors?.[0]?.message).toMatch(/validation|alias/i);
  });

  it('refuses a page size above 100 with the argument named', async () => {
    const huge = await t.graphql('{ people(first: 99999999) { totalCount } }', {}, { cookie });
    expect(huge.data ?? null).toBeNull();
    expect(huge.errors).toHaveLength(1);
    const result = await t.graphql('{ people(first: 101) { totalCount } }', {}, { cookie });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('refuses batched operations', async () => {
    const response = await t.app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify([
        { query: '{ viewer { account { email } } }' },
        { query: '{ viewer { account { email } } }' },
      ]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('hides field suggestions from probing clients', async () => {
    const result = await t.graphql('{ peopl { totalCount } }', {}, { cookie });
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it('masks an unexpected failure and gives only a request id to quote', async () => {
    const broken = await createTestApp('pglite');
    const session = await broken.signInAs('viewer');
    await broken.handle.pglite!.exec('drop table person cascade');
    const result = await broken.graphql('{ people { totalCount } }', {}, { cookie: session });
    await broken.close();
    const error = result.errors?.[0];
    expect(error?.message).toBe('Unexpected error.');
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.extensions?.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(result)).not.toMatch(/person|relation|select/i);
  });

  it('says it is not ready when the database is gone', async () => {
    const dying = await createTestApp('pglite');
    expect((await dying.app.request('/readyz')).status).toBe(200);
    await dying.close();
    const response = await dying.app.request('/readyz');
    expect(response.status).toBe(503);
    expect((await dying.app.request('/healthz')).status).toBe(200);
  });
});
