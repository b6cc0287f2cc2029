import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { lockDataDir } from './data-dir-lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;

/** One drizzle database, whichever driver is underneath. Use-cases take this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A database inside a transaction; it has the same query API. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Either a database or a transaction: anything that runs queries. */
export type Queryable = Database | Transaction;

export type Driver = 'pglite' | 'postgres';

export interface DbHandle {
  db: Database;
  driver: Driver;
  /** Where the data lives, for logs: a folder, "memory" or the server URL without password. */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance in embedded mode (tests dump and clone it). */
  pglite?: PGlite;
  /** The postgres.js client in server mode (benchmarks use its COPY). */
  postgres?: postgres.Sql;
}

export interface OpenDbOptions {
  /** postgres://… uses a PostgreSQL server; otherwise the embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; "memory" for an in-memory database. Default ./.steward/data. */
  dataDir?: string | undefined;
  /** Start PGlite from a dumped data folder (a migrated template in tests). */
  loadDataDir?: Blob | undefined;
  /** Called with every SQL statement drizzle sends (tests count them). */
  onQuery?: ((sql: string, params: unknown[]) => void) | undefined;
  /** Connection pool size for the server driver. */
  poolSize?: number | undefined;
}

export const DEFAULT_DATA_DIR = './.steward/data';

/** The committed migrations, next to src/ and dist/ alike. */
export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../drizzle');

/** Removes the password from a connection URL so it can be logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

/** Opens Steward's database on PGlite (default) or PostgreSQL (`databaseUrl`). Does not migrate. */
export async function openDb(options: OpenDbOptions = {}): Promise<DbHandle> {
  const logger: Logger | undefined = options.onQuery
    ? { logQuery: (query, params) => options.onQuery?.(query, params) }
    : undefined;

  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connection: { application_name: 'steward' },
    });
    const db = drizzlePostgres(client, { schema, casing: 'snake_case', ...(logger ? { logger } : {}) });
    return {
      db: db as unknown as Database,
      driver: 'postgres',
      postgres: client,
      location: redactUrl(options.databaseUrl),
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }

  const inMemory = options.dataDir === 'memory';
  const dataDir = inMemory ? undefined : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm, fuzzystrmatch },
    });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite(client, { schema, casing: 'snake_case', ...(logger ? { logger } : {}) });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    location: dataDir ?? 'memory',
    pglite: client,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      try {
        if (!client.closed) {
          // PGlite runs with fsync off; a checkpoint before closing leaves a clean folder.
          if (dataDir) await client.exec('CHECKPOINT');
          await client.close();
        }
      } finally {
        release();
      }
    },
  };
}
