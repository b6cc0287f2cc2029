import { people, programs, type Queryable, roadmapItems } from '@steward/db';
import {
  approveRoadmapInputSchema,
  createRoadmapItemInputSchema,
  deleteRoadmapItemInputSchema,
  InputError,
  NotAllowedError,
  NotFoundError,
  type Program,
  type RoadmapItem,
  type RoadmapStatus,
  roadmapDependencyProblem,
  updateRoadmapItemInputSchema,
} from '@steward/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';
import { sponsorsOf } from './documents.js';
import { toProgram } from './programs.js';

type ItemRow = typeof roadmapItems.$inferSelect;

const toItem = (row: ItemRow): RoadmapItem => ({
  ...row,
  status: row.status as RoadmapStatus,
  dependsOn: row.dependsOn as string[],
  categories: row.categories as RoadmapItem['categories'],
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

/** An executive sponsor approves the roadmap as it stands (EC4.4); a later change shows as such. */
export const approveRoadmap = defineUseCase({
  action: 'program.roadmap.approve',
  input: approveRoadmapInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { programId, comment }): Promise<Program> {
    const [current] = await tx.select().from(programs).where(eq(programs.id, programId)).for('update');
    if (!current) throw new NotFoundError('Program', programId, { field: 'programId' });
    const sponsors = await sponsorsOf(tx, programId);
    if (!actor.personId || !sponsors.includes(actor.personId))
      throw new NotAllowedError(
        sponsors.length
          ? "Only the program's executive sponsor may approve its roadmap."
          : 'The program has no executive sponsor to approve its roadmap: assign one first.',
      );
    const items = await roadmapOf(tx, programId);
    if (items.length === 0) throw InputError.forField('programId', 'has no roadmap item to approve yet');
    const [row] = await tx
      .update(programs)
      .set({
        roadmapApprovedAt: now,
        roadmapApprovedBy: actor.personId,
        version: current.version + 1,
        updatedAt: now,
        updatedBy: actor.accountId,
      })
      .where(eq(programs.id, programId))
      .returning();
    const program = toProgram(row!);
    await audit({
      entityType: 'Program',
      entityId: programId,
      before: { roadmapApprovedAt: current.roadmapApprovedAt, roadmapApprovedBy: current.roadmapApprovedBy },
      after: { roadmapApprovedAt: now, roadmapApprovedBy: actor.personId, items: items.length, comment },
    });
    return program;
  },
});

/** Items added or changed since the roadmap's approval (none approved: every item). */
export function changedSinceApproval(program: Program, items: readonly RoadmapItem[]): RoadmapItem[] {
  const approvedAt = program.roadmapApprovedAt;
  return approvedAt ? items.filter((item) => item.updatedAt > approvedAt) : [...items];
}
