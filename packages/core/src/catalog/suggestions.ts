import { dataAssets, fieldClassifications, type Queryable, termLinks } from '@steward/db';
import { idSchema, type Page, type PageRequest, pageArgsSchema, parseInput } from '@steward/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';
import type { FieldClassification } from './classifications.js';
import type { TermLink } from './term-links.js';

const suggestionFilterSchema = z.object({ sourceId: idSchema.nullish() }).nullish();
export type SuggestionFilter = z.input<typeof suggestionFilterSchema>;

const sourceCondition = (assetColumn: SQL, sourceId: string | null | undefined) =>
  sourceId
    ? sql`${assetColumn} in (select ${dataAssets.id} from ${dataAssets} where ${dataAssets.sourceId} = ${sourceId})`
    : undefined;

const classificationOrdering: Ordering = {
  keys: [
    { expression: sql`(${fieldClassifications.confidence} * 1000)::int`, type: 'integer' },
    { expression: sql`${fieldClassifications.id}`, type: 'uuid' },
  ],
  direction: 'desc',
};

/** Classification suggestions waiting for a steward, surest first. */
export async function pendingClassifications(
  db: Queryable,
  args: PageRequest & { filter?: SuggestionFilter },
): Promise<Page<FieldClassification>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(suggestionFilterSchema, args.filter) ?? {};
  const where = and(
    eq(fieldClassifications.status, 'suggested'),
    sql`${fieldClassifications.fieldId} in (select f.id from data_field f join data_asset a on a.id = f.asset_id
      where f.removed_at is null and a.removed_at is null ${filter.sourceId ? sql`and a.source_id = ${filter.sourceId}` : sql``})`,
  );
  const rows = await db
    .select({ row: fieldClassifications, cursorKeys: cursorKeysSql(classificationOrdering) })
    .from(fieldClassifications)
    .where(and(where, afterCursorSql(classificationOrdering, after)))
    .orderBy(...orderBySql(classificationOrdering))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(fieldClassifications)
    .where(where);
  return toPage(
    rows.map(({ row, cursorKeys }) => ({
      node: {
        id: row.id,
        version: row.version,
        fieldId: row.fieldId,
        piiClass: row.piiClass as FieldClassification['piiClass'],
        status: 'suggested',
        basis: row.basis as FieldClassification['basis'],
        confidence: row.confidence,
        reason: row.reason,
        decidedByLabel: row.decidedByLabel,
        decidedAt: row.decidedAt,
        createdAt: row.createdAt,
      },
      cursorKeys,
    })),
    first,
    count,
  );
}

const linkOrdering: Ordering = {
  keys: [
    { expression: sql`(${termLinks.score} * 1000)::int`, type: 'integer' },
    { expression: sql`${termLinks.id}`, type: 'uuid' },
  ],
  direction: 'desc',
};

/** Term links waiting for a steward, likeliest first. */
export async function pendingTermLinks(
  db: Queryable,
  args: PageRequest & { filter?: SuggestionFilter },
): Promise<Page<TermLink>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(suggestionFilterSchema, args.filter) ?? {};
  const where = and(
    eq(termLinks.status, 'suggested'),
    sql`${termLinks.assetId} in (select id from data_asset where removed_at is null)`,
    sourceCondition(sql`${termLinks.assetId}`, filter.sourceId),
  );
  const rows = await db
    .select({ row: termLinks, cursorKeys: cursorKeysSql(linkOrdering) })
    .from(termLinks)
    .where(and(where, afterCursorSql(linkOrdering, after)))
    .orderBy(...orderBySql(linkOrdering))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(termLinks)
    .where(where);
  return toPage(
    rows.map(({ row, cursorKeys }) => ({
      node: {
        id: row.id,
        version: row.version,
        termId: row.termId,
        assetId: row.assetId,
        fieldId: row.fieldId,
        status: 'suggested',
        score: row.score,
        reason: row.reason,
        decidedByLabel: row.decidedByLabel,
        decidedAt: row.decidedAt,
        createdAt: row.createdAt,
      },
      cursorKeys,
    })),
    first,
    count,
  );
}

/** How many suggestions wait, for the navigation badge. */
export async function countPendingSuggestions(db: Queryable): Promise<number> {
  const [row] = await db
    .select({
      count: sql<number>`((select count(*) from field_classification where status = 'suggested')
        + (select count(*) from term_link where status = 'suggested'))::int`,
    })
    .from(sql`(select 1) as one`);
  return row?.count ?? 0;
}
