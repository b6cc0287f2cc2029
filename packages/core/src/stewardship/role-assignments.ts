import { dataAssets, domains, people, type Queryable, roleAssignments, type Transaction } from '@steward/db';
import {
  ancestorsOf,
  assignRoleInputSchema,
  computeStewardshipCoverage,
  type EffectiveAssignment,
  type GovernanceRole,
  InputError,
  indexDomainResponsibilities,
  isAccountableOwner,
  NotFoundError,
  type Raci,
  type RoleAssignment,
  type ScopeType,
  type StewardshipCoverage,
  unassignRoleInputSchema,
  updateRoleAssignmentInputSchema,
} from '@steward/domain';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, touch } from '../shared/versioning.js';

type RoleAssignmentRow = typeof roleAssignments.$inferSelect;

export function toRoleAssignment(row: RoleAssignmentRow): RoleAssignment {
  return {
    id: row.id,
    personId: row.personId,
    role: row.role as GovernanceRole,
    scope: { type: row.scopeType as ScopeType, id: row.scopeId },
    raci: row.raci as Raci | null,
    note: row.note,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}

function sameScope(scopeType: ScopeType, scopeId: string | null) {
  return and(
    eq(roleAssignments.scopeType, scopeType),
    scopeId ? eq(roleAssignments.scopeId, scopeId) : isNull(roleAssignments.scopeId),
  );
}

/** At most one accountable data owner per scope: names the one already there. */
async function assertNoOtherAccountableOwner(
  tx: Transaction,
  scopeType: ScopeType,
  scopeId: string | null,
  exceptAssignmentId: string | null,
) {
  const [other] = await tx
    .select({ name: people.name })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(
      and(
        sameScope(scopeType, scopeId),
        eq(roleAssignments.role, 'data_owner'),
        eq(roleAssignments.raci, 'A'),
        exceptAssignmentId ? ne(roleAssignments.id, exceptAssignmentId) : undefined,
      ),
    );
  if (other) {
    throw InputError.forField(
      'raci',
      `${other.name} is already the accountable data owner here; there can be only one. Make them R first, or choose R.`,
    );
  }
}

/** Gives a person a governance role for a domain or the program, with a RACI letter. */
export const assignRole = defineUseCase({
  action: 'stewardship.role.assign',
  input: assignRoleInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, input) {
    const [person] = await tx.select().from(people).where(eq(people.id, input.personId));
    if (!person) throw new NotFoundError('Person', input.personId, { field: 'personId' });
    if (!person.active)
      throw InputError.forField('personId', `${person.name} is inactive; only active people hold roles`);
    if (input.scope.type === 'domain') {
      const [domain] = await tx.select({ id: domains.id }).from(domains).where(eq(domains.id, input.scope.id!));
      if (!domain) throw new NotFoundError('Domain', input.scope.id!, { field: 'scope.id' });
    }
    if (input.scope.type === 'asset') {
      const [asset] = await tx.select({ id: dataAssets.id }).from(dataAssets).where(eq(dataAssets.id, input.scope.id!));
      if (!asset) throw new NotFoundError('DataAsset', input.scope.id!, { field: 'scope.id' });
    }
    const [duplicate] = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.personId, input.personId),
          eq(roleAssignments.role, input.role),
          sameScope(input.scope.type, input.scope.id),
        ),
      );
    if (duplicate) throw InputError.forField('role', `${person.name} already holds this role here`);
    if (isAccountableOwner(input)) {
      await assertNoOtherAccountableOwner(tx, input.scope.type, input.scope.id, null);
    }
    const [row] = await tx
      .insert(roleAssignments)
      .values({
        personId: input.personId,
        role: input.role,
        scopeType: input.scope.type,
        scopeId: input.scope.id,
        raci: input.raci,
        note: input.note,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const assignment = toRoleAssignment(row!);
    await audit({
      entityType: 'RoleAssignment',
      entityId: assignment.id,
      after: assignment,
      relatedIds: [assignment.personId, assignment.scope.id],
    });
    return assignment;
  },
});

