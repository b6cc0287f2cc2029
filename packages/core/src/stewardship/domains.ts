import { type Database, domains, type Queryable, roleAssignments } from '@steward/db';
import {
  type Actor,
  createDomainInputSchema,
  type Domain,
  deleteRecordInputSchema,
  NotFoundError,
  type Page,
  type PageRequest,
  updateDomainInputSchema,
} from '@steward/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';
import {
  assertNoChildren,
  assertValidPlacement,
  type HierarchyFilterInput,
  type HierarchyOrdering,
  listHierarchyPage,
  type Placed,
} from './hierarchy.js';

type DomainRow = typeof domains.$inferSelect;
const toDomain = (row: DomainRow): Domain => row satisfies Domain;

export const createDomain = defineUseCase({
  action: 'stewardship.domain.create',
  input: createDomainInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, input) {
    await assertValidPlacement(tx, domains, null, input.parentId);
    const [row] = await tx
      .insert(domains)
      .values({ ...input, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const domain = toDomain(row!);
    await audit({ entityType: 'Domain', entityId: domain.id, after: domain, relatedIds: [domain.parentId] });
    return domain;
  },
});

/** Renames, re-describes or moves a domain (never under itself or its descendants). */
export const updateDomain = defineUseCase({
  action: 'stewardship.domain.update',
  input: updateDomainInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, { id, version, ...patch }) {
    const [current] = await tx.select().from(domains).where(eq(domains.id, id)).for('update');
    assertVersion('Domain', current, id, version);
    if (patch.parentId !== undefined && patch.parentId !== current.parentId) {
      await assertValidPlacement(tx, domains, id, patch.parentId);
    }
    const [row] = await tx
      .update(domains)
      .set({ ...definedOnly(patch), ...touch(current, actor.accountId) })
      .where(eq(domains.id, id))
      .returning();
    const domain = toDomain(row!);
    await audit({
      entityType: 'Domain',
      entityId: id,
      before: toDomain(current as DomainRow),
      after: domain,
      relatedIds: [current.parentId, domain.parentId],
    });
    return domain;
  },
});

/** Deletes a domain without sub-domains; its role assignments end with it. */
export const deleteDomain = defineUseCase({
  action: 'stewardship.domain.delete',
  input: deleteRecordInputSchema,
  permission: 'stewardship:write',
  async run({ tx, audit }, { id, version }) {
    const [current] = await tx.select().from(domains).where(eq(domains.id, id)).for('update');
    assertVersion('Domain', current, id, version);
    await assertNoChildren(tx, domains, id);
    const ended = await tx
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.scopeType, 'domain'), eq(roleAssignments.scopeId, id)))
      .returning();
    await tx.delete(domains).where(eq(domains.id, id));
    await audit({
      entityType: 'Domain',
      entityId: id,
      before: { ...toDomain(current as DomainRow), roleAssignments: ended },
      relatedIds: [current.parentId, ...ended.map((assignment) => assignment.personId)],
    });
    return toDomain(current as DomainRow);
  },
});

export async function findDomainsByIds(db: Queryable, ids: readonly string[]): Promise<(Domain | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(domains)
    .where(inArray(domains.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toDomain(row)]));
  return ids.map((id) => byId.get(id));
}

export async function getDomain(db: Queryable, id: string): Promise<Domain> {
  const [domain] = await findDomainsByIds(db, [id]);
  if (!domain) throw new NotFoundError('Domain', id);
  return domain;
}

/** A domain with where it sits in the tree. */
export type PlacedDomain = Placed<Domain>;

export interface ListDomainsArgs extends PageRequest {
  filter?: HierarchyFilterInput;
  orderBy?: HierarchyOrdering | null;
}

/** The domain tree flattened in tree order, a page at a time (the tree and the matrix use it). */
export async function listDomains(db: Database, _actor: Actor, args: ListDomainsArgs): Promise<Page<PlacedDomain>> {
  return listHierarchyPage(db, domains, args, (row, meta) => ({
    ...meta,
    name: String(row.name),
    description: (row.description as string | null) ?? null,
    parentId: (row.parent_id as string | null) ?? null,
  }));
}

/** How many direct sub-domains each domain has (a DataLoader batch). */
export async function countDomainChildren(db: Queryable, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ parentId: domains.parentId, count: sql<number>`count(*)::int` })
    .from(domains)
    .where(inArray(domains.parentId, [...ids]))
    .groupBy(domains.parentId);
  const byId = new Map(rows.map((row) => [row.parentId, row.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}
