import { dataAssets, dataFields, dataSources, domains, glossaryTerms, type Queryable, qualityRules } from '@steward/db';
import {
  type EffectiveAssignment,
  NotFoundError,
  type Responsible,
  type RoutingTarget,
  type TicketLinkInput,
  type TicketLinkType,
} from '@steward/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { resolveResponsibilitiesOfAssets } from '../catalog/ownership.js';
import { resolveResponsibilitiesOfDomains } from '../stewardship/role-assignments.js';

/** A linked record as a ticket shows it: what it is, its name, and the domain it belongs to (a table's own, else its source's). */
export interface LinkedRecord {
  type: TicketLinkType;
  id: string;
  label: string;
  domainId: string | null;
  /** The asset a column belongs to (to open it on the asset page). */
  assetId: string | null;
}

/** Labels and domains of linked records, in the order asked; missing ones are undefined. */
export async function describeLinkedRecords(
  db: Queryable,
  links: readonly TicketLinkInput[],
): Promise<(LinkedRecord | undefined)[]> {
  const idsOf = (type: TicketLinkType) => links.filter((link) => link.type === type).map((link) => link.id);
  const found = new Map<string, LinkedRecord>();
  const termIds = idsOf('term');
  if (termIds.length > 0) {
    const rows = await db
      .select({ id: glossaryTerms.id, name: glossaryTerms.name, domainId: glossaryTerms.domainId })
      .from(glossaryTerms)
      .where(inArray(glossaryTerms.id, termIds));
    for (const row of rows) found.set(`term:${row.id}`, { type: 'term', ...row, label: row.name, assetId: null });
  }
  const assetIds = idsOf('asset');
  if (assetIds.length > 0) {
    const rows = await db
      .select({
        id: dataAssets.id,
        label: sql<string>`${dataAssets.schemaName} || '.' || ${dataAssets.name}`,
        domainId: sql<string | null>`coalesce(${dataAssets.domainId}, ${dataSources.domainId})`,
      })
      .from(dataAssets)
      .innerJoin(dataSources, eq(dataSources.id, dataAssets.sourceId))
      .where(inArray(dataAssets.id, assetIds));
    for (const row of rows) found.set(`asset:${row.id}`, { type: 'asset', ...row, assetId: row.id });
  }
  const fieldIds = idsOf('field');
  if (fieldIds.length > 0) {
    const rows = await db
      .select({
        id: dataFields.id,
        label: sql<string>`${dataAssets.schemaName} || '.' || ${dataAssets.name} || '.' || ${dataFields.name}`,
        domainId: sql<string | null>`coalesce(${dataAssets.domainId}, ${dataSources.domainId})`,
        assetId: dataAssets.id,
      })
      .from(dataFields)
      .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
      .innerJoin(dataSources, eq(dataSources.id, dataAssets.sourceId))
      .where(inArray(dataFields.id, fieldIds));
    for (const row of rows) found.set(`field:${row.id}`, { type: 'field', ...row });
  }
  const ruleIds = idsOf('quality_rule');
  if (ruleIds.length > 0) {
    const rows = await db
      .select({
        id: qualityRules.id,
        label: qualityRules.name,
        domainId: sql<string | null>`coalesce(${dataAssets.domainId}, ${dataSources.domainId})`,
        assetId: dataAssets.id,
      })
      .from(qualityRules)
      .innerJoin(dataAssets, eq(dataAssets.id, qualityRules.assetId))
      .innerJoin(dataSources, eq(dataSources.id, dataAssets.sourceId))
      .where(inArray(qualityRules.id, ruleIds));
    for (const row of rows) found.set(`quality_rule:${row.id}`, { type: 'quality_rule', ...row });
  }
  return links.map((link) => found.get(`${link.type}:${link.id}`));
}

/** Fails with NOT_FOUND naming the link's field when a linked record does not exist. */
export async function assertLinksExist(db: Queryable, links: readonly TicketLinkInput[], field = 'links') {
  const described = await describeLinkedRecords(db, links);
  described.forEach((record, index) => {
    if (!record)
      throw new NotFoundError(recordName[links[index]!.type], links[index]!.id, { field: `${field}.${index}.id` });
  });
  return described as LinkedRecord[];
}