/** Changes the RACI letter or the note of an assignment. */
export const updateRoleAssignment = defineUseCase({
  action: 'stewardship.role.update',
  input: updateRoleAssignmentInputSchema,
  permission: 'stewardship:write',
  async run({ tx, actor, audit }, { id, version, raci, note }) {
    const [current] = await tx.select().from(roleAssignments).where(eq(roleAssignments.id, id)).for('update');
    assertVersion('RoleAssignment', current, id, version);
    const before = toRoleAssignment(current as RoleAssignmentRow);
    const nextRaci = raci === undefined ? before.raci : raci;
    if (isAccountableOwner({ role: before.role, raci: nextRaci })) {
      await assertNoOtherAccountableOwner(tx, before.scope.type, before.scope.id, id);
    }
    const [row] = await tx
      .update(roleAssignments)
      .set({ raci: nextRaci, ...(note !== undefined ? { note } : {}), ...touch(current, actor.accountId) })
      .where(eq(roleAssignments.id, id))
      .returning();
    const assignment = toRoleAssignment(row!);
    await audit({
      entityType: 'RoleAssignment',
      entityId: id,
      before,
      after: assignment,
      relatedIds: [assignment.personId, assignment.scope.id],
    });
    return assignment;
  },
});

export const unassignRole = defineUseCase({
  action: 'stewardship.role.unassign',
  input: unassignRoleInputSchema,
  permission: 'stewardship:write',
  async run({ tx, audit }, { id, version }) {
    const [current] = await tx.select().from(roleAssignments).where(eq(roleAssignments.id, id)).for('update');
    assertVersion('RoleAssignment', current, id, version);
    await tx.delete(roleAssignments).where(eq(roleAssignments.id, id));
    const assignment = toRoleAssignment(current as RoleAssignmentRow);
    await audit({
      entityType: 'RoleAssignment',
      entityId: id,
      before: assignment,
      relatedIds: [assignment.personId, assignment.scope.id],
    });
    return assignment;
  },
});

const roleOrder = sql`array_position(array['executive_sponsor','chief_data_officer','data_owner','business_steward','technical_steward','custodian','council_member'], ${roleAssignments.role})`;

/** Role assignments of each person (a DataLoader batch). */
export async function listRoleAssignmentsOfPeople(
  db: Queryable,
  personIds: readonly string[],
): Promise<RoleAssignment[][]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select()
    .from(roleAssignments)
    .where(inArray(roleAssignments.personId, [...personIds]))
    .orderBy(roleOrder, roleAssignments.createdAt, roleAssignments.id);
  return personIds.map((id) => rows.filter((row) => row.personId === id).map(toRoleAssignment));
}

/** Role assignments held for the governance program as a whole. */
export async function listProgramRoleAssignments(db: Queryable): Promise<RoleAssignment[]> {
  const rows = await db
    .select({ assignment: roleAssignments })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(sameScope('program', null))
    .orderBy(roleOrder, sql`lower(${people.name})`, roleAssignments.id);
  return rows.map((row) => toRoleAssignment(row.assignment));
}

export async function findRoleAssignmentsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(RoleAssignment | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(roleAssignments)
    .where(inArray(roleAssignments.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, toRoleAssignment(row)]));
  return ids.map((id) => byId.get(id));
}

/**
 * Who is responsible for each domain, held there or inherited from an ancestor
 * (a DataLoader batch: two queries whatever the number of domains).
 */
export async function resolveResponsibilitiesOfDomains(
  db: Queryable,
  domainIds: readonly string[],
): Promise<EffectiveAssignment[][]> {
  if (domainIds.length === 0) return [];
  const tree = await db.select({ id: domains.id, parentId: domains.parentId }).from(domains);
  const scopeIds = new Set(domainIds.flatMap((id) => ancestorsOf(tree, id)));
  // Within a role: the accountable first, then by name, so every screen lists holders alike.
  const rows = await db
    .select({ assignment: roleAssignments })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.scopeType, 'domain'), inArray(roleAssignments.scopeId, [...scopeIds])))
    .orderBy(
      roleOrder,
      sql`array_position(array['A','R','C','I'], ${roleAssignments.raci})`,
      sql`lower(${people.name})`,
      roleAssignments.id,
    );
  const assignments = rows.map((row) => toRoleAssignment(row.assignment));
  const responsibilitiesOf = indexDomainResponsibilities(tree, assignments);
  return domainIds.map(responsibilitiesOf);
}

/** The stewardship coverage measure over every domain. */
export async function getStewardshipCoverage(db: Queryable): Promise<StewardshipCoverage> {
  const tree = await db.select({ id: domains.id, parentId: domains.parentId }).from(domains);
  const rows = await db.select().from(roleAssignments).where(eq(roleAssignments.scopeType, 'domain'));
  return computeStewardshipCoverage(tree, rows.map(toRoleAssignment));
}
