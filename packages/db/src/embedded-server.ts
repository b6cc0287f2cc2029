import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** An embedded PostgreSQL that answers on a TCP port like any other server. */
export interface EmbeddedPostgresServer {
  host: string;
  port: number;
  /** The database and user a client names (PGlite has one of each and trusts every sign-in). */
  database: 'postgres';
  user: 'postgres';
  pglite: PGlite;
  close(): Promise<void>;
}

/**
 * Serves a PGlite database over the PostgreSQL wire protocol: the demo's operational
 * database, and the embedded source of the connector tests. Steward reads it through the
 * same connector as any PostgreSQL server. `port` 0 picks a free one.
 */
export async function serveEmbeddedPostgres(options: {
  dataDir: string;
  host?: string;
  port?: number;
}): Promise<EmbeddedPostgresServer> {
  if (options.dataDir !== 'memory') mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir === 'memory' ? undefined : options.dataDir);
  const host = options.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({ db: pglite, host, port: options.port ?? 0, maxConnections: 4 });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':').at(-1));
  return {
    host,
    port,
    database: 'postgres',
    user: 'postgres',
    pglite,
    close: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}
