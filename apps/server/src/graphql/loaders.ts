import { NotFoundError } from '@steward/domain';

/**
 * Adapts a core `find…ByIds` batch (undefined where missing) to a DataLoader batch (an Error
 * where missing), so one missing record fails its own field, not the whole page.
 */
export async function loadOrNotFound<T>(
  entityType: string,
  ids: readonly string[],
  find: (ids: readonly string[]) => Promise<(T | undefined)[]>,
): Promise<(T | Error)[]> {
  const found = await find(ids);
  return found.map((item, index) => item ?? new NotFoundError(entityType, ids[index]!));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A single look-up by id: the record, or null when there is none (an id that is not even a
 * UUID included, rather than a database error).
 */
export async function findOneOrNull<T>(
  id: string | number,
  find: (ids: readonly string[]) => Promise<(T | undefined)[]>,
): Promise<T | null> {
  const key = String(id);
  if (!uuidPattern.test(key)) return null;
  const [found] = await find([key]);
  return found ?? null;
}
