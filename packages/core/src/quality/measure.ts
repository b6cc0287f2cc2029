import type { QualityMeasurement, QualityRuleParams } from '@steward/domain';
import type postgres from 'postgres';

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** How many failing values a result keeps to show. */
export const SAMPLE_VALUES = 5;

const count = (rows: { n: unknown }[]) => Number(rows[0]?.n ?? 0);

/**
 * Measures one rule on the source, read-only (the caller's session is a READ ONLY transaction
 * with a statement timeout). Values are always parameters; names are quoted identifiers; only a
 * custom rule's own SELECT is run as written, wrapped so it can only be counted.
 */
export async function measureRule(
  sql: postgres.TransactionSql,
  relation: { schema: string; name: string },
  column: string | null,
  params: QualityRuleParams,
): Promise<QualityMeasurement> {
  const table = `${quote(relation.schema)}.${quote(relation.name)}`;
  const col = column ? quote(column) : null;
  const samplesWhere = async (condition: string, values: unknown[]) =>
    (
      await sql.unsafe<{ value: string | null; count: number }[]>(
        `select ${col}::text as value, count(*)::float8 as count from ${table} where ${condition}
         group by 1 order by 2 desc, 1 limit ${SAMPLE_VALUES}`,
        values as never[],
      )
    ).map((row) => ({ value: row.value === null ? null : row.value.slice(0, 200), count: Number(row.count) }));
  const failingWhere = async (condition: string, values: unknown[] = []): Promise<QualityMeasurement> => {
    const [row] = await sql.unsafe<{ total: number; failing: number }[]>(
      `select count(*)::float8 as total, count(*) filter (where ${condition})::float8 as failing from ${table}`,
      values as never[],
    );
    const failingRows = Number(row?.failing ?? 0);
    return {
      checkedRows: Number(row?.total ?? 0),
      failingRows,
      observed: null,
      samples: failingRows > 0 && params.kind !== 'not_null' ? await samplesWhere(condition, values) : [],
    };
  };

  switch (params.kind) {
    case 'not_null':
      return failingWhere(`${col} is null`);
    case 'unique': {
      const [row] = await sql.unsafe<{ total: number; failing: number }[]>(
        `select (select count(*) from ${table} where ${col} is not null)::float8 as total,
           coalesce((select sum(n) from (select count(*) as n from ${table} where ${col} is not null
             group by ${col} having count(*) > 1) duplicated), 0)::float8 as failing`,
      );
      const samples = await sql.unsafe<{ value: string; count: number }[]>(
        `select ${col}::text as value, count(*)::float8 as count from ${table} where ${col} is not null
         group by ${col} having count(*) > 1 order by 2 desc, 1 limit ${SAMPLE_VALUES}`,
      );
      return {
        checkedRows: Number(row?.total ?? 0),
        failingRows: Number(row?.failing ?? 0),
        observed: null,
        samples: samples.map((sample) => ({ value: sample.value.slice(0, 200), count: Number(sample.count) })),
      };
    }
    case 'accepted_values':
      return failingWhere(`${col} is not null and not (${col}::text = any($1::text[]))`, [params.values]);
    case 'range': {
      const conditions: string[] = [];
      const values: unknown[] = [];
      if (params.min != null) {
        values.push(params.min);
        conditions.push(`${col} < $${values.length}`);
      }
      if (params.max != null) {
        values.push(params.max);
        conditions.push(`${col} > $${values.length}`);
      }
      return failingWhere(`${col} is not null and (${conditions.join(' or ')})`, values);
    }
    case 'regex':
      return failingWhere(`${col} is not null and ${col}::text !~ $1`, [params.pattern]);
    case 'freshness': {
      const [row] = await sql.unsafe<{ newest: string | null; stale: boolean | null }[]>(
        `select max(${col})::text as newest,
           coalesce(max(${col})::timestamptz < now() - make_interval(mins => $1::int), true) as stale from ${table}`,
        [params.maxAgeMinutes] as never[],
      );
      return { checkedRows: 1, failingRows: row?.stale ? 1 : 0, observed: row?.newest ?? null, samples: [] };
    }
    case 'row_count': {
      const total = count(await sql.unsafe<{ n: number }[]>(`select count(*)::float8 as n from ${table}`));
      const outside = (params.min != null && total < params.min) || (params.max != null && total > params.max);
      return { checkedRows: 1, failingRows: outside ? 1 : 0, observed: String(total), samples: [] };
    }
    case 'custom_sql': {
      const total = count(await sql.unsafe<{ n: number }[]>(`select count(*)::float8 as n from ${table}`));
      const failing = count(
        await sql.unsafe<{ n: number }[]>(`select count(*)::float8 as n from (${params.sql}) as failing_rows`),
      );
      return { checkedRows: Math.max(total, failing), failingRows: failing, observed: null, samples: [] };
    }
  }
}
