import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCouncil, buildPerson, countAuditEvents, testActor } from '../testing/index.js';
import {
  createCouncil,
  listCouncils,
  listMembersOfCouncils,
  removeCouncilMember,
  setCouncilMember,
} from './councils.js';
import { setPersonActive } from './people.js';

describe.each(testDrivers())('councils on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());
  const lead = testActor('steward');

  it('seats members with one chair, chair listed first, each change one audit event', async () => {
    let council = await buildCouncil(handle.db, { name: 'Data Governance Council' });
    const [sarah, barbara, tony] = [
      await buildPerson(handle.db),
      await buildPerson(handle.db),
      await buildPerson(handle.db),
    ];
    const before = await countAuditEvents(handle.db, council.id);
    council = await setCouncilMember(handle.db, lead, {
      councilId: council.id,
      councilVersion: council.version,
      personId: barbara.id,
    });
    council = await setCouncilMember(handle.db, lead, {
      councilId: council.id,
      councilVersion: council.version,
      personId: sarah.id,
      role: 'chair',
    });
    await expect(
      setCouncilMember(handle.db, lead, {
        councilId: council.id,
        councilVersion: council.version,
        personId: tony.id,
        role: 'chair',
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(await countAuditEvents(handle.db, council.id)).toBe(before + 2);
    const [members] = await listMembersOfCouncils(handle.db, [council.id]);
    expect(members?.map((member) => [member.personId, member.role])).toEqual([
      [sarah.id, 'chair'],
      [barbara.id, 'member'],
    ]);
  });

  it('refuses a stale council version and inactive people', async () => {
    const council = await buildCouncil(handle.db);
    const person = await buildPerson(handle.db);
    await setCouncilMember(handle.db, lead, { councilId: council.id, councilVersion: 1, personId: person.id });
    const other = await buildPerson(handle.db);
    await expect(
      setCouncilMember(handle.db, lead, { councilId: council.id, councilVersion: 1, personId: other.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    await setPersonActive(handle.db, lead, { id: other.id, version: 1, active: false });
    await expect(
      setCouncilMember(handle.db, lead, { councilId: council.id, councilVersion: 2, personId: other.id }),
    ).rejects.toMatchObject({ field: 'personId' });
    await expect(
      removeCouncilMember(handle.db, lead, { councilId: council.id, councilVersion: 2, personId: other.id }),
    ).rejects.toMatchObject({ field: 'personId' });
  });

  it('lists the executive tier first and refuses duplicate names', async () => {
    await createCouncil(handle.db, lead, { name: 'Executive sponsors', kind: 'executive_sponsors' });
    await expect(
      createCouncil(handle.db, lead, { name: 'EXECUTIVE SPONSORS', kind: 'governance_council' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
    await expect(createCouncil(handle.db, lead, { name: 'Odd', kind: 'book_club' as never })).rejects.toMatchObject({
      field: 'kind',
    });
    const page = await listCouncils(handle.db, lead, { first: 100 });
    expect(page.nodes[0]?.kind).toBe('executive_sponsors');
  });
});
