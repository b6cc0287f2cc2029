import { existsSync } from 'node:fs';
import {
  applySnapshot,
  credentialsOf,
  decideClassification,
  decideTermLink,
  findDemoSource,
  loadDataSourceRow,
  readSnapshot,
  registerDemoSource,
  runProfilingJob,
  type SecretBox,
} from '@steward/core';
import {
  accounts,
  type Database,
  dataAssets,
  dataFields,
  domains,
  type EmbeddedPostgresServer,
  fieldClassifications,
  serveEmbeddedPostgres,
  termLinks,
} from '@steward/db';
import { type Actor, systemActor } from '@steward/domain';
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import { homebodyOperationsSql } from './homebody-operations.js';
import { seedDemoIssues, seedDemoQualityRules } from './seed-issues.js';
import { seedDemoMdm } from './seed-mdm.js';
import { seedDemoPolicies } from './seed-policies.js';
import { seedDemoProgram } from './seed-program.js';

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
  await curateDemoCatalogue(db, source.id, secrets);
  await seedDemoIssues(db);
  await seedDemoQualityRules(db, secrets);
  await seedDemoMdm(db, source.id);
  await seedDemoProgram(db, source.id);
  await seedDemoPolicies(db, secrets);
}

/** The schemas whose tables the demo's stewards have profiled and classified. */
const CURATED_SCHEMAS = ['crm', 'webshop', 'service'];

/**
 * The catalogue a new user opens is in motion, like the rest of the demo: customer-facing
 * tables profiled, their personal-data suggestions confirmed, exact term matches confirmed;
 * the ERP and manufacturing schemas are left for the user to work through.
 */
async function curateDemoCatalogue(db: Database, sourceId: string, secrets: SecretBox): Promise<void> {
  const actor = systemActor('demo-seed');
  const [steve] = await db
    .select({ id: accounts.id, email: accounts.email })
    .from(accounts)
    .where(eq(accounts.email, 'steve.panic@homebody.example'));
  const steward: Actor = steve
    ? {
        kind: 'account',
        accountId: steve.id,
        personId: null,
        role: 'steward',
        label: steve.email,
        requestId: null,
        sessionId: null,
      }
    : actor;
  const assets = await db
    .select({ id: dataAssets.id })
    .from(dataAssets)
    .where(and(eq(dataAssets.sourceId, sourceId), inArray(dataAssets.schemaName, CURATED_SCHEMAS)));
  const payload = {
    assetIds: assets.map((asset) => asset.id),
    actor: { accountId: steward.accountId, personId: null, role: steward.role, label: steward.label },
  };
  await runProfilingJob(db, null, payload, secrets);
  const suggestions = await db
    .select({ id: fieldClassifications.id })
    .from(fieldClassifications)
    .innerJoin(dataFields, eq(dataFields.id, fieldClassifications.fieldId))
    .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
    .where(
      and(
        eq(dataAssets.sourceId, sourceId),
        inArray(dataAssets.schemaName, ['crm', 'webshop']),
        eq(fieldClassifications.status, 'suggested'),
        gte(fieldClassifications.confidence, 0.8),
      ),
    );
  for (const suggestion of suggestions)
    await decideClassification(db, steward, { id: suggestion.id, decision: 'confirm' });
  const exact = await db
    .select({ id: termLinks.id })
    .from(termLinks)
    .innerJoin(dataAssets, eq(dataAssets.id, termLinks.assetId))
    .where(
      and(
        eq(dataAssets.sourceId, sourceId),
        eq(dataAssets.schemaName, 'crm'),
        eq(termLinks.status, 'suggested'),
        gte(termLinks.score, 1),
      ),
    );
  for (const link of exact) await decideTermLink(db, steward, { id: link.id, decision: 'confirm' });
}
