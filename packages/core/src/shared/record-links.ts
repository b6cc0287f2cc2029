import {
  councils,
  dataAssets,
  domains,
  glossaryTerms,
  governancePolicies,
  maturityAssessments,
  mdmDomains,
  mdmPolicyVersions,
  metrics,
  programDocuments,
  programs,
  type Queryable,
  qualityRules,
  roadmapItems,
  tickets,
} from '@steward/db';
import { NotFoundError, type RecordLink, type RecordLinkType, type ResolvedRecordLink } from '@steward/domain';
import { desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { likePattern } from './like-pattern.js';

interface Found {
  id: string;
  label: string;
  href: string;
}

/** How each kind of record is read (by a condition), named and linked to in the app. */
interface LinkKind {
  id: AnyPgColumn;
  /** What a search matches: the record's name. */
  name: AnyPgColumn | SQL;
  read(db: Queryable, where: SQL, limit: number): Promise<Found[]>;
}

/** A kind found by its own id and name columns, its page built from the id. */
function namedKind(
  table: PgTable,
  id: PgColumn,
  name: PgColumn,
  href: (id: string) => string,
  order: SQL | PgColumn = name,
): LinkKind {
  return {
    id,
    name,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: sql<string>`${id}`, name: sql<string>`${name}` })
          .from(table)
          .where(where)
          .orderBy(order)
          .limit(limit)
      ).map((row) => ({ id: row.id, label: row.name, href: href(row.id) })),
  };
}

const kinds: Record<RecordLinkType, LinkKind> = {
  council: namedKind(councils, councils.id, councils.name, (id) => `/councils/${id}`),
  domain: namedKind(domains, domains.id, domains.name, (id) => `/domains/${id}`),
  term: namedKind(glossaryTerms, glossaryTerms.id, glossaryTerms.name, (id) => `/glossary/terms/${id}`),
  asset: {
    id: dataAssets.id,
    name: dataAssets.name,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: dataAssets.id, schemaName: dataAssets.schemaName, name: dataAssets.name })
          .from(dataAssets)
          .where(where)
          .orderBy(dataAssets.name)
          .limit(limit)
      ).map((row) => ({
        id: row.id,
        label: row.schemaName ? `${row.schemaName}.${row.name}` : row.name,
        href: `/catalog/assets/${row.id}`,
      })),
  },
  quality_rule: {
    id: qualityRules.id,
    name: qualityRules.name,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: qualityRules.id, name: qualityRules.name, assetId: qualityRules.assetId })
          .from(qualityRules)
          .where(where)
          .orderBy(qualityRules.name)
          .limit(limit)
      ).map((row) => ({ id: row.id, label: row.name, href: `/catalog/assets/${row.assetId}` })),
  },
  mdm_domain: namedKind(mdmDomains, mdmDomains.id, mdmDomains.name, (id) => `/mdm/domains/${id}`),
  mdm_policy: {
    id: mdmPolicyVersions.id,
    name: mdmDomains.name,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: mdmPolicyVersions.id, number: mdmPolicyVersions.number, domain: mdmDomains.name })
          .from(mdmPolicyVersions)
          .innerJoin(mdmDomains, eq(mdmDomains.id, mdmPolicyVersions.mdmDomainId))
          .where(where)
          .orderBy(mdmDomains.name, desc(mdmPolicyVersions.number))
          .limit(limit)
      ).map((row) => ({ id: row.id, label: `${row.domain} policy v${row.number}`, href: `/mdm/policies/${row.id}` })),
  },
  program_document: {
    id: programDocuments.id,
    name: programDocuments.title,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: programDocuments.id, title: programDocuments.title, programId: programDocuments.programId })
          .from(programDocuments)
          .where(where)
          .orderBy(programDocuments.title)
          .limit(limit)
      ).map((row) => ({ id: row.id, label: row.title, href: `/program/${row.programId}/documents/${row.id}` })),
  },
  roadmap_item: {
    id: roadmapItems.id,
    name: roadmapItems.title,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: roadmapItems.id, title: roadmapItems.title, programId: roadmapItems.programId })
          .from(roadmapItems)
          .where(where)
          .orderBy(roadmapItems.title)
          .limit(limit)
      ).map((row) => ({ id: row.id, label: row.title, href: `/program/${row.programId}#roadmap` })),
  },
  ticket: {
    id: tickets.id,
    name: sql`${tickets.key} || ' ' || ${tickets.title}`,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: tickets.id, key: tickets.key, title: tickets.title })
          .from(tickets)
          .where(where)
          .orderBy(desc(tickets.createdAt))
          .limit(limit)
      ).map((row) => ({ id: row.id, label: `${row.key} ${row.title}`, href: `/issues/${row.key}` })),
  },
  assessment: namedKind(
    maturityAssessments,
    maturityAssessments.id,
    maturityAssessments.name,
    (id) => `/maturity/assessments/${id}`,
    desc(maturityAssessments.createdAt),
  ),
  metric: namedKind(metrics, metrics.id, metrics.name, (id) => `/metrics/${id}`),
  policy: {
    id: governancePolicies.id,
    name: sql`${governancePolicies.key} || ' ' || ${governancePolicies.title}`,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: governancePolicies.id, key: governancePolicies.key, title: governancePolicies.title })
          .from(governancePolicies)
          .where(where)
          .orderBy(governancePolicies.key)
          .limit(limit)
      ).map((row) => ({ id: row.id, label: `${row.key} ${row.title}`, href: `/policies/${row.id}` })),
  },
  roadmap: {
    id: programs.id,
    name: programs.name,
    read: async (db, where, limit) =>
      (
        await db
          .select({ id: programs.id, name: programs.name })
          .from(programs)
          .where(where)
          .orderBy(programs.name)
          .limit(limit)
      ).map((row) => ({ id: row.id, label: `Roadmap of ${row.name}`, href: `/program/${row.id}#roadmap` })),
  },
};

