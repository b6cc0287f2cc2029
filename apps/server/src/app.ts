import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { SecretBox } from '@steward/core';
import type { Database } from '@steward/db';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createGraphQLServer } from './graphql/yoga.js';
import { authRoutes } from './http/auth-routes.js';
import { authenticateRequest } from './http/credentials.js';
import { csrfProtection } from './http/csrf.js';
import type { AppEnv } from './http/env.js';
import { handleError } from './http/error-handler.js';
import { glossaryRoutes } from './http/glossary-routes.js';
import { runInRequestScope } from './http/request-scope.js';
import type { JobRunner } from './jobs/job-runner.js';

export interface AppDependencies {
  db: Database;
  config: Config;
  logger: Logger;
  /** This process's job runner, for live progress and to start queued work at once. */
  jobs?: JobRunner | undefined;
  /** Seals data-source passwords (see secrets.ts). */
  secrets: SecretBox;
  /** Where the demo's operational database is served, when this process serves it. */
  demoSource?: { host: string; port: number } | null | undefined;
}

/** The built web app: apps/web/dist beside this package, from src/ and dist/ alike. */
function defaultWebDist(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}

/** The HTTP application: health, auth, GraphQL and the web app, on one port. */
export function createApp({ db, config, logger, jobs, secrets, demoSource }: AppDependencies) {
  const graphql = createGraphQLServer({ db, logger, isDevelopment: config.isDevelopment, jobs, secrets, demoSource });
  const app = new Hono<AppEnv>();

  app.use(requestId({ headerName: 'x-request-id' }));
  app.use(async (c, next) => {
    const id = c.get('requestId');
    c.set('logger', logger.child({ requestId: id }));
    await runInRequestScope(id, next);
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // Ant Design writes its CSS-in-JS into <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: config.isDevelopment ? ["'self'", "'unsafe-inline'", 'https://unpkg.com'] : ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.onError(handleError);

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await db.execute(sql`select 1`);
      return c.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      c.get('logger').warn({ err: error }, 'readiness check failed');
      return c.json({ status: 'not ready', database: 'unreachable' }, 503);
    }
  });

  app.use('/auth/*', bodyLimit({ maxSize: 16 * 1024 }), csrfProtection(config));
  app.route('/auth', authRoutes(db, config));
  app.use('/api/*', csrfProtection(config));
  app.route('/api/glossaries', glossaryRoutes(db, config, jobs));
  // Live progress of a job running here, for the holder of its token: no database involved.
  app.get('/api/jobs/:jobId/live', (c) => {
    const answer = jobs?.liveProgressFor(c.req.param('jobId'), c.req.query('token') ?? '');
    if (!answer) return c.json({ error: { code: 'FORBIDDEN', message: 'Not your job, or not this server.' } }, 403);
    return c.json(answer);
  });

  app.use('/graphql', bodyLimit({ maxSize: 1024 * 1024 }), csrfProtection(config), async (c, next) => {
    const viewer = await authenticateRequest(c, db, config);
    // A client that sends a token wants to be that account: a bad token is an error, not anonymity.
    if (!viewer && c.req.header('authorization')) {
      return c.json(
        {
          errors: [
            {
              message: 'The API token is malformed, unknown, expired or revoked. Send Authorization: Bearer stw_…',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        },
        401,
      );
    }
    c.set('viewer', viewer);
    await next();
  });
  app.on(['GET', 'POST'], '/graphql', async (c) => {
    const response = await graphql.fetch(c.req.raw, { viewer: c.get('viewer'), requestId: c.get('requestId') });
    // Keep headers hono middleware set (renewed cookie, request id, security headers).
    return new Response(response.body, {
      status: response.status,
      headers: mergeHeaders(c.res.headers, response.headers),
    });
  });

  const webDist = config.webDist ?? defaultWebDist();
  if (existsSync(resolve(webDist, 'index.html'))) {
    app.use('/*', serveStatic({ root: webDist }));
    // Client-side routes (/people/…) get the app shell; the router takes it from there.
    app.get('*', serveStatic({ root: webDist, path: 'index.html' }));
  } else {
    app.get('/', (c) =>
      c.text(
        `Steward's API is running, but the web app is not built (looked in ${webDist}). Run ./scripts/start.`,
        503,
      ),
    );
  }
  return app;
}

function mergeHeaders(first: Headers, second: Headers): Headers {
  const merged = new Headers(first);
  second.forEach((value, key) => {
    if (key.toLowerCase() === 'set-cookie') merged.append(key, value);
    else merged.set(key, value);
  });
  return merged;
}
