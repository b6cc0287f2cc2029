import { type DbHandle, people } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson, countAuditEvents, testActor } from '../testing/index.js';
import { createPerson, listPeople, updatePerson } from './people.js';

describe.each(testDrivers())('people on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());
  const lead = testActor('steward');

  it('keeps emails unique whatever their case', async () => {
    await createPerson(handle.db, lead, { name: 'Sarah Updown', email: 'sarah.updown@homebody.example' });
    const before = await countAuditEvents(handle.db);
    await expect(
      createPerson(handle.db, lead, { name: 'Someone Else', email: 'Sarah.Updown@HOMEBODY.example' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await countAuditEvents(handle.db)).toBe(before);
  });

  it('names every bad field at once', async () => {
    const attempt = createPerson(handle.db, lead, { name: '', email: 'not-an-email' });
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: [
        { field: 'name', message: 'must not be empty' },
        { field: 'email', message: 'must be a valid email address' },
      ],
    });
  });

  it('updates only the fields given and bumps the version', async () => {
    const unit = await buildOrgUnit(handle.db);
    const person = await buildPerson(handle.db, { title: 'Analyst' });
    const updated = await updatePerson(handle.db, lead, { id: person.id, version: 1, orgUnitId: unit.id });
    expect(updated).toMatchObject({ title: 'Analyst', orgUnitId: unit.id, version: 2, name: person.name });
  });

  it('finds people by a part of the name or email, and forgives a typo', async () => {
    await createPerson(handle.db, lead, { name: 'Yoshi Goto', email: 'yoshi.goto@homebody.example', title: 'COO' });
    const byPart = await listPeople(handle.db, lead, { filter: { search: 'gOTo' } });
    expect(byPart.nodes.map((person) => person.name)).toContain('Yoshi Goto');
    const byTypo = await listPeople(handle.db, lead, { filter: { search: 'Yoshi Gotto' } });
    expect(byTypo.nodes.map((person) => person.name)).toContain('Yoshi Goto');
    const literal = await listPeople(handle.db, lead, { filter: { search: '%' } });
    expect(literal.totalCount).toBe(0);
  });

  it('pages by cursor without gaps or repeats, in every ordering', async () => {
    for (let index = 0; index < 7; index++) await buildPerson(handle.db);
    const [{ count }] = (await handle.db.select({ count: sql<number>`count(*)::int` }).from(people)) as [
      { count: number },
    ];
    for (const orderBy of ['NAME_ASC', 'NAME_DESC', 'CREATED_AT_DESC'] as const) {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page = await listPeople(handle.db, lead, { first: 3, after, orderBy });
        expect(page.totalCount).toBe(count);
        ids.push(...page.nodes.map((person) => person.id));
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      expect(new Set(ids).size).toBe(count);
    }
  });

  it('rejects a page size above the cap and a forged cursor, naming the argument', async () => {
    await expect(listPeople(handle.db, lead, { first: 1000 })).rejects.toMatchObject({ field: 'first' });
    await expect(listPeople(handle.db, lead, { after: 'garbage' })).rejects.toMatchObject({ field: 'after' });
  });
});