const goneLabel: Record<RecordLinkType, string> = {
  council: 'A council that no longer exists',
  domain: 'A domain that no longer exists',
  term: 'A term that no longer exists',
  asset: 'An asset that no longer exists',
  quality_rule: 'A quality rule that no longer exists',
  mdm_domain: 'An MDM domain that no longer exists',
  mdm_policy: 'An MDM policy version that no longer exists',
  program_document: 'A document that no longer exists',
  roadmap: 'A roadmap that no longer exists',
  roadmap_item: 'A roadmap item that no longer exists',
  ticket: 'An issue that no longer exists',
  assessment: 'An assessment that no longer exists',
  metric: 'A metric that no longer exists',
  policy: 'A policy that no longer exists',
};

/** Names and pages of linked records, in the order given; a record deleted since says so. */
export async function resolveRecordLinks(db: Queryable, links: readonly RecordLink[]): Promise<ResolvedRecordLink[]> {
  const byType = new Map<RecordLinkType, Set<string>>();
  for (const link of links) byType.set(link.type, (byType.get(link.type) ?? new Set()).add(link.id));
  const found = new Map<string, Found>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const kind = kinds[type];
      for (const row of await kind.read(db, inArray(kind.id, [...ids]), ids.size)) found.set(`${type}:${row.id}`, row);
    }),
  );
  return links.map((link) => {
    const row = found.get(`${link.type}:${link.id}`);
    return row
      ? { ...link, label: row.label, href: row.href, exists: true }
      : { ...link, label: goneLabel[link.type], href: null, exists: false };
  });
}

/** Throws NotFoundError, naming the input field of the first link whose record does not exist. */
export async function assertRecordLinks(
  db: Queryable,
  links: readonly RecordLink[],
  fieldOf: (index: number) => string,
): Promise<void> {
  const resolved = await resolveRecordLinks(db, links);
  const index = resolved.findIndex((link) => !link.exists);
  if (index >= 0) throw new NotFoundError(links[index]!.type, links[index]!.id, { field: fieldOf(index) });
}

/** Records of one kind whose name contains the text (all when empty), for a link picker. */
export async function searchRecordLinks(
  db: Queryable,
  type: RecordLinkType,
  text: string,
  limit = 20,
): Promise<ResolvedRecordLink[]> {
  const kind = kinds[type];
  const rows = await kind.read(db, ilike(kind.name, likePattern(text.trim())), Math.min(Math.max(limit, 1), 50));
  return rows.map((row) => ({ type, id: row.id, label: row.label, href: row.href, exists: true }));
}
