import { type Queryable, qualityResults, qualityRules, rowsOf } from '@steward/db';
import { type QualityDimension, qualityDimensions } from '@steward/domain';
import { sql } from 'drizzle-orm';

/** Of the enabled rules that have run, how many pass on their latest run, per dimension. */
export async function qualityMeasures(
  db: Queryable,
): Promise<{ dimension: QualityDimension; rules: number; passing: number }[]> {
  const result = await db.execute(sql`
    select r.dimension, count(*)::int as rules, count(*) filter (where latest.outcome = 'passed')::int as passing
    from ${qualityRules} r
    join lateral (select outcome from ${qualityResults} q where q.rule_id = r.id and q.outcome <> 'error'
                  order by q.run_at desc limit 1) latest on true
    where r.enabled
    group by r.dimension`);
  const list = rowsOf<{ dimension: string; rules: number; passing: number }>(result);
  const byDimension = new Map(list.map((row) => [row.dimension, row]));
  return qualityDimensions
    .filter((dimension) => byDimension.has(dimension))
    .map((dimension) => ({
      dimension,
      rules: Number(byDimension.get(dimension)!.rules),
      passing: Number(byDimension.get(dimension)!.passing),
    }));
}
