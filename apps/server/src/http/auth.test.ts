import { buildAccount } from '@steward/core/testing';
import { sessions } from '@steward/db';
import { testDrivers } from '@steward/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const viewerQuery = '{ viewer { account { email role } permissions } }';

describe.each(testDrivers())('sign-in, sessions and tokens on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(driver);
  });
  afterAll(async () => t?.close());

  it('signs in with an HTTP-only, SameSite session cookie and knows the viewer', async () => {
    const { account, password } = await buildAccount(t.db, { role: 'steward' });
    const response = await t.app.request('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email.toUpperCase(), password }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^steward_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Expires=/i);
    const result = await t.graphql(viewerQuery, {}, { cookie: cookie.split(';')[0] });
    expect(result.data?.viewer).toMatchObject({ account: { email: account.email, role: 'steward' } });
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { account } = await buildAccount(t.db);
    const attempt = (email: string, password: string) =>
      t.app.request('/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
    const wrongPassword = await attempt(account.email, 'not the password at all');
    const unknown = await attempt('nobody@test.example', 'not the password at all');
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknown.json());
    const malformed = await attempt('not-an-email', '');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'email' } });
  });

  it('answers a signed-out viewer with null and any other query with UNAUTHENTICATED', async () => {
    expect((await t.graphql(viewerQuery)).data).toEqual({ viewer: null });
    const people = await t.graphql('{ people { totalCount } }');
    expect(people.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(people.data).toBeNull();
  });

  it('ends the session on sign-out, and refuses expired sessions', async () => {
    const { account, password } = await buildAccount(t.db);
    const cookie = await t.signIn(account.email, password);
    const out = await t.app.request('/auth/sign-out', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(out.status).toBe(200);
    expect((await t.graphql(viewerQuery, {}, { cookie })).data).toEqual({ viewer: null });

    const again = await t.signIn(account.email, password);
    await t.db.update(sessions).set({ expiresAt: sql`now() - interval '1 minute'` });
    expect((await t.graphql(viewerQuery, {}, { cookie: again })).data).toEqual({ viewer: null });
  });

  it('slides an active session forward and renews the cookie', async () => {
    const cookie = await t.signInAs('viewer');
    await t.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '10 minutes'`, expiresAt: sql`now() + interval '1 hour'` });
    const response = await t.app.request('/graphql', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ query: viewerQuery }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/^steward_session=.*Expires=/);
    const [session] = await t.db.select().from(sessions).where(sql`last_seen_at > now() - interval '1 minute'`);
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
  });

  it('issues API tokens shown once, stored hashed, that work as Bearer and can be revoked', async () => {
    const { account, password } = await buildAccount(t.db, { role: 'steward' });
    const cookie = await t.signIn(account.email, password);
    const created = await t.graphql<{
      createApiToken: { data: { secret: string; token: { id: string; prefix: string } } };
    }>(
      `mutation { createApiToken(input: { name: "nightly import", expiresInDays: 30 }) {
         ... on CreateApiTokenSuccess { data { secret token { id prefix } } } } }`,
      {},
      { cookie },
    );
    const { secret, token } = created.data!.createApiToken.data;
    expect(secret).toMatch(/^stw_/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const stored = await t.db.execute(sql`select token_hash from api_token where id = ${token.id}`);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const asBearer = await t.graphql(viewerQuery, {}, { token: secret });
    expect(asBearer.data?.viewer).toMatchObject({ account: { email: account.email } });

    await t.graphql(`mutation { revokeApiToken(input: { id: "${token.id}" }) { __typename } }`, {}, { cookie });
    for (const bad of [secret, 'stw_forged']) {
      const refused = await t.graphql(viewerQuery, {}, { token: bad });
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(refused.errors?.[0]?.message).toMatch(/expired or revoked/);
    }
  });

  it('refuses a disabled account at sign-in', async () => {
    const { account, password } = await buildAccount(t.db);
    await t.db.execute(sql`update user_account set disabled = true where id = ${account.id}`);
    await expect(t.signIn(account.email, password)).rejects.toThrow(/401/);
  });
});

describe('CSRF protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('refuses writes from another origin and writes that are not JSON', async () => {
    const { account, password } = await buildAccount(t.db);
    const cookie = await t.signIn(account.email, password);
    const crossSite = await t.app.request('http://localhost/graphql', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { account { email } } }' }),
    });
    expect(crossSite.status).toBe(403);
    const formPost = await t.app.request('http://localhost/graphql', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%7BcreateDomain%28input%3A%7Bname%3A%22x%22%7D%29%7B__typename%7D%7D',
    });
    expect(formPost.status).toBe(415);
    const sameOrigin = await t.app.request('http://localhost/graphql', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { account { email } } }' }),
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('never lets a GET run a mutation', async () => {
    const response = await t.app.request(
      `/graphql?query=${encodeURIComponent('mutation { createDomain(input: {name: "x"}) { __typename } }')}`,
    );
    expect(response.status).toBe(405);
  });
});
