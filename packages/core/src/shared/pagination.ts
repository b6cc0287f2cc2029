import { InputError, type Page } from '@steward/domain';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Keyset pagination. A cursor holds the sort key of the last row as Postgres printed it
 * (`::text`), so timestamps keep their microseconds and the next page starts exactly after it.
 */
export interface SortKey {
  /** The expression ordered by. */
  expression: SQL;
  /** The SQL type the cursor text is cast back to (`text`, `timestamptz`, `uuid`). */
  type: 'text' | 'timestamptz' | 'uuid' | 'integer';
}

export interface Ordering {
  keys: SortKey[];
  direction: 'asc' | 'desc';
}

export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length && values.every((value) => typeof value === 'string')) {
      return values as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw InputError.forField('after', 'is not a cursor from this list');
}

/** ORDER BY for an ordering; keys tie-broken by the last key (always the id). */
export function orderBySql(ordering: Ordering): SQL[] {
  return ordering.keys.map((key) =>
    ordering.direction === 'asc' ? sql`${key.expression} asc` : sql`${key.expression} desc`,
  );
}

/** The condition "after this cursor" as a row comparison. */
export function afterCursorSql(ordering: Ordering, cursor: string | null | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const values = decodeCursor(cursor, ordering.keys.length);
  const left = sql.join(
    ordering.keys.map((key) => key.expression),
    sql`, `,
  );
  const right = sql.join(
    ordering.keys.map((key, index) => sql`cast(${values[index]} as ${sql.raw(key.type)})`),
    sql`, `,
  );
  return ordering.direction === 'asc' ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
}

/** The sort keys of a row as text, to select alongside it for its cursor. */
export function cursorKeysSql(ordering: Ordering): SQL<string[]> {
  return sql<string[]>`array[${sql.join(
    ordering.keys.map((key) => sql`(${key.expression})::text`),
    sql`, `,
  )}]`;
}

/** Builds a page from `first + 1` fetched rows (the extra one only says there is more). */
export function toPage<T>(rows: { node: T; cursorKeys: string[] }[], first: number, totalCount: number): Page<T> {
  const visible = rows.slice(0, first);
  const last = visible.at(-1);
  return {
    nodes: visible.map((row) => row.node),
    totalCount,
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor(last.cursorKeys) : null,
  };
}
