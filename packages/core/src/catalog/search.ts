import { type Queryable, rowsOf } from '@steward/db';
import { type Actor, idSchema, type PiiClass, parseInput, piiClasses } from '@steward/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { searchTerms, type TermHit } from '../glossary/search.js';

export const catalogSearchKinds = ['term', 'asset', 'field'] as const;
export type CatalogSearchKind = (typeof catalogSearchKinds)[number];

export const catalogSearchSchema = z.object({
  query: z.string().trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
  kinds: z.array(z.enum(catalogSearchKinds)).nullish(),
  sourceId: idSchema.nullish(),
  /** Only columns confirmed to hold this personal-data class (tables and terms are left out). */
  piiClass: z.enum(piiClasses, { error: `must be one of ${piiClasses.join(', ')}` }).nullish(),
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
  /** Over every matching table and column, not only the page: where they are, what they hold. */
  facets: { sources: { sourceId: string; count: number }[]; piiClasses: { piiClass: PiiClass; count: number }[] };
}

interface FacetRow {
  key: string;
  count: number;
}

const facetRows = (value: unknown): FacetRow[] =>
  (typeof value === 'string' ? (JSON.parse(value) as FacetRow[] | null) : (value as FacetRow[] | null)) ?? [];

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
  if (input.piiClass) {
    kinds.delete('term');
    kinds.delete('asset');
  }
  const sourceCounts = new Map<string, number>();
  const addSources = (rows: FacetRow[]) => {
    for (const row of rows) sourceCounts.set(row.key, (sourceCounts.get(row.key) ?? 0) + Number(row.count));
  };
  let classFacets: FacetRow[] = [];
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
      select id, score::float8 as score, count(*) over ()::int as total,
        (select json_agg(json_build_object('key', source_id, 'count', n)) from (
           select a.source_id, count(*)::int as n from hits h join data_asset a on a.id = h.id group by 1) f) as sources
      from hits order by score desc, id limit ${first}`);
    const rows = rowsOf<{ id: string; score: number; total: number; sources: unknown }>(result);
    assets = rows.map((row) => ({ assetId: row.id, score: Number(row.score) }));
    assetCount = rows[0]?.total ?? 0;
    addSources(facetRows(rows[0]?.sources));
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
          ${
            input.piiClass
              ? sql`and exists (select 1 from field_classification c where c.field_id = f.id and c.status = 'confirmed' and c.pii_class = ${input.piiClass})`
              : sql``
          }
      )
      select id, asset_id, score::float8 as score, matched_term, count(*) over ()::int as total,
        (select json_agg(json_build_object('key', source_id, 'count', n)) from (
           select a.source_id, count(*)::int as n from hits h join data_asset a on a.id = h.asset_id group by 1) f) as sources,
        (select json_agg(json_build_object('key', pii_class, 'count', n)) from (
           select c.pii_class, count(distinct h.id)::int as n from hits h
           join field_classification c on c.field_id = h.id and c.status = 'confirmed' group by 1) k) as classes
      from hits order by score desc, id limit ${first}`);
    const rows = rowsOf<{
      id: string;
      asset_id: string;
      score: number;
      matched_term: string | null;
      total: number;
      sources: unknown;
      classes: unknown;
    }>(result);
    addSources(facetRows(rows[0]?.sources));
    classFacets = facetRows(rows[0]?.classes);
    fields = rows.map((row) => ({
      fieldId: row.id,
      assetId: row.asset_id,
      score: Number(row.score),
      matchedTerm: row.matched_term,
    }));
    fieldCount = rows[0]?.total ?? 0;
  }

  return {
    terms,
    assets,
    fields,
    counts: { term: termCount, asset: assetCount, field: fieldCount },
    facets: {
      sources: [...sourceCounts].map(([sourceId, count]) => ({ sourceId, count })).sort((a, b) => b.count - a.count),
      piiClasses: classFacets
        .map((row) => ({ piiClass: row.key as PiiClass, count: Number(row.count) }))
        .sort((a, b) => b.count - a.count),
    },
  };
}
