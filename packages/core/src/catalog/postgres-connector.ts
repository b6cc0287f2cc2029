import type { AssetKind, SnapshotAsset, SourceSnapshot, SslMode } from '@steward/domain';
import postgres from 'postgres';

/** What it takes to reach a PostgreSQL source: the password already opened, never logged. */
export interface SourceCredentials {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  sslMode: SslMode;
}

export interface SourceSessionOptions {
  /** Each statement is cancelled after this long (the source is someone's production database). */
  statementTimeoutMs?: number;
  connectTimeoutSeconds?: number;
}

/**
 * Runs `work` in one READ ONLY transaction on the source, with a statement timeout, then
 * disconnects. Steward never writes to a source.
 */
export async function withSourceSession<T>(
  credentials: SourceCredentials,
  work: (sql: postgres.TransactionSql) => Promise<T>,
  options: SourceSessionOptions = {},
): Promise<T> {
  const sql = postgres({
    host: credentials.host,
    port: credentials.port,
    database: credentials.database,
    username: credentials.user,
    password: credentials.password ?? undefined,
    ssl: credentials.sslMode === 'disable' ? false : credentials.sslMode,
    max: 1,
    idle_timeout: 5,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    prepare: false,
    onnotice: () => {},
    connection: {
      application_name: 'steward-catalog',
      statement_timeout: options.statementTimeoutMs ?? 60_000,
    },
  });
  try {
    return (await sql.begin('read only', (tx) => work(tx))) as T;
  } catch (error) {
    throw new SourceConnectionError(describeSourceError(error, credentials), { cause: error });
  } finally {
    await sql.end({ timeout: 5 }).catch(() => {});
  }
}

/** A source could not be reached or read; the message is safe to show (no password in it). */
export class SourceConnectionError extends Error {
  override name = 'SourceConnectionError';
  readonly code = 'SOURCE_UNAVAILABLE';
}

