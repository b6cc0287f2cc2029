import { type Database, dataSources, domains, type Queryable } from '@steward/db';
import {
  type Actor,
  assertCan,
  createDataSourceInputSchema,
  type DataSource,
  InputError,
  idSchema,
  NotFoundError,
  type PostgresConnection,
  parseInput,
  testConnectionInputSchema,
  updateDataSourceInputSchema,
} from '@steward/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';
import { type ConnectionCheck, checkSourceConnection, type SourceCredentials } from './postgres-connector.js';
import type { SecretBox } from './secret-box.js';

type SourceRow = typeof dataSources.$inferSelect;
type ConnectionInput = z.output<typeof createDataSourceInputSchema>['connection'];

/** The stored connection: everything but the password, and how the password is kept. */
const storedConnection = (input: ConnectionInput, sealed: boolean): PostgresConnection => ({
  host: input.host,
  port: input.port,
  database: input.database,
  user: input.user,
  sslMode: input.sslMode,
  schemas: input.schemas,
  passwordSource: input.passwordEnv ? 'environment' : sealed ? 'stored' : 'none',
  passwordEnv: input.passwordEnv ?? null,
});

export const toDataSource = (row: SourceRow): DataSource => ({
  id: row.id,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  createdBy: row.createdBy,
  updatedBy: row.updatedBy,
  name: row.name,
  kind: row.kind as DataSource['kind'],
  description: row.description,
  domainId: row.domainId,
  connection: row.connection as PostgresConnection,
  lastIngestAt: row.lastIngestAt,
  lastIngestJobId: row.lastIngestJobId,
  serverVersion: row.serverVersion,
  managedBy: row.managedBy === 'demo' ? 'demo' : null,
});

/** The audit's view of a source: the connection without any secret (there is none in it). */
const audited = (source: DataSource) => ({
  name: source.name,
  description: source.description,
  domainId: source.domainId,
  connection: source.connection,
});

function sealPassword(secrets: SecretBox, password: string): string {
  if (!secrets.available) {
    throw InputError.forField(
      'connection.password',
      'this server has no STEWARD_SECRET_KEY to encrypt passwords with: name an environment variable that holds it instead (passwordEnv)',
    );
  }
  return secrets.seal(password);
}

async function assertDomain(tx: Queryable, domainId: string | null | undefined) {
  if (!domainId) return;
  const [domain] = await tx.select({ id: domains.id }).from(domains).where(eq(domains.id, domainId));
  if (!domain) throw new NotFoundError('Domain', domainId, { field: 'domainId' });
}

export function createDataSource(db: Database, actor: Actor, input: unknown, secrets: SecretBox): Promise<DataSource> {
  return defineUseCase({
    action: 'catalog.source.create',
    input: createDataSourceInputSchema,
    permission: 'catalog:manage',
    async run({ tx, audit }, { connection, ...fields }) {
      await assertDomain(tx, fields.domainId);
      const sealedPassword = connection.password ? sealPassword(secrets, connection.password) : null;
      const [row] = await tx
        .insert(dataSources)
        .values({
          ...fields,
          connection: storedConnection(connection, sealedPassword !== null),
          sealedPassword,
          createdBy: actor.accountId,
          updatedBy: actor.accountId,
        })
        .returning();
      const source = toDataSource(row!);
      await audit({
        entityType: 'DataSource',
        entityId: source.id,
        after: audited(source),
        relatedIds: [source.domainId],
      });
      return source;
    },
  })(db, actor, input as never);
}

/** Renames, re-describes or reconnects a source. A connection without a password keeps the stored one. */
export function updateDataSource(db: Database, actor: Actor, input: unknown, secrets: SecretBox): Promise<DataSource> {
  return defineUseCase({
    action: 'catalog.source.update',
    input: updateDataSourceInputSchema,
    permission: 'catalog:manage',
    async run({ tx, audit }, { id, version, connection, ...patch }) {
      const [current] = await tx.select().from(dataSources).where(eq(dataSources.id, id)).for('update');
      assertVersion('DataSource', current, id, version);
      const currentRow = current as SourceRow;
      await assertDomain(tx, patch.domainId);
      let sealedPassword = currentRow.sealedPassword;
      if (connection) {
        if (connection.passwordEnv) sealedPassword = null;
        else if (connection.password === null || connection.password === '') sealedPassword = null;
        else if (connection.password !== undefined) sealedPassword = sealPassword(secrets, connection.password);
      }
      const [row] = await tx
        .update(dataSources)
        .set({
          ...definedOnly(patch),
          ...(connection ? { connection: storedConnection(connection, sealedPassword !== null), sealedPassword } : {}),
          ...touch(currentRow, actor.accountId),
        })
        .where(eq(dataSources.id, id))
        .returning();
      const source = toDataSource(row!);
      await audit({
        entityType: 'DataSource',
        entityId: id,
        before: audited(toDataSource(currentRow)),
        after: { ...audited(source), passwordChanged: sealedPassword !== currentRow.sealedPassword },
        relatedIds: [currentRow.domainId, source.domainId],
      });
      return source;
    },
  })(db, actor, input as never);
}

