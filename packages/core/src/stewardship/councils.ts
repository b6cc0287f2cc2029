import { councilMembers, councils, type Database, people, type Queryable, type Transaction } from '@steward/db';
import {
  type Actor,
  type Council,
  type CouncilKind,
  type CouncilMember,
  type CouncilMemberRole,
  chairConflict,
  createCouncilInputSchema,
  deleteRecordInputSchema,
  InputError,
  NotFoundError,
  type Page,
  type PageRequest,
  pageArgsSchema,
  parseInput,
  removeCouncilMemberInputSchema,
  setCouncilMemberInputSchema,
  updateCouncilInputSchema,
} from '@steward/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';

type CouncilRow = typeof councils.$inferSelect;
type CouncilMemberRow = typeof councilMembers.$inferSelect;
const toCouncil = (row: CouncilRow): Council => ({ ...row, kind: row.kind as CouncilKind });
const toMember = (row: CouncilMemberRow): CouncilMember => ({
  id: row.id,
  councilId: row.councilId,
  personId: row.personId,
  role: row.role as CouncilMemberRole,
  createdAt: row.createdAt,
});

export const createCouncil = defineUseCase({
  action: 'stewardship.council.create',
  input: createCouncilInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, input) {
    const [row] = await tx
      .insert(councils)
      .values({ ...input, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const council = toCouncil(row!);
    await audit({ entityType: 'Council', entityId: council.id, after: council });
    return council;
  },
});

export const updateCouncil = defineUseCase({
  action: 'stewardship.council.update',
  input: updateCouncilInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, { id, version, ...patch }) {
    const [current] = await tx.select().from(councils).where(eq(councils.id, id)).for('update');
    assertVersion('Council', current, id, version);
    const [row] = await tx
      .update(councils)
      .set({ ...definedOnly(patch), ...touch(current, actor.accountId) })
      .where(eq(councils.id, id))
      .returning();
    const council = toCouncil(row!);
    await audit({ entityType: 'Council', entityId: id, before: toCouncil(current as CouncilRow), after: council });
    return council;
  },
});

export const deleteCouncil = defineUseCase({
  action: 'stewardship.council.delete',
  input: deleteRecordInputSchema,
  permission: 'stewardship:write',
  async run({ tx, audit }, { id, version }) {
    const [current] = await tx.select().from(councils).where(eq(councils.id, id)).for('update');
    assertVersion('Council', current, id, version);
    const members = await tx.delete(councilMembers).where(eq(councilMembers.councilId, id)).returning();
    await tx.delete(councils).where(eq(councils.id, id));
    await audit({
      entityType: 'Council',
      entityId: id,
      before: { ...toCouncil(current as CouncilRow), members: members.map(toMember) },
      relatedIds: members.map((member) => member.personId),
    });
    return toCouncil(current as CouncilRow);
  },
});

/** Locks the council at the version the client read; membership changes bump it. */
async function lockCouncil(tx: Transaction, councilId: string, version: number, accountId: string | null) {
  const [current] = await tx.select().from(councils).where(eq(councils.id, councilId)).for('update');
  assertVersion('Council', current, councilId, version);
  const [row] = await tx.update(councils).set(touch(current, accountId)).where(eq(councils.id, councilId)).returning();
  return toCouncil(row!);
}

