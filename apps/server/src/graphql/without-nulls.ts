/**
 * GraphQL sends null for an optional input field the client left out; zod schemas with defaults
 * or `.optional()` want it absent. Drops null and undefined fields, nested ones included.
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== null && item !== undefined)
        .map(([key, item]) => [key, withoutNulls(item)]),
    ) as T;
  }
  return value;
}
