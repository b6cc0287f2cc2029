import { type DbHandle, roleAssignments } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { InputError } from '@steward/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDomain, buildPerson, buildRoleAssignment, countAuditEvents, testActor } from '../testing/index.js';
import { setPersonActive } from './people.js';
import {
  assignRole,
  getStewardshipCoverage,
  listRoleAssignmentsOfPeople,
  resolveResponsibilitiesOfDomains,
  unassignRole,
  updateRoleAssignment,
} from './role-assignments.js';

describe.each(testDrivers())('role assignments on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());
  const lead = testActor('steward');

  it('gives a data owner A and a steward R by default', async () => {
    const domain = await buildDomain(handle.db);
    const owner = await buildPerson(handle.db);
    const steward = await buildPerson(handle.db);
    const ownership = await assignRole(handle.db, lead, {
      personId: owner.id,
      role: 'data_owner',
      scope: { type: 'domain', id: domain.id },
    });
    const stewardship = await assignRole(handle.db, lead, {
      personId: steward.id,
      role: 'business_steward',
      scope: { type: 'domain', id: domain.id },
    });
    expect(ownership.raci).toBe('A');
    expect(stewardship.raci).toBe('R');
    const [ownerRoles] = await listRoleAssignmentsOfPeople(handle.db, [owner.id]);
    expect(ownerRoles?.map((assignment) => assignment.role)).toEqual(['data_owner']);
  });

  it('allows one accountable data owner per domain, and writes nothing for a second', async () => {
    const domain = await buildDomain(handle.db);
    const first = await buildPerson(handle.db, { name: 'Steve Panic' });
    const second = await buildPerson(handle.db);
    await buildRoleAssignment(handle.db, { personId: first.id, domainId: domain.id, role: 'data_owner' });
    const before = await countAuditEvents(handle.db);
    const attempt = assignRole(handle.db, lead, {
      personId: second.id,
      role: 'data_owner',
      scope: { type: 'domain', id: domain.id },
    });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'raci' });
    await expect(attempt).rejects.toThrow(/Steve Panic is already the accountable data owner/);
    expect(await countAuditEvents(handle.db)).toBe(before);
    expect(await handle.db.select().from(roleAssignments).where(eq(roleAssignments.personId, second.id))).toEqual([]);

    // A second owner as R is fine; promoting them to A is not.
    const responsible = await assignRole(handle.db, lead, {
      personId: second.id,
      role: 'data_owner',
      raci: 'R',
      scope: { type: 'domain', id: domain.id },
    });
    await expect(
      updateRoleAssignment(handle.db, lead, { id: responsible.id, version: 1, raci: 'A' }),
    ).rejects.toMatchObject({
      field: 'raci',
    });
  });

  it('keeps the database as the last line of defence for the one-owner rule', async () => {
    const domain = await buildDomain(handle.db);
    const [a, b] = [await buildPerson(handle.db), await buildPerson(handle.db)];
    await buildRoleAssignment(handle.db, { personId: a.id, domainId: domain.id, role: 'data_owner' });
    await expect(
      handle.db
        .insert(roleAssignments)
        .values({ personId: b.id, role: 'data_owner', raci: 'A', scopeType: 'domain', scopeId: domain.id }),
    ).rejects.toThrow();
  });

  it('refuses roles for inactive people, unknown people and unknown domains, naming the field', async () => {
    const domain = await buildDomain(handle.db);
    const person = await buildPerson(handle.db);
    await setPersonActive(handle.db, lead, { id: person.id, version: person.version, active: false });
    await expect(
      assignRole(handle.db, lead, {
        personId: person.id,
        role: 'business_steward',
        scope: { type: 'domain', id: domain.id },
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    await expect(
      assignRole(handle.db, lead, {
        personId: 'a7f0d3e2-5c41-4b8e-9a1d-2e3f4a5b6c7d',
        role: 'business_steward',
        scope: { type: 'domain', id: domain.id },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'personId' });
    const active = await buildPerson(handle.db);
    await expect(
      assignRole(handle.db, lead, {
        personId: active.id,
        role: 'business_steward',
        scope: { type: 'domain', id: 'a7f0d3e2-5c41-4b8e-9a1d-2e3f4a5b6c7d' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'scope.id' });
    await expect(
      assignRole(handle.db, lead, {
        personId: active.id,
        role: 'overlord' as never,
        scope: { type: 'domain', id: domain.id },
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('ends the roles of a person who is deactivated, in one audited change', async () => {
    const domain = await buildDomain(handle.db);
    const person = await buildPerson(handle.db);
    await buildRoleAssignment(handle.db, { personId: person.id, domainId: domain.id, role: 'business_steward' });
    const before = await countAuditEvents(handle.db);
    await setPersonActive(handle.db, lead, { id: person.id, version: person.version, active: false });
    expect(await countAuditEvents(handle.db)).toBe(before + 1);
    const [roles] = await listRoleAssignmentsOfPeople(handle.db, [person.id]);
    expect(roles).toEqual([]);
  });

  it('shows responsibility inherited from the parent domain, and a direct holder overriding it', async () => {
    const customer = await buildDomain(handle.db, { name: 'Customer (inheritance)' });
    const consumer = await buildDomain(handle.db, { name: 'Consumer', parentId: customer.id });
    const retail = await buildDomain(handle.db, { name: 'Retail partner', parentId: customer.id });
    const owner = await buildPerson(handle.db);
    const steward = await buildPerson(handle.db);
    const retailSteward = await buildPerson(handle.db);
    await buildRoleAssignment(handle.db, { personId: owner.id, domainId: customer.id, role: 'data_owner' });
    await buildRoleAssignment(handle.db, { personId: steward.id, domainId: customer.id, role: 'business_steward' });
    await buildRoleAssignment(handle.db, { personId: retailSteward.id, domainId: retail.id, role: 'business_steward' });

    const [onCustomer, onConsumer, onRetail] = await resolveResponsibilitiesOfDomains(handle.db, [
      customer.id,
      consumer.id,
      retail.id,
    ]);
    const describe = (entries: typeof onCustomer) =>
      entries?.map(
        (entry) =>
          `${entry.assignment.role}:${entry.assignment.personId === owner.id ? 'owner' : entry.assignment.personId === steward.id ? 'steward' : 'retail'}:${entry.inherited ? 'inherited' : 'held'}`,
      );
    expect(describe(onCustomer)).toEqual(['data_owner:owner:held', 'business_steward:steward:held']);
    expect(describe(onConsumer)).toEqual(['data_owner:owner:inherited', 'business_steward:steward:inherited']);
    expect(describe(onRetail)).toEqual(['data_owner:owner:inherited', 'business_steward:retail:held']);
    expect(onConsumer?.[0]?.heldOnDomainId).toBe(customer.id);
  });

  it('measures stewardship coverage as domains with an owner and a steward', async () => {
    const { domainCount, covered, ratio, domains } = await getStewardshipCoverage(handle.db);
    expect(domainCount).toBe(domains.length);
    expect(ratio).toBeCloseTo(covered / domainCount);
    const uncovered = await buildDomain(handle.db);
    const after = await getStewardshipCoverage(handle.db);
    expect(after.domainCount).toBe(domainCount + 1);
    expect(after.covered).toBe(covered);
    expect(after.domains.find((entry) => entry.domainId === uncovered.id)).toMatchObject({
      hasOwner: false,
      hasSteward: false,
    });
  });

  it('unassigns with the version read', async () => {
    const domain = await buildDomain(handle.db);
    const person = await buildPerson(handle.db);
    const assignment = await buildRoleAssignment(handle.db, {
      personId: person.id,
      domainId: domain.id,
      role: 'custodian',
    });
    await updateRoleAssignment(handle.db, lead, { id: assignment.id, version: 1, note: 'runs the CRM database' });
    await expect(unassignRole(handle.db, lead, { id: assignment.id, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
    });
    await unassignRole(handle.db, lead, { id: assignment.id, version: 2 });
    const [roles] = await listRoleAssignmentsOfPeople(handle.db, [person.id]);
    expect(roles).toEqual([]);
  });
});
