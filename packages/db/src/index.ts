export { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
export { type EmbeddedPostgresServer, serveEmbeddedPostgres } from './embedded-server.js';
export {
  type Database,
  type DbHandle,
  DEFAULT_DATA_DIR,
  type Driver,
  migrationsFolder,
  type OpenDbOptions,
  openDb,
  type Queryable,
  redactUrl,
  type Schema,
  type Transaction,
} from './open-db.js';
export {
  PG_CHECK_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_UNIQUE_VIOLATION,
  type PgErrorInfo,
  pgErrorInfo,
} from './pg-errors.js';
export { rowsOf } from './rows.js';
export * from './schema/index.js';
