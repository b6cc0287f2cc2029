import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCouncilMember } from '../stewardship/councils.js';
import { updateRoleAssignment } from '../stewardship/role-assignments.js';
import { buildCouncil, buildDomain, buildPerson, buildRoleAssignment, testActor } from '../testing/index.js';
import { listAuditEvents } from './list-audit-events.js';

describe.each(testDrivers())('the audit log on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());
  const lead = testActor('steward');

  it("gives a record's history: its own changes and the changes that concern it", async () => {
    const domain = await buildDomain(handle.db);
    const person = await buildPerson(handle.db);
    const council = await buildCouncil(handle.db);
    const assignment = await buildRoleAssignment(handle.db, {
      personId: person.id,
      domainId: domain.id,
      role: 'custodian',
    });
    await updateRoleAssignment(handle.db, lead, { id: assignment.id, version: 1, raci: 'C' });
    await setCouncilMember(handle.db, lead, { councilId: council.id, councilVersion: 1, personId: person.id });

    const actions = async (relatedTo: string) =>
      (await listAuditEvents(handle.db, lead, { filter: { relatedTo } })).nodes.map((event) => event.action);
    expect(await actions(domain.id)).toEqual([
      'stewardship.role.update',
      'stewardship.role.assign',
      'stewardship.domain.create',
    ]);
    expect(await actions(person.id)).toEqual([
      'stewardship.council.setMember',
      'stewardship.role.update',
      'stewardship.role.assign',
      'stewardship.person.create',
    ]);
  });

  it('is for stewards and admins only', async () => {
    await expect(listAuditEvents(handle.db, testActor('viewer'), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
