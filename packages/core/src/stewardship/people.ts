import { councilMembers, type Database, orgUnits, people, type Queryable, roleAssignments } from '@steward/db';
import {
  type Actor,
  createPersonInputSchema,
  InputError,
  NotFoundError,
  type Page,
  type PageRequest,
  type Person,
  type PersonFilter,
  type PersonOrdering,
  pageArgsSchema,
  parseInput,
  personFilterSchema,
  setPersonActiveInputSchema,
  updatePersonInputSchema,
} from '@steward/domain';
import { and, eq, exists, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { likePattern } from '../shared/like-pattern.js';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';

type PersonRow = typeof people.$inferSelect;

function toPerson(row: PersonRow): Person {
  return row satisfies Person;
}

async function assertEmailFree(tx: Queryable, email: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = ${email.toLowerCase()}`);
  if (clash && clash.id !== exceptId) throw InputError.forField('email', 'is already used by another person');
}

async function assertOrgUnitExists(tx: Queryable, orgUnitId: string | null | undefined) {
  if (!orgUnitId) return;
  const [unit] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
  if (!unit) throw new NotFoundError('OrgUnit', orgUnitId, { field: 'orgUnitId' });
}

export const createPerson = defineUseCase({
  action: 'stewardship.person.create',
  input: createPersonInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, input) {
    await assertEmailFree(tx, input.email);
    await assertOrgUnitExists(tx, input.orgUnitId);
    const [row] = await tx
      .insert(people)
      .values({ ...input, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const person = toPerson(row!);
    await audit({ entityType: 'Person', entityId: person.id, after: person, relatedIds: [person.orgUnitId] });
    return person;
  },
});

export const updatePerson = defineUseCase({
  action: 'stewardship.person.update',
  input: updatePersonInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, { id, version, ...patch }) {
    const [current] = await tx.select().from(people).where(eq(people.id, id)).for('update');
    assertVersion('Person', current, id, version);
    if (patch.email !== undefined) await assertEmailFree(tx, patch.email, id);
    await assertOrgUnitExists(tx, patch.orgUnitId);
    const [row] = await tx
      .update(people)
      .set({ ...definedOnly(patch), ...touch(current, actor.accountId) })
      .where(eq(people.id, id))
      .returning();
    const person = toPerson(row!);
    await audit({ entityType: 'Person', entityId: id, before: toPerson(current as PersonRow), after: person });
    return person;
  },
});

/**
 * Deactivates or reactivates a person. Only active people hold roles, so deactivating ends
 * their role assignments and council seats in the same change (listed in its audit event).
 */
export const setPersonActive = defineUseCase({
  action: 'stewardship.person.setActive',
  input: setPersonActiveInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, { id, version, active }) {
    const [current] = await tx.select().from(people).where(eq(people.id, id)).for('update');
    assertVersion('Person', current, id, version);
    let endedRoles: (typeof roleAssignments.$inferSelect)[] = [];
    let endedSeats: (typeof councilMembers.$inferSelect)[] = [];
    if (!active) {
      endedRoles = await tx.delete(roleAssignments).where(eq(roleAssignments.personId, id)).returning();
      endedSeats = await tx.delete(councilMembers).where(eq(councilMembers.personId, id)).returning();
    }
    const [row] = await tx
      .update(people)
      .set({ active, ...touch(current, actor.accountId) })
      .where(eq(people.id, id))
      .returning();
    const person = toPerson(row!);
    await audit({
      entityType: 'Person',
      entityId: id,
      before: toPerson(current as PersonRow),
      after: { ...person, endedRoleAssignments: endedRoles, endedCouncilSeats: endedSeats },
      relatedIds: [...endedRoles.map((role) => role.scopeId), ...endedSeats.map((seat) => seat.councilId)],
    });
    return person;
  },
});

/** People by id, in the order asked, undefined where missing (a DataLoader batch). */
export async function findPeopleByIds(db: Queryable, ids: readonly string[]): Promise<(Person | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(people)
    .where(inArray(people.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toPerson(row)]));
  return ids.map((id) => byId.get(id));
}

export async function getPerson(db: Queryable, id: string): Promise<Person> {
  const [person] = await findPeopleByIds(db, [id]);
  if (!person) throw new NotFoundError('Person', id);
  return person;
}

const personOrderings: Record<PersonOrdering, Ordering> = {
  NAME_ASC: {
    keys: [
      { expression: sql`lower(${people.name})`, type: 'text' },
      { expression: sql`${people.id}`, type: 'uuid' },
    ],
    direction: 'asc',
  },
  NAME_DESC: {
    keys: [
      { expression: sql`lower(${people.name})`, type: 'text' },
      { expression: sql`${people.id}`, type: 'uuid' },
    ],
    direction: 'desc',
  },
  CREATED_AT_DESC: {
    keys: [
      { expression: sql`${people.createdAt}`, type: 'timestamptz' },
      { expression: sql`${people.id}`, type: 'uuid' },
    ],
    direction: 'desc',
  },
};

function personFilterSql(filter: PersonFilter): SQL | undefined {
  if (!filter) return undefined;
  const conditions: (SQL | undefined)[] = [];
  if (filter.search) {
    const pattern = likePattern(filter.search);
    // Substring match, or a trigram match that forgives a typo in the name.
    conditions.push(
      or(ilike(people.name, pattern), ilike(people.email, pattern), sql`${people.name} % ${filter.search}`),
    );
  }
  if (filter.active !== null && filter.active !== undefined) conditions.push(eq(people.active, filter.active));
  if (filter.orgUnitId) conditions.push(eq(people.orgUnitId, filter.orgUnitId));
  if (filter.role) {
    const holdsRole = exists(
      sql`(select 1 from ${roleAssignments} where ${roleAssignments.personId} = ${people.id} and ${roleAssignments.role} = ${filter.role})`,
    );
    // A council seat makes someone a council member as much as the program-wide role does.
    conditions.push(
      filter.role === 'council_member'
        ? or(holdsRole, exists(sql`(select 1 from ${councilMembers} where ${councilMembers.personId} = ${people.id})`))
        : holdsRole,
    );
  }
  return and(...conditions);
}

export interface ListPeopleArgs extends PageRequest {
  filter?: PersonFilter;
  orderBy?: PersonOrdering | null;
}

/** A page of the people directory, filtered and ordered. */
export async function listPeople(db: Database, _actor: Actor, args: ListPeopleArgs): Promise<Page<Person>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(personFilterSchema, args.filter);
  const ordering = personOrderings[args.orderBy ?? 'NAME_ASC'];
  const where = personFilterSql(filter);
  const rows = await db
    .select({ person: people, cursorKeys: cursorKeysSql(ordering) })
    .from(people)
    .where(and(where, afterCursorSql(ordering, after)))
    .orderBy(...orderBySql(ordering))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(people).where(where);
  return toPage(
    rows.map((row) => ({ node: toPerson(row.person), cursorKeys: row.cursorKeys })),
    first,
    count,
  );
}
