import { people, programs, type Queryable, roadmapItems } from '@steward/db';
import {
  createRoadmapItemInputSchema,
  deleteRoadmapItemInputSchema,
  InputError,
  NotFoundError,
  type RoadmapItem,
  type RoadmapStatus,
  roadmapDependencyProblem,
  updateRoadmapItemInputSchema,
} from '@steward/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';

type ItemRow = typeof roadmapItems.$inferSelect;

const toItem = (row: ItemRow): RoadmapItem => ({
  ...row,
  status: row.status as RoadmapStatus,
  dependsOn: row.dependsOn as string[],
});

async function assertOwner(tx: Queryable, personId: string | null | undefined) {
  if (!personId) return;
  const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
  if (!person) throw new NotFoundError('Person', personId, { field: 'ownerPersonId' });
}

async function assertDependencies(
  tx: Queryable,
  programId: string,
  itemId: string | null,
  dependsOn: readonly string[],
) {
  if (dependsOn.length === 0) return;
  const items = (await roadmapOf(tx, programId)).map((item) => ({ id: item.id, dependsOn: item.dependsOn }));
  const problem = roadmapDependencyProblem(itemId, dependsOn, items);
  if (problem) throw InputError.forField(`dependsOn.${problem.index}`, problem.message);
}

/** Adds an initiative to a program's roadmap. */
export const createRoadmapItem = defineUseCase({
  action: 'program.roadmap.create',
  input: createRoadmapItemInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<RoadmapItem> {
    const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
    if (!program) throw new NotFoundError('Program', input.programId, { field: 'programId' });
    await assertOwner(tx, input.ownerPersonId);
    await assertDependencies(tx, input.programId, null, input.dependsOn);
    const [row] = await tx
      .insert(roadmapItems)
      .values({ ...input, createdAt: now, updatedAt: now, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const item = toItem(row!);
    await audit({ entityType: 'RoadmapItem', entityId: item.id, after: item, relatedIds: [item.programId] });
    return item;
  },
});

/** Changes an initiative: dates, owner, status, the step it serves, what it waits on. */
export const updateRoadmapItem = defineUseCase({
  action: 'program.roadmap.update',
  input: updateRoadmapItemInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<RoadmapItem> {
    const [current] = await tx.select().from(roadmapItems).where(eq(roadmapItems.id, id)).for('update');
    assertVersion('RoadmapItem', current, id, version);
    const before = toItem(current as ItemRow);
    await assertOwner(tx, patch.ownerPersonId);
    if (patch.dependsOn) await assertDependencies(tx, before.programId, id, patch.dependsOn);
    const startsOn = patch.startsOn === undefined ? before.startsOn : patch.startsOn;
    const endsOn = patch.endsOn === undefined ? before.endsOn : patch.endsOn;
    if (startsOn && endsOn && startsOn > endsOn) throw InputError.forField('endsOn', 'must not be before the start');
    const [row] = await tx
      .update(roadmapItems)
      .set({ ...definedOnly(patch), version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(roadmapItems.id, id))
      .returning();
    const item = toItem(row!);
    await audit({ entityType: 'RoadmapItem', entityId: id, before, after: item, relatedIds: [item.programId] });
    return item;
  },
});

/** Removes an initiative; items that waited on it no longer do. */
export const deleteRoadmapItem = defineUseCase({
  action: 'program.roadmap.delete',
  input: deleteRoadmapItemInputSchema,
  permission: 'program:manage',
  async run({ tx, audit }, { id, version }): Promise<{ id: string; programId: string }> {
    const [current] = await tx.select().from(roadmapItems).where(eq(roadmapItems.id, id)).for('update');
    assertVersion('RoadmapItem', current, id, version);
    const before = toItem(current as ItemRow);
    await tx
      .update(roadmapItems)
      .set({ dependsOn: sql`${roadmapItems.dependsOn} - ${id}::text` })
      .where(sql`${roadmapItems.programId} = ${before.programId} and ${roadmapItems.dependsOn} ? ${id}`);
    await tx.delete(roadmapItems).where(eq(roadmapItems.id, id));
    await audit({ entityType: 'RoadmapItem', entityId: id, before, relatedIds: [before.programId] });
    return { id, programId: before.programId };
  },
});

/** A program's roadmap, by start date (undated last). */
export async function roadmapOf(db: Queryable, programId: string): Promise<RoadmapItem[]> {
  const rows = await db
    .select()
    .from(roadmapItems)
    .where(eq(roadmapItems.programId, programId))
    .orderBy(sql`${roadmapItems.startsOn} asc nulls last`, asc(roadmapItems.title), asc(roadmapItems.id));
  return rows.map(toItem);
}
