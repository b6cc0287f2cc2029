import { type Database, glossaries, glossaryMembers, people, type Queryable, type Transaction } from '@steward/db';
import {
  type Actor,
  createGlossaryInputSchema,
  type Glossary,
  type GlossaryMemberRole,
  InputError,
  NotFoundError,
  updateGlossaryInputSchema,
} from '@steward/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';

type GlossaryRow = typeof glossaries.$inferSelect;
const toGlossary = (row: GlossaryRow): Glossary => row satisfies Glossary;

export interface GlossaryMember {
  glossaryId: string;
  personId: string;
  role: GlossaryMemberRole;
}

async function assertActivePeople(tx: Queryable, field: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: people.id, active: people.active, name: people.name })
    .from(people)
    .where(inArray(people.id, [...ids]));
  const byId = new Map(found.map((person) => [person.id, person]));
  const problems = ids.flatMap((id, index) => {
    const person = byId.get(id);
    if (!person) return [{ field: `${field}.${index}`, message: 'does not exist' }];
    if (!person.active) return [{ field: `${field}.${index}`, message: `${person.name} is inactive` }];
    return [];
  });
  if (problems.length > 0) throw new InputError(problems);
}

async function replaceMembers(
  tx: Transaction,
  glossaryId: string,
  role: GlossaryMemberRole,
  personIds: readonly string[],
  accountId: string | null,
) {
  await tx
    .delete(glossaryMembers)
    .where(and(eq(glossaryMembers.glossaryId, glossaryId), eq(glossaryMembers.role, role)));
  const distinct = [...new Set(personIds)];
  if (distinct.length > 0) {
    await tx
      .insert(glossaryMembers)
      .values(distinct.map((personId) => ({ glossaryId, personId, role, createdBy: accountId, updatedBy: accountId })));
  }
}

export const createGlossary = defineUseCase({
  action: 'glossary.glossary.create',
  input: createGlossaryInputSchema,
  permission: 'glossary:manage',
  async run({ tx, actor, audit }, { ownerIds, reviewerIds, ...input }) {
    await assertActivePeople(tx, 'ownerIds', ownerIds);
    await assertActivePeople(tx, 'reviewerIds', reviewerIds);
    const [row] = await tx
      .insert(glossaries)
      .values({ ...input, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const glossary = toGlossary(row!);
    await replaceMembers(tx, glossary.id, 'owner', ownerIds, actor.accountId);
    await replaceMembers(tx, glossary.id, 'reviewer', reviewerIds, actor.accountId);
    await audit({
      entityType: 'Glossary',
      entityId: glossary.id,
      after: { ...glossary, ownerIds, reviewerIds },
      relatedIds: [...ownerIds, ...reviewerIds],
    });
    return glossary;
  },
});

export const updateGlossary = defineUseCase({
  action: 'glossary.glossary.update',
  input: updateGlossaryInputSchema,
  permission: 'glossary:manage',
  async run({ tx, actor, audit }, { id, version, ownerIds, reviewerIds, ...patch }) {
    const [current] = await tx.select().from(glossaries).where(eq(glossaries.id, id)).for('update');
    assertVersion('Glossary', current, id, version);
    if (ownerIds) await assertActivePeople(tx, 'ownerIds', ownerIds);
    if (reviewerIds) await assertActivePeople(tx, 'reviewerIds', reviewerIds);
    const before = { ...toGlossary(current as GlossaryRow), ...(await membersOf(tx, id)) };
    const [row] = await tx
      .update(glossaries)
      .set({ ...definedOnly(patch), ...touch(current, actor.accountId) })
      .where(eq(glossaries.id, id))
      .returning();
    if (ownerIds) await replaceMembers(tx, id, 'owner', ownerIds, actor.accountId);
    if (reviewerIds) await replaceMembers(tx, id, 'reviewer', reviewerIds, actor.accountId);
    const glossary = toGlossary(row!);
    await audit({
      entityType: 'Glossary',
      entityId: id,
      before,
      after: { ...glossary, ...(await membersOf(tx, id)) },
      relatedIds: [...(ownerIds ?? []), ...(reviewerIds ?? [])],
    });
    return glossary;
  },
});

async function membersOf(tx: Queryable, glossaryId: string) {
  const rows = await tx.select().from(glossaryMembers).where(eq(glossaryMembers.glossaryId, glossaryId));
  return {
    ownerIds: rows.filter((row) => row.role === 'owner').map((row) => row.personId),
    reviewerIds: rows.filter((row) => row.role === 'reviewer').map((row) => row.personId),
  };
}

export async function findGlossariesByIds(db: Queryable, ids: readonly string[]): Promise<(Glossary | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(glossaries)
    .where(inArray(glossaries.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toGlossary(row)]));
  return ids.map((id) => byId.get(id));
}

export async function getGlossary(db: Queryable, id: string): Promise<Glossary> {
  const [glossary] = await findGlossariesByIds(db, [id]);
  if (!glossary) throw new NotFoundError('Glossary', id, { field: 'glossaryId' });
  return glossary;
}

/** Every glossary, by name. Organisations have a handful; the list is capped at 200. */
export async function listGlossaries(db: Database, _actor: Actor): Promise<Glossary[]> {
  const rows = await db
    .select()
    .from(glossaries)
    .orderBy(asc(sql`lower(${glossaries.name})`))
    .limit(200);
  return rows.map(toGlossary);
}

/** Owners and reviewers of each glossary (a DataLoader batch). */
export async function listMembersOfGlossaries(
  db: Queryable,
  glossaryIds: readonly string[],
): Promise<GlossaryMember[][]> {
  if (glossaryIds.length === 0) return [];
  const rows = await db
    .select({ member: glossaryMembers })
    .from(glossaryMembers)
    .innerJoin(people, eq(people.id, glossaryMembers.personId))
    .where(inArray(glossaryMembers.glossaryId, [...glossaryIds]))
    .orderBy(sql`lower(${people.name})`);
  return glossaryIds.map((id) =>
    rows
      .filter((row) => row.member.glossaryId === id)
      .map((row) => ({ glossaryId: id, personId: row.member.personId, role: row.member.role as GlossaryMemberRole })),
  );
}
