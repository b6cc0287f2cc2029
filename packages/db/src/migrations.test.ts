import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, migrationsFolder } from './open-db.js';
import { pgErrorInfo } from './pg-errors.js';
import { rowsOf } from './rows.js';
import { auditEvents, domains } from './schema/index.js';
import { createTestDb, testDrivers } from './testing/index.js';

describe.each(testDrivers())('migrations on %s', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('creates the extensions the search features need', async () => {
    const rows = rowsOf<{ extname: string }>(
      await handle.db.execute(sql`select extname from pg_extension order by extname`),
    );
    expect(rows.map((row) => row.extname)).toEqual(expect.arrayContaining(['fuzzystrmatch', 'pg_trgm']));
  });

  it('re-running the migrations is a no-op', async () => {
    await handle.migrate();
    const rows = rowsOf<{ count: string | number }>(
      await handle.db.execute(sql`select count(*) as count from drizzle.__drizzle_migrations`),
    );
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    expect(Number(rows[0]?.count)).toBe(journal.entries.length);
  });

  it('refuses to update, delete or truncate audit events', async () => {
    const [event] = await handle.db
      .insert(auditEvents)
      .values({ actorLabel: 'test', action: 'test.append', entityType: 'test' })
      .returning();
    await expect(
      handle.db.update(auditEvents).set({ action: 'rewritten' }).where(sql`id = ${event!.id}`),
    ).rejects.toSatisfy((error) => pgErrorInfo(error)?.code === '42501');
    await expect(handle.db.delete(auditEvents).where(sql`id = ${event!.id}`)).rejects.toSatisfy(
      (error) => pgErrorInfo(error)?.code === '42501',
    );
    await expect(handle.db.execute(sql`truncate audit_event`)).rejects.toSatisfy(
      (error) => pgErrorInfo(error)?.code === '42501',
    );
    const [still] = await handle.db.select().from(auditEvents).where(sql`id = ${event!.id}`);
    expect(still?.action).toBe('test.append');
  });

  it('keeps domain names unique per parent, ignoring case', async () => {
    await handle.db.insert(domains).values({ name: 'Customer' });
    await expect(handle.db.insert(domains).values({ name: 'customer' })).rejects.toSatisfy(
      (error) => pgErrorInfo(error)?.constraint === 'domain_name_per_parent_key',
    );
  });
});
