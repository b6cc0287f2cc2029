import { ConflictError, NotFoundError } from '@steward/domain';

/**
 * Optimistic concurrency: the client names the version it read; if the record moved on since,
 * the write is refused with the current version so the client can reload and retry.
 */
export function assertVersion(
  entityType: string,
  row: { id: string; version: number } | undefined,
  id: string,
  expectedVersion: number,
): asserts row is { id: string; version: number } {
  if (!row) throw new NotFoundError(entityType, id, { field: 'id' });
  if (row.version !== expectedVersion) {
    throw new ConflictError(
      `This ${entityType.toLowerCase()} was changed by someone else (you have version ${expectedVersion}, the current one is ${row.version}). Reload and try again.`,
      { field: 'version', currentVersion: row.version },
    );
  }
}

/** Columns to set on every update: the next version and who changed it when. */
export function touch(current: { version: number }, accountId: string | null) {
  return { version: current.version + 1, updatedAt: new Date(), updatedBy: accountId };
}

/** Drops keys whose value is undefined (absent from a patch input). */
export function definedOnly<T extends Record<string, unknown>>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
