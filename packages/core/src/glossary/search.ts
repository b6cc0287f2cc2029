import { glossaryTerms, glossaryWords, type Queryable, rowsOf } from '@steward/db';
import {
  type Actor,
  classifications,
  type GlossaryTerm,
  InputError,
  type Page,
  type PageRequest,
  pageArgsSchema,
  parseInput,
  termStatuses,
} from '@steward/domain';
import { and, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../shared/pagination.js';
import { loadTerms } from './term-rows.js';

const idList = z
  .array(z.uuid({ error: 'must be a valid id' }))
  .max(50)
  .nullish();

export const termSearchSchema = z.object({
  query: z.string().trim().max(200, { error: 'must be at most 200 characters' }).nullish(),
  filter: z
    .object({
      glossaryIds: idList,
      domainIds: idList,
      stewardIds: idList,
      statuses: z.array(z.enum(termStatuses)).max(5).nullish(),
      classifications: z.array(z.enum(classifications)).max(4).nullish(),
      criticalDataElement: z.boolean().nullish(),
    })
    .nullish(),
});
export type TermSearchInput = z.input<typeof termSearchSchema>;
type TermSearchFilter = NonNullable<z.output<typeof termSearchSchema>['filter']>;

export interface TermHit {
  term: GlossaryTerm;
  score: number;
  /** The synonym that matched better than the name, so the result can say why it is here. */
  matchedSynonym: string | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface TermFacets {
  glossary: FacetCount[];
  domain: FacetCount[];
  status: FacetCount[];
  steward: FacetCount[];
  classification: FacetCount[];
  criticalDataElement: FacetCount[];
}

/** The words of a query: letters and digits only, lower-cased, at most 8. */
export function queryTokens(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * The user's words as a safe prefix tsquery (`hous:* & appl:*`), each word OR'ed with the known
 * words it may be a misspelling of: no search syntax of theirs ever reaches the parser.
 */
export function toPrefixTsquery(
  query: string,
  alternatives: ReadonlyMap<string, readonly string[]> = new Map(),
): string | null {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return null;
  return tokens
    .map((token) => {
      const options = [
        `${token}:*`,
        ...(alternatives.get(token) ?? []).filter((word) => /^[\p{L}\p{N}]+$/u.test(word)),
      ];
      return options.length === 1 ? options[0] : `(${options.join(' | ')})`;
    })
    .join(' & ');
}

/** For each word of the query, up to three known words it may be a misspelling of (one query). */
async function typoAlternatives(db: Queryable, tokens: readonly string[]): Promise<Map<string, string[]>> {
  // Known words and numbers are not misspellings; only the rest is looked up by trigram.
  const candidates = tokens.filter((token) => token.length >= 3 && !/^[0-9]+$/.test(token));
  if (candidates.length === 0) return new Map();
  const rows = rowsOf<{ token: string; word: string }>(
    await db.execute(sql`
      select t.token, w.word from unnest(${sql.param(candidates)}::text[]) as t(token)
      cross join lateral (
        select word from ${glossaryWords} where word % t.token and word <> t.token
        order by similarity(word, t.token) desc limit 3
      ) w
      where not exists (select 1 from ${glossaryWords} known where known.word = t.token)`),
  );
  const alternatives = new Map<string, string[]>();
  for (const row of rows) alternatives.set(row.token, [...(alternatives.get(row.token) ?? []), row.word]);
  return alternatives;
}

type FacetName = keyof TermFacets;

/** Each filter's SQL, by facet, so a facet's counts can ignore its own filter. */
function filterConditions(filter: TermSearchFilter | null | undefined, alias: SQL): Partial<Record<FacetName, SQL>> {
  const conditions: Partial<Record<FacetName, SQL>> = {};
  if (filter?.glossaryIds?.length)
    conditions.glossary = sql`${alias}.glossary_id = any(${sql.param(filter.glossaryIds)}::uuid[])`;
  if (filter?.domainIds?.length)
    conditions.domain = sql`${alias}.domain_id = any(${sql.param(filter.domainIds)}::uuid[])`;
  if (filter?.stewardIds?.length)
    conditions.steward = sql`${alias}.steward_id = any(${sql.param(filter.stewardIds)}::uuid[])`;
  if (filter?.statuses?.length) conditions.status = sql`${alias}.status = any(${sql.param(filter.statuses)}::text[])`;
  if (filter?.classifications?.length) {
    conditions.classification = sql`${alias}.classification = any(${sql.param(filter.classifications)}::text[])`;
  }
  if (filter?.criticalDataElement !== null && filter?.criticalDataElement !== undefined) {
    conditions.criticalDataElement = sql`${alias}.critical_data_element = ${filter.criticalDataElement}`;
  }
  return conditions;
}

/** The plain columns facets group by (grouping sets name columns, not expressions). */
const groupingColumns: Record<FacetName, string> = {
  glossary: 'glossary_id',
  domain: 'domain_id',
  status: 'status',
  steward: 'steward_id',
  classification: 'classification',
  criticalDataElement: 'critical_data_element',
};

const facetColumns: Record<FacetName, string> = {
  glossary: 'glossary_id::text',
  domain: 'domain_id::text',
  status: 'status',
  steward: 'steward_id::text',
  classification: 'classification',
  criticalDataElement: 'critical_data_element::text',
};

/**
 * Glossary search: name, synonyms, abbreviation and definition, ranked (name and synonyms above
 * the definition), tolerant of typos (trigram similarity on name, synonyms and abbreviation),
 * with facet counts. Plain PostgreSQL on both drivers: a GIN tsvector and a GIN trigram index.
 */
export async function searchTerms(
  db: Queryable,
  _actor: Actor,
  args: PageRequest & TermSearchInput & { withFacets?: boolean },
): Promise<{ page: Page<TermHit>; facets: TermFacets }> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const input = parseInput(termSearchSchema, { query: args.query, filter: args.filter });
  const text = input.query ?? '';
  const lowered = text.toLowerCase();
  const tokens = queryTokens(text);
  const tsquery = tokens.length > 0 ? toPrefixTsquery(text, await typoAlternatives(db, tokens)) : null;
  const t = sql.raw('t');

  const matchText: SQL = tsquery ? sql`${t}.search_vector @@ to_tsquery('simple', ${tsquery})` : sql`true`;
  const conditions = filterConditions(input.filter, t);
  const allFilters = and(...Object.values(conditions));
  const where = allFilters ? sql`${matchText} and ${allFilters}` : matchText;

  let afterCondition: SQL | undefined;
  if (after) {
    const [negScore, name, id] = decodeCursor(after, 3);
    if (negScore === undefined || Number.isNaN(Number(negScore)))
      throw InputError.forField('after', 'is not a cursor from this list');
    afterCondition = sql`(-score, lower_name, id) > (${Number(negScore)}::float8, ${name}, ${id}::uuid)`;
  }

  // One statement, one scan: the matches once (with their full-text rank and facet columns),
  // then the page and every facet's counts from them. At most the 300 best full-text matches
  // are ranked finely (a frequent word can match a fifth of a glossary): an exact or leading
  // name match, an exact synonym, closeness of the name, live terms above deprecated ones.
  const rank = tsquery ? sql`ts_rank_cd(${t}.search_vector, to_tsquery('simple', ${tsquery}), 1)` : sql`0::float4`;
  // Every facet in one pass (grouping sets), each counted under the other facets' filters.
  const facetNames = Object.keys(facetColumns) as FacetName[];
  const facetCounts = facetNames.map((facet) => {
    const others = and(
      ...Object.entries(conditions)
        .filter(([name]) => name !== facet)
        .map(([, condition]) => condition),
    );
    return sql`count(*) ${others ? sql`filter (where ${others})` : sql``} as ${sql.raw(`count_${facetNames.indexOf(facet)}`)}`;
  });
  const facetQuery = sql`select ${sql.join(
    facetNames.map((facet, index) => sql`${sql.raw(facetColumns[facet])} as ${sql.raw(`value_${index}`)}`),
    sql`, `,
  )}, ${sql.join(
    facetNames.map(
      (facet, index) => sql`grouping(${sql.raw(groupingColumns[facet])}) as ${sql.raw(`grouping_${index}`)}`,
    ),
    sql`, `,
  )}, ${sql.join(facetCounts, sql`, `)}
    from matches ${t}
    group by grouping sets (${sql.raw(facetNames.map((facet) => `(${groupingColumns[facet]})`).join(', '))})`;
  const fineScore = tsquery
    ? sql`(text_rank * 4
        + similarity(lower(name), ${lowered}) * 3
        + word_similarity(${lowered}, search_text) * 2
        + case when lower(name) = ${lowered} then 5 when lower(name) like ${`${lowered.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} then 2 else 0 end
        + case when exists (select 1 from unnest(synonyms) s where lower(s) = ${lowered}) then 4 else 0 end
        + case status when 'approved' then 0.5 when 'deprecated' then -1 else 0 end)::float8`
    : sql`0::float8`;
  const [result] = rowsOf<{
    page: { id: string; score: number; lower_name: string; matched_synonym: string | null }[] | string;
    facets: Record<string, string | number | null>[] | string | null;
  }>(
    await db.execute(sql`
      with matches as materialized (
        select ${t}.id, ${t}.name, ${t}.synonyms, ${t}.status, ${t}.search_text, ${t}.glossary_id, ${t}.domain_id,
          ${t}.steward_id, ${t}.classification, ${t}.critical_data_element, ${rank} as text_rank
        from ${glossaryTerms} ${t} where ${matchText}
      ),
      candidates as (
        select * from matches ${t} ${allFilters ? sql`where ${allFilters}` : sql``}
        ${tsquery ? sql`order by text_rank desc limit 300` : sql``}
      ),
      ranked as (select id, lower(name) as lower_name, synonyms, ${fineScore} as score from candidates),
      page as (
        select * from ranked ${afterCondition ? sql`where ${afterCondition}` : sql``}
        order by -score, lower_name, id limit ${first + 1}
      ),
      facet_rows as (${args.withFacets === false ? sql`select 1 where false` : facetQuery})
      select
        (select coalesce(json_agg(json_build_object('id', page.id, 'score', page.score, 'lower_name', page.lower_name,
           'matched_synonym', ${text ? sql`(select s from unnest(page.synonyms) s where similarity(lower(s), ${lowered}) > similarity(page.lower_name, ${lowered}) order by similarity(lower(s), ${lowered}) desc limit 1)` : sql`null`})
           order by -page.score, page.lower_name, page.id), '[]'::json) from page) as page,
        (select coalesce(json_agg(facet_rows), '[]'::json) from facet_rows) as facets`),
  );
  const parseJson = <T>(value: T | string | null | undefined): T =>
    typeof value === 'string' ? (JSON.parse(value) as T) : (value as T);
  const rows = parseJson(result?.page) ?? [];
  const facetRows = parseJson(result?.facets) ?? [];
  const facets: TermFacets = {
    glossary: [],
    domain: [],
    status: [],
    steward: [],
    classification: [],
    criticalDataElement: [],
  };
  for (const row of facetRows) {
    // grouping() is 0 for the column a grouping-set row is about.
    const index = facetNames.findIndex((_, position) => Number(row[`grouping_${position}`]) === 0);
    const facet = facetNames[index];
    const value = facet ? row[`value_${index}`] : null;
    const count = facet ? Number(row[`count_${index}`]) : 0;
    if (facet && value !== null && value !== undefined && count > 0)
      facets[facet].push({ value: String(value), count });
  }
  for (const list of Object.values(facets) as FacetCount[][])
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

  // The status facet counts the matches under every other filter; with the status filter too,
  // that is the total. Without facets, count directly.
  const statusFilter = input.filter?.statuses?.length ? new Set<string>(input.filter.statuses) : null;
  const totalCount =
    args.withFacets === false
      ? Number(
          rowsOf<{ count: number }>(
            await db.execute(sql`select count(*)::int as count from ${glossaryTerms} ${t} where ${where}`),
          )[0]?.count ?? 0,
        )
      : facets.status
          .filter((entry) => !statusFilter || statusFilter.has(entry.value))
          .reduce((sum, entry) => sum + entry.count, 0);

  const visible = rows.slice(0, first);
  const terms = await loadTerms(
    db,
    visible.map((row) => row.id),
  );
  const last = visible.at(-1);
  return {
    page: {
      nodes: visible.map((row) => ({
        term: terms.get(row.id)!,
        score: Number(row.score),
        matchedSynonym: row.matched_synonym,
      })),
      totalCount,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([String(-Number(last.score)), last.lower_name, last.id]) : null,
    },
    facets,
  };
}

/** Typeahead: the few best terms for what has been typed so far (name, synonym or abbreviation). */
export async function suggestTerms(
  db: Queryable,
  actor: Actor,
  args: { query: string; glossaryId?: string | null; limit?: number | null },
): Promise<TermHit[]> {
  if (!args.query.trim()) return [];
  const { page } = await searchTerms(db, actor, {
    query: args.query,
    first: Math.min(Math.max(args.limit ?? 8, 1), 20),
    filter: args.glossaryId ? { glossaryIds: [args.glossaryId] } : null,
    withFacets: false,
  });
  return page.nodes;
}