/** Opens the password of a stored source, from the secret box or the server's environment. */
export function credentialsOf(
  row: Pick<SourceRow, 'connection' | 'sealedPassword'>,
  secrets: SecretBox,
): SourceCredentials {
  const connection = row.connection as PostgresConnection;
  let password: string | null = null;
  if (connection.passwordEnv) {
    password = secrets.fromEnvironment(connection.passwordEnv) ?? null;
    if (password === null) {
      throw new InputError([
        {
          field: 'connection.passwordEnv',
          message: `the server has no environment variable ${connection.passwordEnv}`,
        },
      ]);
    }
  } else if (row.sealedPassword) {
    password = secrets.open(row.sealedPassword);
  }
  return { ...connection, password };
}

export async function loadDataSourceRow(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SourceRow> {
  const query = db.select().from(dataSources).where(eq(dataSources.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('DataSource', id, { field: 'sourceId' });
  return row;
}

export type ConnectionTestResult = ({ ok: true } & ConnectionCheck) | { ok: false; message: string };

/**
 * Tries a connection, stored or about to be: reachable, signed in, which schemas are visible.
 * Reads only; not a change, so no audit. A failure is an answer, not an error.
 */
export async function testDataSourceConnection(
  db: Database,
  actor: Actor,
  rawInput: unknown,
  secrets: SecretBox,
): Promise<ConnectionTestResult> {
  assertCan(actor, 'catalog:manage');
  const input = parseInput(testConnectionInputSchema, rawInput);
  let credentials: SourceCredentials;
  if (input.connection) {
    let password = input.connection.password ?? null;
    if (input.connection.passwordEnv) password = secrets.fromEnvironment(input.connection.passwordEnv) ?? null;
    else if (password === null && input.sourceId) {
      // Testing edited details of a stored source: its stored password still applies.
      password = credentialsOf(await loadDataSourceRow(db, input.sourceId), secrets).password;
    }
    credentials = { ...input.connection, password };
  } else {
    credentials = credentialsOf(await loadDataSourceRow(db, input.sourceId!), secrets);
  }
  try {
    return { ok: true, ...(await checkSourceConnection(credentials)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export async function listDataSources(db: Queryable): Promise<DataSource[]> {
  const rows = await db
    .select()
    .from(dataSources)
    .orderBy(asc(sql`lower(${dataSources.name})`))
    .limit(500);
  return rows.map(toDataSource);
}

export async function getDataSources(db: Queryable, ids: readonly string[]): Promise<(DataSource | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db
    .select()
    .from(dataSources)
    .where(sql`${dataSources.id} = any(${sql.param(valid)}::uuid[])`);
  const byId = new Map(rows.map((row) => [row.id, toDataSource(row)]));
  return ids.map((id) => byId.get(id));
}

/**
 * Creates the demo's operational database as a source, or points it at the port it is served
 * on in this run (a busy port moves it). Not for user input: the demo seed and start-up call it.
 */
export const registerDemoSource = defineUseCase({
  action: 'catalog.source.register_demo',
  input: z.object({
    name: z.string(),
    description: z.string(),
    host: z.string(),
    port: z.number().int(),
    domainId: z.uuid().nullish(),
  }),
  permission: 'catalog:manage',
  async run({ tx, actor, audit }, input): Promise<DataSource> {
    const [current] = await tx.select().from(dataSources).where(eq(dataSources.managedBy, 'demo')).for('update');
    const connection: PostgresConnection = {
      host: input.host,
      port: input.port,
      database: 'postgres',
      user: 'postgres',
      sslMode: 'disable',
      schemas: [],
      passwordSource: 'none',
      passwordEnv: null,
    };
    if (current) {
      const [row] = await tx
        .update(dataSources)
        .set({ connection, ...touch(current, actor.accountId) })
        .where(eq(dataSources.id, current.id))
        .returning();
      const source = toDataSource(row!);
      await audit({
        entityType: 'DataSource',
        entityId: source.id,
        before: audited(toDataSource(current)),
        after: audited(source),
      });
      return source;
    }
    const [row] = await tx
      .insert(dataSources)
      .values({
        name: input.name,
        kind: 'postgresql',
        description: input.description,
        domainId: input.domainId ?? null,
        connection,
        managedBy: 'demo',
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const source = toDataSource(row!);
    await audit({ entityType: 'DataSource', entityId: source.id, after: audited(source) });
    return source;
  },
});

export async function findDemoSource(db: Queryable): Promise<DataSource | null> {
  const [row] = await db.select().from(dataSources).where(eq(dataSources.managedBy, 'demo'));
  return row ? toDataSource(row) : null;
}
