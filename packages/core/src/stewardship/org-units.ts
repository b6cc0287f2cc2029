import { type Database, orgUnits, people, type Queryable } from '@steward/db';
import {
  type Actor,
  createOrgUnitInputSchema,
  deleteRecordInputSchema,
  NotFoundError,
  type OrgUnit,
  type OrgUnitKind,
  type Page,
  type PageRequest,
  updateOrgUnitInputSchema,
} from '@steward/domain';
import { eq, inArray, sql } from 'drizzle-orm';
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

type OrgUnitRow = typeof orgUnits.$inferSelect;
const toOrgUnit = (row: OrgUnitRow): OrgUnit => ({ ...row, kind: row.kind as OrgUnitKind });

export const createOrgUnit = defineUseCase({
  action: 'stewardship.orgUnit.create',
  input: createOrgUnitInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, input) {
    await assertValidPlacement(tx, orgUnits, null, input.parentId);
    const [row] = await tx
      .insert(orgUnits)
      .values({ ...input, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const unit = toOrgUnit(row!);
    await audit({ entityType: 'OrgUnit', entityId: unit.id, after: unit, relatedIds: [unit.parentId] });
    return unit;
  },
});

export const updateOrgUnit = defineUseCase({
  action: 'stewardship.orgUnit.update',
  input: updateOrgUnitInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, { id, version, ...patch }) {
    const [current] = await tx.select().from(orgUnits).where(eq(orgUnits.id, id)).for('update');
    assertVersion('OrgUnit', current, id, version);
    if (patch.parentId !== undefined && patch.parentId !== current.parentId) {
      await assertValidPlacement(tx, orgUnits, id, patch.parentId);
    }
    const [row] = await tx
      .update(orgUnits)
      .set({ ...definedOnly(patch), ...touch(current, actor.accountId) })
      .where(eq(orgUnits.id, id))
      .returning();
    const unit = toOrgUnit(row!);
    await audit({ entityType: 'OrgUnit', entityId: id, before: toOrgUnit(current as OrgUnitRow), after: unit });
    return unit;
  },
});

/** Deletes a unit without sub-units; its people stay, without a unit. */
export const deleteOrgUnit = defineUseCase({
  action: 'stewardship.orgUnit.delete',
  input: deleteRecordInputSchema,
  permission: 'stewardship:write',
  async run({ tx, audit }, { id, version }) {
    const [current] = await tx.select().from(orgUnits).where(eq(orgUnits.id, id)).for('update');
    assertVersion('OrgUnit', current, id, version);
    await assertNoChildren(tx, orgUnits, id);
    await tx.delete(orgUnits).where(eq(orgUnits.id, id));
    await audit({ entityType: 'OrgUnit', entityId: id, before: toOrgUnit(current as OrgUnitRow) });
    return toOrgUnit(current as OrgUnitRow);
  },
});

export async function findOrgUnitsByIds(db: Queryable, ids: readonly string[]): Promise<(OrgUnit | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toOrgUnit(row)]));
  return ids.map((id) => byId.get(id));
}

export async function getOrgUnit(db: Queryable, id: string): Promise<OrgUnit> {
  const [unit] = await findOrgUnitsByIds(db, [id]);
  if (!unit) throw new NotFoundError('OrgUnit', id);
  return unit;
}

export interface ListOrgUnitsArgs extends PageRequest {
  filter?: HierarchyFilterInput;
  orderBy?: HierarchyOrdering | null;
}

/** The organisation chart flattened in tree order, a page at a time. */
export async function listOrgUnits(
  db: Database,
  _actor: Actor,
  args: ListOrgUnitsArgs,
): Promise<Page<Placed<OrgUnit>>> {
  return listHierarchyPage(db, orgUnits, args, (row, meta) => ({
    ...meta,
    name: String(row.name),
    kind: row.kind as OrgUnitKind,
    description: (row.description as string | null) ?? null,
    parentId: (row.parent_id as string | null) ?? null,
  }));
}

/** Head count of each unit, people directly in it (a DataLoader batch). */
export async function countOrgUnitMembers(db: Queryable, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ orgUnitId: people.orgUnitId, count: sql<number>`count(*)::int` })
    .from(people)
    .where(inArray(people.orgUnitId, [...ids]))
    .groupBy(people.orgUnitId);
  const byId = new Map(rows.map((row) => [row.orgUnitId, row.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}

/** How many direct sub-units each unit has (a DataLoader batch). */
export async function countOrgUnitChildren(db: Queryable, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ parentId: orgUnits.parentId, count: sql<number>`count(*)::int` })
    .from(orgUnits)
    .where(inArray(orgUnits.parentId, [...ids]))
    .groupBy(orgUnits.parentId);
  const byId = new Map(rows.map((row) => [row.parentId, row.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}
