import { type Queryable, rowsOf } from '@steward/db';
import { type Actor, idSchema, parseInput } from '@steward/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { searchTerms, type TermHit } from '../glossary/search.js';

export const catalogSearchKinds = ['term', 'asset', 'field'] as const;
export type CatalogSearchKind = (typeof catalogSearchKinds)[number];

export const catalogSearchSchema = z.object({
  query: z.string().trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
  kinds: z.array(z.enum(catalogSearchKinds)).nullish(),
  sourceId: idSchema.nullish(),
  first: z.number().int().min(1).max(50, { error: 'must be at most 50' }).nullish(),
});

export interface AssetHit {
  assetId: string;
  score: number;
}

export interface FieldHit {
  fieldId: string;
  assetId: string;
  score: number;
  /** The linked term (name or synonym) that matched, when the column's own name did not. */
  matchedTerm: string | null;
}

export interface CatalogSearchResult {
  terms: TermHit[];
  assets: AssetHit[];
  fields: FieldHit[];
  counts: { term: number; asset: number; field: number };
}

/**
 * One search across glossary terms, tables and views, and columns. Terms rank as the glossary
 * search ranks them; assets and columns by how well the query matches their name (pg_trgm word
 * similarity, so a typo still finds them) or, for a column, the name and synonyms of the terms
 * confirmed on it: searching a term's synonym finds the columns that carry its meaning.
 */
export async function searchCatalog(
  db: Queryable,
  actor: Actor,
  raw: z.input<typeof catalogSearchSchema>,
): Promise<CatalogSearchResult> {
  const input = parseInput(catalogSearchSchema, raw);
  const first = input.first ?? 10;
  const kinds = new Set(input.kinds?.length ? input.kinds : catalogSearchKinds);
  const query = input.query.toLowerCase();
  const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const source = input.sourceId ? sql`and a.source_id = ${input.sourceId}` : sql``;

  let terms: TermHit[] = [];
  let termCount = 0;
  if (kinds.has('term') && !input.sourceId) {
    const found = await searchTerms(db, actor, { query: input.query, first, withFacets: false });
    terms = found.page.nodes;
    termCount = found.page.totalCount;
  }

  let assets: AssetHit[] = [];
  let assetCount = 0;
  if (kinds.has('asset')) {
    const result = await db.execute(sql`
      with hits as (
        select a.id, greatest(
                 word_similarity(${query}, lower(replace(a.name, '_', ' '))),
                 similarity(${query}, lower(replace(a.name, '_', ' '))),
                 case when lower(a.name) like ${pattern} then 1 else 0 end,
                 case when lower(coalesce(a.description, '')) like ${pattern} then 0.5 else 0 end) as score
        from data_asset a
        where a.removed_at is null ${source}
          and (lower(a.name) like ${pattern} or ${query} <% lower(replace(a.name, '_', ' '))
               or ${query} % lower(replace(a.name, '_', ' '))
               or lower(coalesce(a.description, '')) like ${pattern})
      )
      select id, score::float8 as score, count(*) over ()::int as total from hits order by score desc, id limit ${first}`);
    const rows = rowsOf<{ id: string; score: number; total: number }>(result);
    assets = rows.map((row) => ({ assetId: row.id, score: Number(row.score) }));
    assetCount = rows[0]?.total ?? 0;
  }

  let fields: FieldHit[] = [];
  let fieldCount = 0;
  if (kinds.has('field')) {
    const result = await db.execute(sql`
      with linked as (
        select l.field_id, t.name as label, lower(t.name) as text from term_link l
          join glossary_term t on t.id = l.term_id where l.status = 'confirmed' and l.field_id is not null
        union all
        select l.field_id, synonym, lower(synonym) from term_link l
          join glossary_term t on t.id = l.term_id cross join lateral unnest(t.synonyms) as synonym
          where l.status = 'confirmed' and l.field_id is not null
      ), by_term as (
        select distinct on (field_id) field_id, label,
          greatest(word_similarity(${query}, text), similarity(${query}, text), case when text like ${pattern} then 1 else 0 end) as score
        from linked where text like ${pattern} or ${query} <% text or ${query} % text
        order by field_id, score desc
      ), by_name as (
        select f.id as field_id,
          greatest(word_similarity(${query}, lower(replace(f.name, '_', ' '))), similarity(${query}, lower(replace(f.name, '_', ' '))),
            case when lower(f.name) like ${pattern} then 1 else 0 end) as score
        from data_field f join data_asset a on a.id = f.asset_id
        where f.removed_at is null and a.removed_at is null ${source}
          and (lower(f.name) like ${pattern} or ${query} <% lower(replace(f.name, '_', ' ')) or ${query} % lower(replace(f.name, '_', ' ')))
      ), hits as (
        select f.id, f.asset_id, greatest(coalesce(n.score, 0), coalesce(b.score, 0) * 0.95) as score,
          case when coalesce(b.score, 0) * 0.95 > coalesce(n.score, 0) then b.label end as matched_term
        from data_field f join data_asset a on a.id = f.asset_id
          left join by_name n on n.field_id = f.id left join by_term b on b.field_id = f.id
        where (n.field_id is not null or b.field_id is not null) and f.removed_at is null and a.removed_at is null ${source}
      )
      select id, asset_id, score::float8 as score, matched_term, count(*) over ()::int as total
      from hits order by score desc, id limit ${first}`);
    const rows = rowsOf<{ id: string; asset_id: string; score: number; matched_term: string | null; total: number }>(
      result,
    );
    fields = rows.map((row) => ({
      fieldId: row.id,
      assetId: row.asset_id,
      score: Number(row.score),
      matchedTerm: row.matched_term,
    }));
    fieldCount = rows[0]?.total ?? 0;
  }

  return { terms, assets, fields, counts: { term: termCount, asset: assetCount, field: fieldCount } };
}
