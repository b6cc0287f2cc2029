/** The SQLSTATE and constraint of a driver error, whether drizzle wrapped it or not. */
export interface PgErrorInfo {
  code: string;
  constraint: string | undefined;
  message: string;
}

export function pgErrorInfo(error: unknown): PgErrorInfo | undefined {
  let cursor: unknown = error;
  for (let depth = 0; cursor && depth < 5; depth++) {
    const candidate = cursor as { code?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      const constraint = candidate.constraint_name ?? candidate.constraint;
      return {
        code: candidate.code,
        constraint: typeof constraint === 'string' ? constraint : undefined,
        message: String(candidate.message ?? ''),
      };
    }
    cursor = (cursor as { cause?: unknown }).cause;
  }
  return undefined;
}

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
