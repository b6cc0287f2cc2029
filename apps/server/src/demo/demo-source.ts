import { existsSync } from 'node:fs';
import {
  applySnapshot,
  credentialsOf,
  findDemoSource,
  loadDataSourceRow,
  readSnapshot,
  registerDemoSource,
  type SecretBox,
} from '@steward/core';
import { type Database, domains, type EmbeddedPostgresServer, serveEmbeddedPostgres } from '@steward/db';
import { systemActor } from '@steward/domain';
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { homebodyOperationsSql } from './homebody-operations.js';

export const demoSourceDirOf = (dataDir: string) => `${dataDir}-demo-source`;

export const DEMO_SOURCE_NAME = 'Homebody operations';

/**
 * Serves the demo's operational database (made on first use) on 127.0.0.1, so the catalogue
 * has a real PostgreSQL source to read. Returns null when the folder does not exist and
 * `create` is false (a deployment that never loaded the demo).
 */
export async function serveDemoSource(options: {
  dataDir: string;
  port: number;
  create: boolean;
  logger: Logger;
}): Promise<EmbeddedPostgresServer | null> {
  const folder = demoSourceDirOf(options.dataDir);
  const isNew = !existsSync(folder);
  if (isNew && !options.create) return null;
  let server: EmbeddedPostgresServer;
  try {
    server = await serveEmbeddedPostgres({ dataDir: folder, port: options.port });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE' || options.port === 0) throw error;
    // Another Steward has the usual port: any free one does, the source is repointed below.
    server = await serveEmbeddedPostgres({ dataDir: folder, port: 0 });
  }
  if (isNew) await server.pglite.exec(homebodyOperationsSql);
  options.logger.debug({ port: server.port, folder }, 'demo operational database served');
  return server;
}

/**
 * Makes sure the catalogue knows the demo source at the address it is served on now, and on
 * the first start reads its catalogue, so a new user opens a real catalogue.
 */
export async function registerDemoCatalogue(
  db: Database,
  server: { host: string; port: number },
  secrets: SecretBox,
): Promise<void> {
  const actor = systemActor('demo-seed');
  const existing = await findDemoSource(db);
  if (existing && existing.connection.host === server.host && existing.connection.port === server.port) return;
  const [customerDomain] = await db.select({ id: domains.id }).from(domains).where(eq(domains.name, 'Customer'));
  const source = await registerDemoSource(db, actor, {
    name: DEMO_SOURCE_NAME,
    description:
      'Stand-ins for the CRM, web shop, service, ERP and manufacturing systems of Homebody Appliances, served by Steward itself for the demo.',
    host: server.host,
    port: server.port,
    domainId: customerDomain?.id ?? null,
  });
  if (existing) return;
  const row = await loadDataSourceRow(db, source.id);
  const snapshot = await readSnapshot(credentialsOf(row, secrets), []);
  await applySnapshot(db, actor, { sourceId: source.id, snapshot });
}
