import { dataAssets, dataSources, domains, people, type Queryable, roleAssignments } from '@steward/db';
import { idSchema, NotFoundError, type RoleAssignment, versionSchema } from '@steward/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion } from '../shared/versioning.js';
import { resolveResponsibilitiesOfDomains, toRoleAssignment } from '../stewardship/role-assignments.js';
import { type DataAsset, toDataAsset } from './assets.js';

export interface AssetResponsibility {
  assignment: RoleAssignment;
  /** The domain the role comes from when the asset holds none of its own; null when held on the asset. */
  inheritedFromDomainId: string | null;
}

/**
 * Who owns and stewards each asset: roles held on the asset itself, and for every role it does
 * not hold, the holders of its domain (the asset's, else its source's), inherited as domains
 * inherit. A DataLoader batch: a fixed number of queries whatever the number of assets.
 */
export async function resolveResponsibilitiesOfAssets(
  db: Queryable,
  assetIds: readonly string[],
): Promise<AssetResponsibility[][]> {
  if (assetIds.length === 0) return [];
  const assets = await db
    .select({ id: dataAssets.id, domainId: dataAssets.domainId, sourceDomainId: dataSources.domainId })
    .from(dataAssets)
    .innerJoin(dataSources, eq(dataSources.id, dataAssets.sourceId))
    .where(inArray(dataAssets.id, [...assetIds]));
  const rows = await db
    .select({ assignment: roleAssignments })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.scopeType, 'asset'), inArray(roleAssignments.scopeId, [...assetIds])))
    .orderBy(sql`array_position(array['A','R','C','I'], ${roleAssignments.raci})`, sql`lower(${people.name})`);
  const direct = new Map<string, RoleAssignment[]>();
  for (const row of rows) {
    const assignment = toRoleAssignment(row.assignment);
    direct.set(assignment.scope.id!, [...(direct.get(assignment.scope.id!) ?? []), assignment]);
  }
  const domainOf = new Map(assets.map((asset) => [asset.id, asset.domainId ?? asset.sourceDomainId]));
  const domainIds = [...new Set([...domainOf.values()].filter((id): id is string => Boolean(id)))];
  const fromDomains = await resolveResponsibilitiesOfDomains(db, domainIds);
  const byDomain = new Map(domainIds.map((id, index) => [id, fromDomains[index] ?? []]));
  return assetIds.map((assetId) => {
    const own = direct.get(assetId) ?? [];
    const heldRoles = new Set(own.map((assignment) => assignment.role));
    const domainId = domainOf.get(assetId);
    const inherited = (domainId ? (byDomain.get(domainId) ?? []) : [])
      .filter((effective) => !heldRoles.has(effective.assignment.role))
      .map((effective) => ({ assignment: effective.assignment, inheritedFromDomainId: effective.heldOnDomainId }));
    return [...own.map((assignment) => ({ assignment, inheritedFromDomainId: null })), ...inherited];
  });
}

export const updateDataAssetInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  /** The domain the asset belongs to; null makes it follow its source's domain. */
  domainId: idSchema.nullish(),
});

/** Places an asset in a domain (its owners and stewards then answer for it unless it has its own). */
export const updateDataAsset = defineUseCase({
  action: 'catalog.asset.update',
  input: updateDataAssetInputSchema,
  permission: 'catalog:curate',
  async run({ tx, actor, audit }, { id, version, domainId }): Promise<DataAsset> {
    const [found] = await tx.select().from(dataAssets).where(eq(dataAssets.id, id)).for('update');
    assertVersion('DataAsset', found, id, version);
    const current = found as typeof dataAssets.$inferSelect;
    if (domainId) {
      const [domain] = await tx.select({ id: domains.id }).from(domains).where(eq(domains.id, domainId));
      if (!domain) throw new NotFoundError('Domain', domainId, { field: 'domainId' });
    }
    const [row] = await tx
      .update(dataAssets)
      .set({
        ...(domainId !== undefined ? { domainId } : {}),
        version: current.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.accountId,
      })
      .where(eq(dataAssets.id, id))
      .returning();
    const asset = toDataAsset(row!);
    await audit({
      entityType: 'DataAsset',
      entityId: id,
      before: { domainId: current.domainId },
      after: { domainId: asset.domainId },
      relatedIds: [current.domainId, asset.domainId],
    });
    return asset;
  },
});