/** Seats a person on a council, or changes their seat (chair, member, secretary). */
export const setCouncilMember = defineUseCase({
  action: 'stewardship.council.setMember',
  input: setCouncilMemberInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, input) {
    const council = await lockCouncil(tx, input.councilId, input.councilVersion, actor.accountId);
    const [person] = await tx.select().from(people).where(eq(people.id, input.personId));
    if (!person) throw new NotFoundError('Person', input.personId, { field: 'personId' });
    if (!person.active)
      throw InputError.forField('personId', `${person.name} is inactive; only active people sit on councils`);
    const members = (await tx.select().from(councilMembers).where(eq(councilMembers.councilId, council.id))).map(
      toMember,
    );
    const chair = chairConflict(members, input.personId, input.role);
    if (chair) {
      const [current] = await tx.select({ name: people.name }).from(people).where(eq(people.id, chair.personId));
      throw InputError.forField(
        'role',
        `${current?.name ?? 'Someone'} already chairs this council; make them a member first, then name the new chair`,
      );
    }
    const existing = members.find((member) => member.personId === input.personId);
    const [row] = existing
      ? await tx
          .update(councilMembers)
          .set({
            role: input.role,
            updatedAt: new Date(),
            updatedBy: actor.accountId,
            version: sql`${councilMembers.version} + 1`,
          })
          .where(eq(councilMembers.id, existing.id))
          .returning()
      : await tx
          .insert(councilMembers)
          .values({
            councilId: council.id,
            personId: input.personId,
            role: input.role,
            createdBy: actor.accountId,
            updatedBy: actor.accountId,
          })
          .returning();
    const member = toMember(row!);
    await audit({
      entityType: 'Council',
      entityId: council.id,
      before: existing ?? null,
      after: member,
      relatedIds: [member.personId],
    });
    return council;
  },
});

export const removeCouncilMember = defineUseCase({
  action: 'stewardship.council.removeMember',
  input: removeCouncilMemberInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, input) {
    const council = await lockCouncil(tx, input.councilId, input.councilVersion, actor.accountId);
    const [removed] = await tx
      .delete(councilMembers)
      .where(and(eq(councilMembers.councilId, council.id), eq(councilMembers.personId, input.personId)))
      .returning();
    if (!removed) throw InputError.forField('personId', 'is not a member of this council');
    await audit({
      entityType: 'Council',
      entityId: council.id,
      before: toMember(removed),
      relatedIds: [removed.personId],
    });
    return council;
  },
});

export async function findCouncilsByIds(db: Queryable, ids: readonly string[]): Promise<(Council | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(councils)
    .where(inArray(councils.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toCouncil(row)]));
  return ids.map((id) => byId.get(id));
}

const councilOrdering: Ordering = {
  keys: [
    // Executive body first, then the governance council, then working groups.
    {
      expression: sql`(case ${councils.kind} when 'executive_sponsors' then '1' when 'governance_council' then '2' else '3' end || lower(${councils.name}))`,
      type: 'text',
    },
    { expression: sql`${councils.id}`, type: 'uuid' },
  ],
  direction: 'asc',
};

export async function listCouncils(db: Database, _actor: Actor, args: PageRequest): Promise<Page<Council>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const rows = await db
    .select({ council: councils, cursorKeys: cursorKeysSql(councilOrdering) })
    .from(councils)
    .where(afterCursorSql(councilOrdering, after))
    .orderBy(...orderBySql(councilOrdering))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(councils);
  return toPage(
    rows.map((row) => ({ node: toCouncil(row.council), cursorKeys: row.cursorKeys })),
    first,
    count,
  );
}

/** Members of each council, chair first (a DataLoader batch). */
export async function listMembersOfCouncils(db: Queryable, councilIds: readonly string[]): Promise<CouncilMember[][]> {
  if (councilIds.length === 0) return [];
  const rows = await db
    .select({ member: councilMembers })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(inArray(councilMembers.councilId, [...councilIds]))
    .orderBy(
      sql`case ${councilMembers.role} when 'chair' then 0 when 'secretary' then 1 else 2 end`,
      sql`lower(${people.name})`,
    );
  return councilIds.map((id) => rows.filter((row) => row.member.councilId === id).map((row) => toMember(row.member)));
}

/** Council seats of each person (a DataLoader batch). */
export async function listCouncilSeatsOfPeople(
  db: Queryable,
  personIds: readonly string[],
): Promise<CouncilMember[][]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select()
    .from(councilMembers)
    .where(inArray(councilMembers.personId, [...personIds]));
  return personIds.map((id) => rows.filter((row) => row.personId === id).map(toMember));
}
