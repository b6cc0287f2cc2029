import { serve } from '@hono/node-server';
import { ensureInitialAdmin } from '@steward/core';
import { type DbHandle, openDb } from '@steward/db';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { registerDemoCatalogue, serveDemoSource } from './demo/demo-source.js';
import { isDemoSeeded, seedDemo } from './demo/seed-demo.js';
import { catalogIngestHandler, catalogProfileHandler } from './jobs/catalog-handlers.js';
import { glossaryImportHandler } from './jobs/glossary-import-handler.js';
import { scheduleSlaSweep, slaSweepHandler } from './jobs/issues-handlers.js';
import { startJobRunner } from './jobs/job-runner.js';
import { mdmSimulationHandler } from './jobs/mdm-handlers.js';
import { metricsSnapshotHandler, scheduleMetricsSnapshot } from './jobs/metrics-handlers.js';
import { policyControlsHandler, schedulePolicyControls } from './jobs/policies-handlers.js';
import { qualityRunHandler, qualityScheduleHandler, scheduleQualityRuns } from './jobs/quality-handlers.js';
import { startWebhookDispatcher } from './jobs/webhook-dispatcher.js';
import { resolveSecretBox } from './secrets.js';

/** Opens and migrates the database the configuration names (PGlite unless DATABASE_URL is set). */
export async function openMigratedDb(config: Config, logger: Logger): Promise<DbHandle> {
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.debug({ driver: handle.driver, location: handle.location }, 'database opened');
  await handle.migrate();
  return handle;
}

async function hasAccounts(handle: DbHandle): Promise<boolean> {
  const result = await handle.db.execute(sql`select exists(select 1 from user_account) as present`);
  const rows = Array.isArray(result) ? result : (result as { rows: { present: boolean }[] }).rows;
  return Boolean((rows[0] as { present?: boolean } | undefined)?.present);
}

export interface StartOptions {
  /** Load the Homebody demo when the database is new (no accounts yet). */
  demo: boolean;
}

/**
 * The composition root: config → database → (demo) → first admin → HTTP app → listening server.
 * Resolves once listening; the returned stop() closes the server, then the database.
 */
export async function startSteward(config: Config, logger: Logger, options: StartOptions) {
  const handle = await openMigratedDb(config, logger);
  let demoLoaded = false;
  let demoSource: Awaited<ReturnType<typeof serveDemoSource>> = null;
  const secrets = resolveSecretBox(config, handle.driver, logger);
  try {
    if (options.demo && !(await hasAccounts(handle))) {
      const summary = await seedDemo(handle.db);
      logger.debug({ summary }, 'demo data loaded');
    }
    const admin = await ensureInitialAdmin(handle.db, config.initialAdmin);
    if (admin.created && admin.oneTimePassword) {
      // Printed once, on purpose: the only way to the first sign-in without configuration.
      console.log(
        `\nFirst start: created the admin account ${admin.email} with the one-time password\n\n    ${admin.oneTimePassword}\n\nSign in with it and choose your own password.\n`,
      );
    } else if (admin.created) {
      logger.info(
        { email: admin.email },
        'created the admin account from STEWARD_ADMIN_EMAIL / STEWARD_ADMIN_PASSWORD',
      );
    }
    demoLoaded = await isDemoSeeded(handle.db);
    if (demoLoaded) {
      demoSource = await serveDemoSource({
        dataDir: config.dataDir,
        port: config.demoSourcePort,
        create: true,
        logger,
      });
      if (demoSource) await registerDemoCatalogue(handle.db, demoSource, secrets);
    }
  } catch (error) {
    await demoSource?.close();
    await handle.close();
    throw error;
  }

  const jobs = startJobRunner({
    db: handle.db,
    driver: handle.driver,
    logger,
    handlers: [
      glossaryImportHandler(handle.db),
      catalogIngestHandler(handle.db, secrets),
      catalogProfileHandler(handle.db, secrets),
      slaSweepHandler(handle.db),
      qualityRunHandler(handle.db, secrets),
      qualityScheduleHandler(handle.db, secrets),
      mdmSimulationHandler(handle.db),
      metricsSnapshotHandler(handle.db),
      policyControlsHandler(handle.db, secrets),
    ],
  });
  await scheduleSlaSweep(handle.db);
  await scheduleQualityRuns(handle.db);
  await scheduleMetricsSnapshot(handle.db);
  await schedulePolicyControls(handle.db);
  const webhooks = startWebhookDispatcher({ db: handle.db, secrets, logger });
  const app = createApp({
    db: handle.db,
    config,
    logger,
    jobs,
    secrets,
    demoSource: demoSource ? { host: demoSource.host, port: demoSource.port } : null,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(listening));
    listening.once('error', reject);
  });
  const url = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  logger.debug({ url }, 'Steward is listening');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop();
      await webhooks.stop();
      await handle.close();
      await demoSource?.close();
      logger.info('Steward stopped');
    })();
    return stopping;
  };
  const database =
    handle.driver === 'pglite'
      ? `embedded PostgreSQL (PGlite) in ${handle.location}`
      : `PostgreSQL at ${handle.location}`;
  return { url, stop, demoLoaded, database };
}
