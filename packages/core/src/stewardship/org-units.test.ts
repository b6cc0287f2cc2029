import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson, testActor } from '../testing/index.js';
import { countOrgUnitMembers, deleteOrgUnit, listOrgUnits, updateOrgUnit } from './org-units.js';
import { getPerson } from './people.js';

describe.each(testDrivers())('org units on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());
  const lead = testActor('steward');

  it('builds a four-level chart and refuses a move into its own subtree', async () => {
    const group = await buildOrgUnit(handle.db, { name: 'Homebody Appliances' });
    const division = await buildOrgUnit(handle.db, { name: 'Information Systems', parentId: group.id });
    const team = await buildOrgUnit(handle.db, { name: 'Data platform', parentId: division.id });
    await expect(updateOrgUnit(handle.db, lead, { id: group.id, version: 1, parentId: team.id })).rejects.toMatchObject(
      {
        field: 'parentId',
      },
    );
    const page = await listOrgUnits(handle.db, lead, { first: 10 });
    expect(page.nodes.map((unit) => `${unit.depth}:${unit.name}`)).toEqual([
      '0:Homebody Appliances',
      '1:Information Systems',
      '2:Data platform',
    ]);
  });

  it('deletes a unit, leaving its people without one', async () => {
    const unit = await buildOrgUnit(handle.db);
    const person = await buildPerson(handle.db, { orgUnitId: unit.id });
    expect(await countOrgUnitMembers(handle.db, [unit.id])).toEqual([1]);
    await deleteOrgUnit(handle.db, lead, { id: unit.id, version: 1 });
    expect((await getPerson(handle.db, person.id)).orgUnitId).toBeNull();
  });
});
