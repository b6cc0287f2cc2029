import { type DbHandle, domains } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '@steward/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDomain, countAuditEvents, testActor } from '../testing/index.js';
import { createDomain, deleteDomain, listDomains, updateDomain } from './domains.js';

describe.each(testDrivers())('domains on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => handle?.close());
  const lead = testActor('steward');

  it('creates a domain with exactly one audit event', async () => {
    const before = await countAuditEvents(handle.db);
    const domain = await createDomain(handle.db, lead, { name: '  Customer  ', description: 'People who buy' });
    expect(domain).toMatchObject({ name: 'Customer', description: 'People who buy', parentId: null, version: 1 });
    expect(await countAuditEvents(handle.db)).toBe(before + 1);
    expect(await countAuditEvents(handle.db, domain.id)).toBe(1);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await countAuditEvents(handle.db);
    const attempt = createDomain(handle.db, lead, { name: '   ' });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const unknownParent = createDomain(handle.db, lead, {
      name: 'Orphan',
      parentId: '6f1c1b56-0d2b-4a86-9d5c-3f1d2a6a9b11',
    });
    await expect(unknownParent).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
    const badId = createDomain(handle.db, lead, { name: 'Orphan', parentId: 'not-an-id' });
    await expect(badId).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect(await countAuditEvents(handle.db)).toBe(before);
    expect(await handle.db.select().from(domains).where(eq(domains.name, 'Orphan'))).toEqual([]);
  });

  it('refuses a duplicate name under the same parent, ignoring case', async () => {
    const parent = await buildDomain(handle.db);
    await createDomain(handle.db, lead, { name: 'Consumer', parentId: parent.id });
    await expect(createDomain(handle.db, lead, { name: 'CONSUMER', parentId: parent.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
  });

  it('moves a domain but never into its own subtree', async () => {
    const root = await buildDomain(handle.db);
    const child = await buildDomain(handle.db, { parentId: root.id });
    const grandchild = await buildDomain(handle.db, { parentId: child.id });
    const before = await countAuditEvents(handle.db);
    const cycle = updateDomain(handle.db, lead, { id: root.id, version: root.version, parentId: grandchild.id });
    await expect(cycle).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const self = updateDomain(handle.db, lead, { id: root.id, version: root.version, parentId: root.id });
    await expect(self).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect(await countAuditEvents(handle.db)).toBe(before);
    const [unchanged] = await handle.db.select().from(domains).where(eq(domains.id, root.id));
    expect(unchanged?.parentId).toBeNull();

    const moved = await updateDomain(handle.db, lead, {
      id: grandchild.id,
      version: grandchild.version,
      parentId: null,
    });
    expect(moved).toMatchObject({ parentId: null, version: 2 });
  });

  it('refuses a stale version with the current one, and keeps the newer write', async () => {
    const domain = await buildDomain(handle.db);
    const first = await updateDomain(handle.db, lead, { id: domain.id, version: 1, description: 'first writer' });
    expect(first.version).toBe(2);
    const before = await countAuditEvents(handle.db, domain.id);
    const stale = updateDomain(handle.db, lead, { id: domain.id, version: 1, description: 'second writer' });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', field: 'version', currentVersion: 2 });
    expect(await countAuditEvents(handle.db, domain.id)).toBe(before);
    const [stored] = await handle.db.select().from(domains).where(eq(domains.id, domain.id));
    expect(stored?.description).toBe('first writer');
  });

  it('answers an unknown id with NOT_FOUND on the id field', async () => {
    await expect(
      updateDomain(handle.db, lead, { id: '0b9ab1c3-7a4e-4f0e-8a57-0d3c9a1f2e44', version: 1, name: 'X' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('lets a viewer read but not write', async () => {
    const viewer = testActor('viewer');
    await expect(createDomain(handle.db, viewer, { name: 'Sneaky' })).rejects.toBeInstanceOf(NotAllowedError);
    const page = await listDomains(handle.db, viewer, { first: 5 });
    expect(page.nodes.length).toBeGreaterThan(0);
  });

  it('deletes a leaf domain but not one with sub-domains', async () => {
    const parent = await buildDomain(handle.db);
    const leaf = await buildDomain(handle.db, { parentId: parent.id });
    await expect(deleteDomain(handle.db, lead, { id: parent.id, version: 1 })).rejects.toMatchObject({ field: 'id' });
    await deleteDomain(handle.db, lead, { id: leaf.id, version: 1 });
    await expect(deleteDomain(handle.db, lead, { id: leaf.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('pages through the tree in tree order with depth and path', async () => {
    const root = await createDomain(handle.db, lead, { name: 'Zeta tree' });
    const b = await createDomain(handle.db, lead, { name: 'b child', parentId: root.id });
    await createDomain(handle.db, lead, { name: 'A child', parentId: root.id });
    await createDomain(handle.db, lead, { name: 'grandchild', parentId: b.id });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await listDomains(handle.db, lead, { first: 2, after, filter: { search: null } });
      seen.push(...page.nodes.map((node) => `${node.depth}:${node.path.join('/')}`));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    const zeta = seen.filter((entry) => entry.includes('Zeta tree'));
    expect(zeta).toEqual([
      '0:Zeta tree',
      '1:Zeta tree/A child',
      '1:Zeta tree/b child',
      '2:Zeta tree/b child/grandchild',
    ]);
    const total = (await listDomains(handle.db, lead, { first: 1 })).totalCount;
    expect(seen).toHaveLength(total);
  });
});