const recordName: Record<TicketLinkType, string> = {
  term: 'GlossaryTerm',
  asset: 'DataAsset',
  field: 'DataField',
  quality_rule: 'QualityRule',
};

/**
 * Who answers for each thing a ticket concerns: every linked record and the ticket's domain,
 * with inherited responsibility named by where it is held. A term answers through its own owner
 * and steward, then its domain's; a column through its table; a table through its own roles,
 * then its domain's (or its source's).
 */
export async function resolveRoutingTargets(
  db: Queryable,
  links: readonly LinkedRecord[],
  domainId: string | null,
): Promise<{ links: RoutingTarget[]; domain: RoutingTarget | null }> {
  const terms = links.filter((link) => link.type === 'term');
  const termRows =
    terms.length > 0
      ? await db
          .select({ id: glossaryTerms.id, ownerId: glossaryTerms.ownerId, stewardId: glossaryTerms.stewardId })
          .from(glossaryTerms)
          .where(
            inArray(
              glossaryTerms.id,
              terms.map((term) => term.id),
            ),
          )
      : [];
  const termById = new Map(termRows.map((row) => [row.id, row]));
  const assetIds = [...new Set(links.filter((link) => link.assetId).map((link) => link.assetId!))];
  const assetResponsibilities = await resolveResponsibilitiesOfAssets(db, assetIds);
  const byAsset = new Map(assetIds.map((id, index) => [id, assetResponsibilities[index] ?? []]));
  const domainIds = [
    ...new Set([...terms.map((term) => term.domainId), domainId].filter((id): id is string => Boolean(id))),
  ];
  const domainResponsibilities = await resolveResponsibilitiesOfDomains(db, domainIds);
  const byDomain = new Map(domainIds.map((id, index) => [id, domainResponsibilities[index] ?? []]));
  const namesNeeded = new Set<string>([
    ...domainIds,
    ...[...byDomain.values()].flat().map((effective) => effective.heldOnDomainId),
    ...[...byAsset.values()]
      .flat()
      .map((entry) => entry.inheritedFromDomainId)
      .filter((id): id is string => Boolean(id)),
  ]);
  const nameRows =
    namesNeeded.size > 0
      ? await db
          .select({ id: domains.id, name: domains.name })
          .from(domains)
          .where(inArray(domains.id, [...namesNeeded]))
      : [];
  const domainName = new Map(nameRows.map((row) => [row.id, row.name]));

  const fromDomain = (effective: readonly EffectiveAssignment[], inheritAll: boolean): Responsible[] =>
    effective.map((entry) => ({
      personId: entry.assignment.personId,
      role: entry.assignment.role,
      raci: entry.assignment.raci,
      inheritedFrom: entry.inherited || inheritAll ? (domainName.get(entry.heldOnDomainId) ?? null) : null,
    }));

  const linkTargets = links.map((link): RoutingTarget => {
    if (link.type === 'term') {
      const term = termById.get(link.id);
      const own: Responsible[] = [];
      if (term?.stewardId)
        own.push({ personId: term.stewardId, role: 'business_steward', raci: 'R', inheritedFrom: null });
      if (term?.ownerId) own.push({ personId: term.ownerId, role: 'data_owner', raci: 'A', inheritedFrom: null });
      const held = new Set(own.map((responsible) => responsible.role));
      const inherited = link.domainId
        ? fromDomain(byDomain.get(link.domainId) ?? [], true).filter((responsible) => !held.has(responsible.role))
        : [];
      return { label: link.label, responsibles: [...own, ...inherited] };
    }
    const entries = link.assetId ? (byAsset.get(link.assetId) ?? []) : [];
    return {
      label: link.label,
      responsibles: entries.map((entry) => ({
        personId: entry.assignment.personId,
        role: entry.assignment.role,
        raci: entry.assignment.raci,
        inheritedFrom: entry.inheritedFromDomainId ? (domainName.get(entry.inheritedFromDomainId) ?? null) : null,
      })),
    };
  });
  const domain = domainId
    ? { label: domainName.get(domainId) ?? '', responsibles: fromDomain(byDomain.get(domainId) ?? [], false) }
    : null;
  return { links: linkTargets, domain };
}