function describeSourceError(error: unknown, credentials: SourceCredentials): string {
  const where = `${credentials.host}:${credentials.port}/${credentials.database}`;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const safe = credentials.password ? message.split(credentials.password).join('***') : message;
  if (code === 'ECONNREFUSED') return `Nothing answers at ${where} (connection refused)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `The host ${credentials.host} is not known`;
  if (code === 'CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return `${where} did not answer in time`;
  if (code === '28P01' || code === '28000') return `The source refused the sign-in of ${credentials.user}: ${safe}`;
  if (code === '3D000')
    return `There is no database ${credentials.database} at ${credentials.host}:${credentials.port}`;
  if (code === '57014') return `A statement on ${where} ran past the time limit and was cancelled`;
  return `${where}: ${safe}`;
}

export interface ConnectionCheck {
  serverVersion: string;
  /** Schemas the user can see, PostgreSQL's own left out. */
  schemas: string[];
}

export async function checkSourceConnection(credentials: SourceCredentials): Promise<ConnectionCheck> {
  return withSourceSession(
    credentials,
    async (sql) => {
      const [version] = await sql<{ server_version: string }[]>`show server_version`;
      const schemas = await sql<{ name: string }[]>`
        select nspname::text as name from pg_namespace
        where nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg\\_%'
          and has_schema_privilege(oid, 'USAGE')
        order by 1`;
      return { serverVersion: version!.server_version, schemas: schemas.map((row) => row.name) };
    },
    { connectTimeoutSeconds: 5, statementTimeoutMs: 10_000 },
  );
}

const kindOf: Record<string, AssetKind> = {
  r: 'table',
  v: 'view',
  m: 'materialized_view',
  f: 'foreign_table',
  p: 'partitioned_table',
};

/**
 * Reads the catalogue of a source from pg_catalog in five statements, whatever its size:
 * relations, columns, foreign keys, view dependencies and the version. `schemas` empty reads
 * every schema but PostgreSQL's own. Partitions are left out (their parent stands for them).
 */
export async function readSourceCatalog(
  sql: postgres.TransactionSql,
  schemas: readonly string[],
): Promise<SourceSnapshot> {
  const wanted = [...schemas];
  const [version] = await sql<{ server_version: string }[]>`show server_version`;
  const relations = await sql<
    {
      oid: string;
      schema: string;
      name: string;
      relkind: string;
      description: string | null;
      row_estimate: number | null;
      definition: string | null;
    }[]
  >`
    select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name, c.relkind::text as relkind,
      obj_description(c.oid, 'pg_class') as description,
      case when c.reltuples < 0 then null else c.reltuples::float8 end as row_estimate,
      case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid, true) end as definition
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'v', 'm', 'f', 'p') and not c.relispartition
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
      and (cardinality(${wanted}::text[]) = 0 or n.nspname = any(${wanted}::text[]))
    order by n.nspname, c.relname`;
  const oids = relations.map((relation) => relation.oid);
  const columns = await sql<
    {
      rel: string;
      name: string;
      position: number;
      data_type: string;
      nullable: boolean;
      description: string | null;
      primary_key: boolean;
    }[]
  >`
    select a.attrelid::text as rel, a.attname::text as name, a.attnum::int as position,
      format_type(a.atttypid, a.atttypmod) as data_type, not a.attnotnull as nullable,
      col_description(a.attrelid, a.attnum) as description,
      exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisprimary and a.attnum = any(i.indkey)) as primary_key
    from pg_attribute a
    where a.attrelid = any(${oids}::oid[]) and a.attnum > 0 and not a.attisdropped
    order by a.attrelid, a.attnum`;
  const foreignKeys = await sql<
    { rel: string; name: string; columns: string[]; ref_schema: string; ref_name: string; ref_columns: string[] }[]
  >`
    select con.conrelid::text as rel, con.conname::text as name,
      array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as columns,
      rn.nspname::text as ref_schema, rc.relname::text as ref_name,
      array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord) as ref_columns
    from pg_constraint con
    join pg_class rc on rc.oid = con.confrelid join pg_namespace rn on rn.oid = rc.relnamespace
    where con.contype = 'f' and con.conrelid = any(${oids}::oid[])
    order by con.conrelid, con.conname`;
  const reads = await sql<{ rel: string; schema: string; name: string; column: string | null }[]>`
    select distinct r.ev_class::text as rel, dn.nspname::text as schema, d.relname::text as name, a.attname::text as column
    from pg_rewrite r
    join pg_depend dep on dep.objid = r.oid and dep.classid = 'pg_rewrite'::regclass and dep.refclassid = 'pg_class'::regclass
    join pg_class d on d.oid = dep.refobjid and d.oid <> r.ev_class and d.relkind in ('r', 'v', 'm', 'f', 'p')
    join pg_namespace dn on dn.oid = d.relnamespace
    left join pg_attribute a on a.attrelid = d.oid and a.attnum = dep.refobjsubid and dep.refobjsubid > 0
    where r.ev_class = any(${oids}::oid[])
    order by 1, 2, 3, 4`;

  const assets = new Map<string, SnapshotAsset>();
  for (const relation of relations) {
    assets.set(relation.oid, {
      schema: relation.schema,
      name: relation.name,
      kind: kindOf[relation.relkind] ?? 'table',
      description: relation.description,
      rowEstimate: relation.row_estimate === null ? null : Math.round(Number(relation.row_estimate)),
      definition: relation.definition?.trim() ?? null,
      fields: [],
      foreignKeys: [],
      reads: [],
    });
  }
  for (const column of columns) {
    assets.get(column.rel)?.fields.push({
      name: column.name,
      position: column.position,
      dataType: column.data_type,
      nullable: column.nullable,
      primaryKey: column.primary_key,
      description: column.description,
    });
  }
  for (const key of foreignKeys) {
    assets.get(key.rel)?.foreignKeys.push({
      name: key.name,
      columns: key.columns,
      references: { schema: key.ref_schema, name: key.ref_name, columns: key.ref_columns },
    });
  }
  for (const read of reads) {
    const asset = assets.get(read.rel);
    if (!asset) continue;
    let entry = asset.reads.find((item) => item.schema === read.schema && item.name === read.name);
    if (!entry) {
      entry = { schema: read.schema, name: read.name, columns: [] };
      asset.reads.push(entry);
    }
    if (read.column) entry.columns.push(read.column);
  }
  return { serverVersion: version!.server_version, assets: [...assets.values()] };
}
