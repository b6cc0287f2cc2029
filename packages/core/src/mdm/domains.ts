import { dataSources, domains, glossaryTerms, mdmDomains, type Queryable } from '@steward/db';
import {
  ConflictError,
  createMdmDomainInputSchema,
  type HubStyle,
  InputError,
  idSchema,
  isAccountableOwner,
  type MatchWorkflow,
  type MdmAttribute,
  type MdmDomain,
  type MdmRelation,
  type MdmSource,
  NotFoundError,
  updateMdmDomainInputSchema,
} from '@steward/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';
import { resolveResponsibilitiesOfDomains } from '../stewardship/role-assignments.js';

type MdmDomainRow = typeof mdmDomains.$inferSelect;

export const toMdmDomain = (row: MdmDomainRow): MdmDomain => ({
  ...row,
  hubStyle: row.hubStyle as HubStyle,
  workflow: row.workflow as MatchWorkflow,
  attributes: row.attributes as MdmAttribute[],
  sources: row.sources as MdmSource[],
  relations: row.relations as MdmRelation[],
});

/** Every id the scope points at must exist: the governance domain, glossary terms, catalogue sources, MDM domains. */
async function assertScopeReferences(
  tx: Queryable,
  scope: {
    domainId?: string | null;
    attributes?: readonly MdmAttribute[];
    sources?: readonly MdmSource[];
    relations?: readonly MdmRelation[];
  },
  selfId: string | null,
) {
  if (scope.domainId) {
    const [domain] = await tx.select({ id: domains.id }).from(domains).where(eq(domains.id, scope.domainId));
    if (!domain) throw new NotFoundError('Domain', scope.domainId, { field: 'domainId' });
  }
  const termIds = [...new Set((scope.attributes ?? []).flatMap((attribute) => attribute.termId ?? []))];
  if (termIds.length > 0) {
    const found = await tx
      .select({ id: glossaryTerms.id })
      .from(glossaryTerms)
      .where(inArray(glossaryTerms.id, termIds));
    const known = new Set(found.map((row) => row.id));
    const index = scope.attributes!.findIndex((attribute) => attribute.termId && !known.has(attribute.termId));
    if (index >= 0)
      throw InputError.forField(`attributes.${index}.termId`, 'names a glossary term that does not exist');
  }
  const sourceIds = [...new Set((scope.sources ?? []).flatMap((source) => source.catalogSourceId ?? []))];
  if (sourceIds.length > 0) {
    const found = await tx.select({ id: dataSources.id }).from(dataSources).where(inArray(dataSources.id, sourceIds));
    const known = new Set(found.map((row) => row.id));
    const index = scope.sources!.findIndex((source) => source.catalogSourceId && !known.has(source.catalogSourceId));
    if (index >= 0)
      throw InputError.forField(`sources.${index}.catalogSourceId`, 'names a catalogue source that does not exist');
  }
  const relationIds = [...new Set((scope.relations ?? []).map((relation) => relation.toMdmDomainId))];
  if (relationIds.length > 0) {
    const index = scope.relations!.findIndex((relation) => relation.toMdmDomainId === selfId);
    if (index >= 0) throw InputError.forField(`relations.${index}.toMdmDomainId`, 'must name another MDM domain');
    const found = await tx.select({ id: mdmDomains.id }).from(mdmDomains).where(inArray(mdmDomains.id, relationIds));
    const known = new Set(found.map((row) => row.id));
    const missing = scope.relations!.findIndex((relation) => !known.has(relation.toMdmDomainId));
    if (missing >= 0)
      throw InputError.forField(`relations.${missing}.toMdmDomainId`, 'names an MDM domain that does not exist');
  }
}

async function assertNameFree(tx: Queryable, name: string, selfId: string | null) {
  const [same] = await tx
    .select({ id: mdmDomains.id })
    .from(mdmDomains)
    .where(sql`lower(${mdmDomains.name}) = lower(${name})`);
  if (same && same.id !== selfId)
    throw new ConflictError(`An MDM domain named ${name} already exists.`, { field: 'name' });
}

/** Defines an MDM domain: its scope, hub style, workflow, sources and the governance domain that owns it. */
export const createMdmDomain = defineUseCase({
  action: 'mdm.domain.create',
  input: createMdmDomainInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, input): Promise<MdmDomain> {
    await assertNameFree(tx, input.name, null);
    await assertScopeReferences(tx, input, null);
    const [row] = await tx
      .insert(mdmDomains)
      .values({ ...input, createdAt: now, updatedAt: now, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const domain = toMdmDomain(row!);
    await audit({ entityType: 'MdmDomain', entityId: domain.id, after: domain, relatedIds: [domain.domainId] });
    return domain;
  },
});

/** Changes an MDM domain's scope (any part of it). */
export const updateMdmDomain = defineUseCase({
  action: 'mdm.domain.update',
  input: updateMdmDomainInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<MdmDomain> {
    const [current] = await tx.select().from(mdmDomains).where(eq(mdmDomains.id, id)).for('update');
    assertVersion('MdmDomain', current, id, version);
    const before = toMdmDomain(current as MdmDomainRow);
    if (patch.name) await assertNameFree(tx, patch.name, id);
    await assertScopeReferences(tx, patch, id);
    const [row] = await tx
      .update(mdmDomains)
      .set({ ...definedOnly(patch), version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(mdmDomains.id, id))
      .returning();
    const domain = toMdmDomain(row!);
    await audit({ entityType: 'MdmDomain', entityId: id, before, after: domain, relatedIds: [domain.domainId] });
    return domain;
  },
});

export async function listMdmDomains(db: Queryable): Promise<MdmDomain[]> {
  const rows = await db.select().from(mdmDomains).orderBy(sql`lower(${mdmDomains.name})`, mdmDomains.id);
  return rows.map(toMdmDomain);
}

export async function getMdmDomains(db: Queryable, ids: readonly string[]): Promise<(MdmDomain | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(mdmDomains).where(inArray(mdmDomains.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toMdmDomain(row)]));
  return ids.map((id) => byId.get(id));
}

/**
 * Who approves an MDM domain's policies: the accountable data owners of its governance domain
 * (held there or inherited). Empty when it has no governance domain or that has no owner.
 */
export async function policyApproversOf(db: Queryable, domain: { domainId: string | null }): Promise<string[]> {
  if (!domain.domainId) return [];
  const [effective] = await resolveResponsibilitiesOfDomains(db, [domain.domainId]);
  return [
    ...new Set(
      (effective ?? [])
        .filter((entry) => isAccountableOwner(entry.assignment))
        .map((entry) => entry.assignment.personId),
    ),
  ];
}

/** One MDM domain, or NotFoundError naming the field that pointed at it. */
export async function domainOf(tx: Queryable, mdmDomainId: string, field = 'mdmDomainId'): Promise<MdmDomain> {
  const [row] = await tx.select().from(mdmDomains).where(eq(mdmDomains.id, mdmDomainId));
  if (!row) throw new NotFoundError('MdmDomain', mdmDomainId, { field });
  return toMdmDomain(row);
}
