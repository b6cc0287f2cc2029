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
