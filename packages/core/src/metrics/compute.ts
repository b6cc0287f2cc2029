import {
  assetProfiles,
  dataAssets,
  dataFields,
  domains,
  fieldClassifications,
  glossaryTerms,
  mdmPolicyVersions,
  mdmSimulations,
  type Queryable,
  qualityResults,
  qualityRules,
  rowsOf,
  termLinks,
  tickets,
} from '@steward/db';
import {
  activeTicketStatuses,
  type BuiltInMetricKey,
  type MaturitySignal,
  medianOf,
  type SignalValues,
} from '@steward/domain';
import { and, eq, gte, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { getStewardshipCoverage } from '../stewardship/role-assignments.js';

const DAY = 86_400_000;

/** A domain and every domain below it (a filter on Customer counts Consumer too). */
export async function domainSubtree(db: Queryable, domainId: string): Promise<string[]> {
  const rows = await db.select({ id: domains.id, parentId: domains.parentId }).from(domains);
  const children = new Map<string, string[]>();
  for (const row of rows) if (row.parentId) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row.id]);
  const result: string[] = [];
  const stack = [domainId];
  while (stack.length) {
    const id = stack.pop()!;
    if (result.includes(id)) continue;
    result.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/** An asset's domain: its own, else its source's. */
const assetDomain = sql`coalesce(${dataAssets.domainId}, (select s.domain_id from data_source s where s.id = ${dataAssets.sourceId}))`;

/** Assets whose domain (their own, else their source's) is one of these. */
export const assetInDomains = (domainIds: readonly string[]) =>
  sql`${assetDomain} in (${sql.join(
    domainIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

interface Scope {
  /** Domain ids in scope (a subtree), or null for the whole organisation. */
  domainIds: string[] | null;
  now: Date;
}

type Computation = (db: Queryable, scope: Scope) => Promise<number | null>;

/** How each built-in metric is computed from Steward's records; null when there is nothing to measure. */
const computations: Record<BuiltInMetricKey, Computation> = {
  stewardship_coverage: async (db, { domainIds }) => {
    const coverage = await getStewardshipCoverage(db);
    const entries = domainIds
      ? coverage.domains.filter((entry) => domainIds.includes(entry.domainId))
      : coverage.domains;
    return share(entries.filter((entry) => entry.hasOwner && entry.hasSteward).length, entries.length);
  },
  glossary_coverage: async (db, { domainIds }) => {
    const rows = await db
      .select({ status: glossaryTerms.status })
      .from(glossaryTerms)
      .where(
        and(
          eq(glossaryTerms.criticalDataElement, true),
          ne(glossaryTerms.status, 'deprecated'),
          domainIds ? inArray(glossaryTerms.domainId, domainIds) : undefined,
        ),
      );
    return share(rows.filter((row) => row.status === 'approved').length, rows.length);
  },
  profiling_coverage: async (db, { domainIds, now }) => {
    const assets = await db
      .select({ id: dataAssets.id })
      .from(dataAssets)
      .where(and(isNull(dataAssets.removedAt), domainIds ? assetInDomains(domainIds) : undefined));
    if (assets.length === 0) return null;
    const fresh = await db
      .selectDistinct({ assetId: assetProfiles.assetId })
      .from(assetProfiles)
      .where(
        and(
          inArray(
            assetProfiles.assetId,
            assets.map((asset) => asset.id),
          ),
          gte(assetProfiles.createdAt, new Date(now.getTime() - 30 * DAY)),
        ),
      );
    return share(fresh.length, assets.length);
  },
  pii_classification_coverage: async (db, { domainIds }) => {
    const rows = await db
      .select({ status: fieldClassifications.status })
      .from(fieldClassifications)
      .innerJoin(dataFields, eq(dataFields.id, fieldClassifications.fieldId))
      .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
      .where(
        and(
          ne(fieldClassifications.status, 'rejected'),
          isNull(dataFields.removedAt),
          domainIds ? assetInDomains(domainIds) : undefined,
        ),
      );
    return share(rows.filter((row) => row.status === 'confirmed').length, rows.length);
  },
  quality_pass_rate: async (db, { domainIds }) => {
    const scope = domainIds
      ? sql`and r.asset_id in (select id from ${dataAssets} where ${assetInDomains(domainIds)})`
      : sql``;
    const result = await db.execute(sql`
      select count(*)::int as rules, count(*) filter (where latest.outcome = 'passed')::int as passing
      from ${qualityRules} r
      join lateral (select outcome from ${qualityResults} q where q.rule_id = r.id and q.outcome <> 'error'
                    order by q.run_at desc limit 1) latest on true
      where r.enabled ${scope}`);
    const [row] = rowsOf<{ rules: number; passing: number }>(result);
    return share(Number(row?.passing ?? 0), Number(row?.rules ?? 0));
  },
  time_to_resolve: async (db, { domainIds, now }) => {
    const rows = await db
      .select({ createdAt: tickets.createdAt, resolvedAt: tickets.resolvedAt })
      .from(tickets)
      .where(
        and(
          isNotNull(tickets.resolvedAt),
          gte(tickets.resolvedAt, new Date(now.getTime() - 90 * DAY)),
          domainIds ? inArray(tickets.domainId, domainIds) : undefined,
        ),
      );
    const days = rows.map((row) => (row.resolvedAt!.getTime() - row.createdAt.getTime()) / DAY);
    const median = medianOf(days);
    return median === null ? null : Math.round(median * 10) / 10;
  },
  sla_breach_rate: async (db, { domainIds, now }) => {
    const rows = await db
      .select({ triage: tickets.triageBreachedAt, resolve: tickets.resolveBreachedAt })
      .from(tickets)
      .where(
        and(
          or(
            gte(tickets.createdAt, new Date(now.getTime() - 90 * DAY)),
            inArray(tickets.status, [...activeTicketStatuses]),
          ),
          domainIds ? inArray(tickets.domainId, domainIds) : undefined,
        ),
      );
    return share(rows.filter((row) => row.triage || row.resolve).length, rows.length);
  },
  backlog: async (db, { domainIds }) => {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(tickets)
      .where(
        and(
          inArray(tickets.status, [...activeTicketStatuses]),
          domainIds ? inArray(tickets.domainId, domainIds) : undefined,
        ),
      );
    return Number(row?.count ?? 0);
  },
  mdm_duplicate_rate: async (db) => {
    const result = await db.execute(sql`
      select distinct on (s.mdm_domain_id) s.summary
      from ${mdmSimulations} s
      join ${mdmPolicyVersions} p on p.id = s.policy_version_id and p.status = 'active'
      where s.status = 'succeeded' and s.summary is not null
      order by s.mdm_domain_id, s.finished_at desc`);
    const summaries = rowsOf<{ summary: { records: number; clusters: number } }>(result).map((row) => row.summary);
    const records = summaries.reduce((sum, summary) => sum + summary.records, 0);
    const duplicates = summaries.reduce((sum, summary) => sum + (summary.records - summary.clusters), 0);
    return share(duplicates, records);
  },
};

/** A built-in metric now, for the organisation or a domain (and the domains below it). */
export async function computeBuiltInMetric(
  db: Queryable,
  key: BuiltInMetricKey,
  options: { domainId?: string | null; now?: Date } = {},
): Promise<number | null> {
  const domainIds = options.domainId ? await domainSubtree(db, options.domainId) : null;
  return computations[key](db, { domainIds, now: options.now ?? new Date() });
}

/**
 * The live signals the maturity model compares self-assessment with, where Steward can measure
 * them now (reference §2.4 ⚙); the others stay unknown.
 */
export async function liveSignalValues(db: Queryable, now = new Date()): Promise<SignalValues> {
  const scope = { domainIds: null, now };
  const coverage = await getStewardshipCoverage(db);
  const criticalLinks = await db
    .select({ status: termLinks.status, termStatus: glossaryTerms.status })
    .from(termLinks)
    .innerJoin(glossaryTerms, eq(glossaryTerms.id, termLinks.termId))
    .where(
      and(isNotNull(termLinks.fieldId), eq(glossaryTerms.criticalDataElement, true), ne(termLinks.status, 'rejected')),
    );
  const values: Partial<Record<MaturitySignal, number | null>> = {
    stewardship_coverage: await computations.stewardship_coverage(db, scope),
    domain_owner_coverage: share(coverage.withOwner, coverage.domainCount),
    quality_pass_rate: await computations.quality_pass_rate(db, scope),
    sla_breach_rate: await computations.sla_breach_rate(db, scope),
    pii_classification_coverage: await computations.pii_classification_coverage(db, scope),
    glossary_coverage: share(
      criticalLinks.filter((link) => link.status === 'confirmed' && link.termStatus === 'approved').length,
      criticalLinks.length,
    ),
  };
  return values;
}
