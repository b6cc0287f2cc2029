import { createSecretBox } from '@steward/core';
import { buildAccount, buildPerson } from '@steward/core/testing';
import type { Driver } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import type { AppRole } from '@steward/domain';
import type { Logger } from 'pino';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { catalogIngestHandler, catalogProfileHandler } from '../jobs/catalog-handlers.js';
import { glossaryImportHandler } from '../jobs/glossary-import-handler.js';
import { startJobRunner } from '../jobs/job-runner.js';
import { mdmSimulationHandler } from '../jobs/mdm-handlers.js';
import { createLogger } from '../logger.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The real HTTP app over a fresh test database, driven in-process with `app.request()`.
 * `queries` counts the SQL statements drizzle sends, for N+1 checks.
 */
export async function createTestApp(
  driver: Driver,
  options: {
    jobRunner?: boolean;
    logger?: Logger;
    environment?: Record<string, string>;
    demoSource?: { host: string; port: number };
  } = {},
) {
  const counter = { queries: 0 };
  const handle = await createTestDb(driver, { onQuery: () => counter.queries++ });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STEWARD_DATA_DIR: '/nonexistent' });
  const logger = options.logger ?? createLogger('silent');
  const secrets = createSecretBox('test-secret-key', options.environment ?? {});
  const jobs = options.jobRunner
    ? startJobRunner({
        db: handle.db,
        driver,
        logger,
        handlers: [
          glossaryImportHandler(handle.db),
          catalogIngestHandler(handle.db, secrets),
          catalogProfileHandler(handle.db, secrets),
          mdmSimulationHandler(handle.db),
        ],
        pollMs: 50,
      })
    : undefined;
  const app = createApp({ db: handle.db, config, logger, jobs, secrets, demoSource: options.demoSource ?? null });

  async function signIn(email: string, password: string): Promise<string> {
    const response = await app.request('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers.get('set-cookie') ?? '';
    return cookie.split(';')[0]!;
  }

  async function graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    auth: { cookie?: string; token?: string } = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    const response = await app.request('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** A new account of the role, signed in: returns its session cookie. */
  async function signInAs(role: AppRole): Promise<string> {
    const { account, password } = await buildAccount(handle.db, { role });
    return signIn(account.email, password);
  }

  /** A new person with an account of the role, signed in (authors and reviewers are people). */
  async function signInAsPerson(role: AppRole) {
    const person = await buildPerson(handle.db);
    const { account, password } = await buildAccount(handle.db, { role, personId: person.id });
    return { person, cookie: await signIn(account.email, password) };
  }

  /** Runs work and returns how many SQL statements it sent. */
  async function countQueries(work: () => Promise<unknown>): Promise<number> {
    const before = counter.queries;
    await work();
    return counter.queries - before;
  }

  return {
    app,
    handle,
    db: handle.db,
    signIn,
    signInAs,
    signInAsPerson,
    graphql,
    countQueries,
    close: async () => {
      await jobs?.stop();
      await handle.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
