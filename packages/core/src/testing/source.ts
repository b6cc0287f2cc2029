import { randomBytes } from 'node:crypto';
import { serveEmbeddedPostgres } from '@steward/db';
import postgres from 'postgres';
import type { SourceCredentials } from '../catalog/postgres-connector.js';

/** A real database to read a catalogue from: PGlite over the wire, or a fresh database on the server. */
export interface TestSource {
  kind: 'pglite' | 'postgres';
  credentials: SourceCredentials;
  /** Runs DDL and DML on the source, as its owner would. */
  exec(statements: string): Promise<void>;
  close(): Promise<void>;
}

/** The kinds of source the connector tests run against: PGlite always, PostgreSQL with DATABASE_URL. */
export function testSourceKinds(): TestSource['kind'][] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export async function createTestSource(kind: TestSource['kind']): Promise<TestSource> {
  if (kind === 'pglite') {
    const server = await serveEmbeddedPostgres({ dataDir: 'memory' });
    return {
      kind,
      credentials: {
        host: server.host,
        port: server.port,
        database: server.database,
        user: server.user,
        password: null,
        sslMode: 'disable',
      },
      exec: async (statements) => {
        await server.pglite.exec(statements);
      },
      close: () => server.close(),
    };
  }
  const base = new URL(process.env.DATABASE_URL!);
  const name = `steward_src_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const owner = postgres(url.toString(), { max: 1, onnotice: () => {} });
  return {
    kind,
    credentials: {
      host: base.hostname,
      port: Number(base.port || 5432),
      database: name,
      user: decodeURIComponent(base.username || 'postgres'),
      password: base.password ? decodeURIComponent(base.password) : null,
      sslMode: 'disable',
    },
    exec: async (statements) => {
      await owner.unsafe(statements);
    },
    close: async () => {
      await owner.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
