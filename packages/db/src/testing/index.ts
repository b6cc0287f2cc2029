import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { type DbHandle, type Driver, migrationsFolder, openDb } from '../open-db.js';

/**
 * The drivers database tests run on: PGlite always, and the PostgreSQL server too when
 * DATABASE_URL is set (CI sets it). Use with `describe.each(testDrivers())`.
 */
export function testDrivers(): Driver[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDbOptions {
  onQuery?: (sql: string, params: unknown[]) => void;
}

/** A hash of the committed migrations: templates are rebuilt whenever they change. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

/**
 * A migrated PGlite dump shared by every test file of a run: a fresh PGlite plus migrations
 * costs 3–4 s, loading the dump well under one.
 */
async function pgliteTemplate(): Promise<Blob> {
  const path = join(tmpdir(), `steward-pglite-template-${migrationsHash()}.tar.gz`);
  if (!existsSync(path)) {
    const handle = await openDb({ dataDir: 'memory' });
    await handle.migrate();
    const dump = await handle.pglite!.dumpDataDir('gzip');
    await handle.close();
    // Write then rename, so parallel workers never read a half-written template.
    const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  }
  return new Blob([readFileSync(path)]);
}

async function withAdmin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A fresh database on the PostgreSQL server: copied from a migrated template database
 * (CREATE DATABASE … TEMPLATE), dropped when the handle closes.
 */
async function createPostgresTestDb(options: TestDbOptions): Promise<DbHandle> {
  const template = `steward_tpl_${migrationsHash()}`;
  const name = `steward_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const baseUrl = new URL(process.env.DATABASE_URL!);
  await withAdmin(async (sql) => {
    // One creator at a time: a template must have no other connection while it is copied.
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext('steward-test-template'))`;
      const [existing] = await tx`select 1 from pg_database where datname = ${template}`;
      if (!existing) {
        await withAdmin((admin) => admin.unsafe(`create database "${template}"`));
        const templateUrl = new URL(baseUrl);
        templateUrl.pathname = `/${template}`;
        const handle = await openDb({ databaseUrl: templateUrl.toString(), poolSize: 1 });
        try {
          await handle.migrate();
        } finally {
          await handle.close();
        }
      }
      await withAdmin((admin) => admin.unsafe(`create database "${name}" template "${template}"`));
    });
  });
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ databaseUrl: url.toString(), onQuery: options.onQuery, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withAdmin((admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}

/** A fresh, migrated database for one test file on the given driver. Close it in afterAll. */
export async function createTestDb(driver: Driver = 'pglite', options: TestDbOptions = {}): Promise<DbHandle> {
  if (driver === 'postgres') {
    if (!process.env.DATABASE_URL) throw new Error('createTestDb("postgres") needs DATABASE_URL');
    return createPostgresTestDb(options);
  }
  const loadDataDir = await pgliteTemplate();
  return openDb({ dataDir: 'memory', loadDataDir, onQuery: options.onQuery });
}
