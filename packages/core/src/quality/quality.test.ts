import { type DbHandle, dataAssets, dataFields, qualityRules, rootCauses, tickets } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import type { Actor, CreateQualityRuleInput } from '@steward/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestIngest, runIngestJob } from '../catalog/ingest.js';
import { createSecretBox } from '../catalog/secret-box.js';
import { createDataSource } from '../catalog/sources.js';
import { timelinesOfTickets } from '../issues/queries.js';
import { transitionTicket } from '../issues/tickets.js';
import {
  buildDomain,
  buildPerson,
  buildRoleAssignment,
  createTestSource,
  type TestSource,
  testActor,
  testSourceKinds,
} from '../testing/index.js';
import { qualityMeasures } from './measures.js';
import { createQualityRule, resultsOfRules, updateQualityRule } from './rules.js';
import { runQualityRules } from './run.js';

// 100 customers with known defects: 7 without an email, 5 emails without an @, 3 emails used
// twice (6 rows), 2 unknown loyalty tiers, 4 ages outside 18–120, the newest update a year old.
const schema = `
  create schema crm;
  create table crm.customer (
    id integer primary key,
    email text,
    loyalty_tier text,
    age integer,
    updated_at timestamptz not null
  );
  insert into crm.customer
    select g,
      case when g <= 7 then null
           when g <= 12 then 'customer' || g || '.example'
           when g <= 15 then 'twin' || g || '@mail.example'
           else 'c' || g || '@mail.example' end,
      case when g in (20, 21) then 'platinum' else (array['gold', 'silver', 'bronze'])[1 + g % 3] end,
      case when g in (30, 31) then 12 when g in (32, 33) then 130 else 40 end,
      now() - interval '400 days'
    from generate_series(1, 100) g;
  -- Three more rows reuse emails 13–15: six rows share three addresses.
  update crm.customer set email = 'twin' || (id - 80) || '@mail.example' where id in (93, 94, 95);
`;

describe.each(testSourceKinds())('data-quality rules on a %s source', (kind) => {
  let handle: DbHandle;
  let source: TestSource;
  let steward: Actor;
  let stewardPersonId: string;
  let assetId: string;
  const fields = new Map<string, string>();
  const secrets = createSecretBox('test-key');
  const rule = (input: Omit<CreateQualityRuleInput, 'assetId'>) =>
    createQualityRule(handle.db, steward, { assetId, ...input });
  const run = (...ids: string[]) => runQualityRules(handle.db, ids, secrets);
  const latest = async (ruleId: string) => (await resultsOfRules(handle.db, [ruleId], 1))[0]![0]!;

  beforeAll(async () => {
    handle = await createTestDb(kind === 'postgres' ? 'postgres' : 'pglite');
    source = await createTestSource(kind);
    await source.exec(schema);
    const domain = await buildDomain(handle.db, { name: `Customer ${kind}` });
    const person = await buildPerson(handle.db, { name: 'Carmen Loyola' });
    stewardPersonId = person.id;
    await buildRoleAssignment(handle.db, { personId: person.id, domainId: domain.id, role: 'business_steward' });
    steward = testActor('steward', { personId: person.id });
    const created = await createDataSource(
      handle.db,
      steward,
      { name: `CRM ${kind}`, domainId: domain.id, connection: { ...source.credentials, schemas: ['crm'] } },
      secrets,
    );
    const job = await requestIngest(handle.db, steward, { sourceId: created.id });
    await runIngestJob(handle.db, job.id, { sourceId: created.id, actor: steward }, secrets);
    const [asset] = await handle.db.select().from(dataAssets).where(eq(dataAssets.name, 'customer'));
    assetId = asset!.id;
    for (const field of await handle.db.select().from(dataFields).where(eq(dataFields.assetId, assetId))) {
      fields.set(field.name, field.id);
    }
  });
  afterAll(async () => {
    await source?.close();
    await handle?.close();
  });

  it('measures each kind of rule with the failing counts the known bad rows give', async () => {
    const notNull = await rule({ name: 'Email present', fieldId: fields.get('email'), params: { kind: 'not_null' } });
    const unique = await rule({ name: 'Email unique', fieldId: fields.get('email'), params: { kind: 'unique' } });
    const regex = await rule({
      name: 'Email has an @',
      fieldId: fields.get('email'),
      params: { kind: 'regex', pattern: '^[^@]+@[^@]+$' },
    });
    const tiers = await rule({
      name: 'Known tiers',
      fieldId: fields.get('loyalty_tier'),
      params: { kind: 'accepted_values', values: ['gold', 'silver', 'bronze'] },
    });
    const ages = await rule({
      name: 'Adult age',
      fieldId: fields.get('age'),
      params: { kind: 'range', min: 18, max: 120 },
    });
    const fresh = await rule({
      name: 'Updated this month',
      fieldId: fields.get('updated_at'),
      params: { kind: 'freshness', maxAgeMinutes: 30 * 24 * 60 },
    });
    const rows = await rule({ name: 'About a hundred', params: { kind: 'row_count', min: 50, max: 150 } });
    const custom = await rule({
      name: 'Gold members are adults',
      params: { kind: 'custom_sql', sql: "select id from crm.customer where loyalty_tier = 'gold' and age < 18;" },
    });
    expect(ages.dimension).toBe('validity');
    expect(fresh.dimension).toBe('timeliness');
    const summary = await run(notNull.id, unique.id, regex.id, tiers.id, ages.id, fresh.id, rows.id, custom.id);
    expect(summary).toEqual({ passed: 1, failed: 7, errors: 0 });
    expect(await latest(notNull.id)).toMatchObject({ outcome: 'failed', checkedRows: 100, failingRows: 7 });
    expect(await latest(unique.id)).toMatchObject({ outcome: 'failed', checkedRows: 93, failingRows: 6 });
    // email is personal data (suggested from its name): its failing values show only their shape.
    expect((await latest(unique.id)).samples).toEqual([{ value: 'AAAA99@AAAA.AAAAAAA', count: 6 }]);
    expect(await latest(regex.id)).toMatchObject({ outcome: 'failed', checkedRows: 100, failingRows: 5 });
    expect(await latest(tiers.id)).toMatchObject({
      failingRows: 2,
      samples: [{ value: 'platinum', count: 2 }],
    });
    expect(await latest(ages.id)).toMatchObject({ failingRows: 4 });
    expect(await latest(fresh.id)).toMatchObject({ outcome: 'failed', failingRows: 1 });
    expect((await latest(fresh.id)).observed).toMatch(/^\d{4}-/);
    expect(await latest(rows.id)).toMatchObject({ outcome: 'passed', observed: '100' });
    // Gold is every third row from 3; ages 12 fall on ids 30 (gold) and 31: one gold minor.
    expect(await latest(custom.id)).toMatchObject({ outcome: 'failed', failingRows: 1 });
  });

  it('passes a rule whose share of good rows meets its threshold', async () => {
    const lenient = await rule({
      name: 'Mostly present',
      fieldId: fields.get('email'),
      params: { kind: 'not_null' },
      threshold: 0.9,
    });
    await run(lenient.id);
    expect(await latest(lenient.id)).toMatchObject({ outcome: 'passed', failingRows: 7, passRatio: 0.93 });
    const [row] = await handle.db.select().from(qualityRules).where(eq(qualityRules.id, lenient.id));
    expect(row!.ticketId).toBeNull();
  });

  it('gives a failing rule one ticket, closes it when the rule passes after the fix, and reopens it when it fails again', async () => {
    const atSign = await rule({
      name: 'Email has an at sign',
      fieldId: fields.get('email'),
      params: { kind: 'regex', pattern: '@' },
      severity: 'high',
    });
    await run(atSign.id);
    await run(atSign.id);
    const ruleTickets = await handle.db
      .select()
      .from(tickets)
      .where(eq(tickets.title, `Email has an at sign fails on crm.customer.email`));
    expect(ruleTickets).toHaveLength(1);
    const ticket = ruleTickets[0]!;
    expect(ticket).toMatchObject({ kind: 'data_quality', priority: 'P2', status: 'open', assigneeId: stewardPersonId });
    let [timeline] = await timelinesOfTickets(handle.db, [ticket.id]);
    expect(timeline!.filter((event) => event.kind === 'quality_result')).toHaveLength(2);

    // The steward resolves it with a root cause; the source team fixes the rows.
    const [cause] = await handle.db.select().from(rootCauses).where(eq(rootCauses.code, 'missing_validation'));
    await transitionTicket(handle.db, steward, {
      id: ticket.id,
      version: ticket.version,
      action: 'resolve',
      rootCauseId: cause!.id,
      resolution: 'The sign-up form now checks the address.',
    });
    await source.exec(`update crm.customer set email = 'fixed' || id || '@mail.example' where id between 8 and 12`);
    await run(atSign.id);
    let [current] = await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(current!.status).toBe('closed');
    [timeline] = await timelinesOfTickets(handle.db, [ticket.id]);
    expect(timeline!.at(-1)).toMatchObject({ kind: 'transition', data: expect.objectContaining({ to: 'closed' }) });
    expect(timeline!.at(-1)!.body).toMatch(/^Verified: Email has an at sign passes/);

    // A new bad row: the same ticket reopens, no second ticket.
    await source.exec(`update crm.customer set email = 'broken again' where id = 50`);
    await run(atSign.id);
    [current] = await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(current!.status).toBe('open');
    const again = await handle.db
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(eq(tickets.title, ticket.title)));
    expect(again).toHaveLength(1);
    await source.exec(`update crm.customer set email = 'c50@mail.example' where id = 50`);
  });

  it('records an error and touches no ticket when the rule cannot be measured', async () => {
    const broken = await rule({
      name: 'Refers to a missing column',
      params: { kind: 'custom_sql', sql: 'select id from crm.customer where no_such_column = 1' },
    });
    const fine = await rule({ name: 'Has rows', params: { kind: 'row_count', min: 1 } });
    expect(await run(broken.id, fine.id)).toEqual({ passed: 1, failed: 0, errors: 1 });
    expect(await latest(broken.id)).toMatchObject({ outcome: 'error', error: expect.stringMatching(/no_such_column/) });
    const [row] = await handle.db.select().from(qualityRules).where(eq(qualityRules.id, broken.id));
    expect(row!.ticketId).toBeNull();
  });

  it('measures the pass rate by dimension over the latest run of each enabled rule', async () => {
    const rates = await qualityMeasures(handle.db);
    const byDimension = Object.fromEntries(rates.map((rate) => [rate.dimension, rate]));
    // From the runs above: completeness has Email present (failed), Mostly present, About a hundred, Has rows (passed).
    expect(byDimension.completeness).toEqual({ dimension: 'completeness', rules: 4, passing: 3 });
    expect(byDimension.timeliness).toEqual({ dimension: 'timeliness', rules: 1, passing: 0 });
    const [lenient] = await handle.db.select().from(qualityRules).where(eq(qualityRules.name, 'Mostly present'));
    await updateQualityRule(handle.db, steward, { id: lenient!.id, version: lenient!.version, enabled: false });
    const after = Object.fromEntries((await qualityMeasures(handle.db)).map((rate) => [rate.dimension, rate]));
    expect(after.completeness).toEqual({ dimension: 'completeness', rules: 3, passing: 2 });
  });

  it('refuses rules that do not fit their kind, naming the field', async () => {
    await expect(rule({ name: 'No column', params: { kind: 'not_null' } })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fieldId',
    });
    await expect(
      rule({ name: 'Two statements', params: { kind: 'custom_sql', sql: 'select 1; delete from crm.customer' } }),
    ).rejects.toMatchObject({ field: 'params.sql' });
    await expect(
      rule({ name: 'Bad pattern', fieldId: fields.get('email'), params: { kind: 'regex', pattern: '(' } }),
    ).rejects.toMatchObject({ field: 'params.pattern' });
    await expect(
      createQualityRule(handle.db, testActor('viewer'), { assetId, name: 'x', params: { kind: 'row_count', min: 1 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      rule({ name: 'Fresh emails', fieldId: fields.get('email'), params: { kind: 'freshness', maxAgeMinutes: 60 } }),
    ).rejects.toMatchObject({ field: 'fieldId', message: expect.stringMatching(/date or timestamp/) });
    await expect(
      rule({ name: 'Email range', fieldId: fields.get('email'), params: { kind: 'range', min: 1 } }),
    ).rejects.toMatchObject({ field: 'fieldId' });
    await expect(
      rule({ name: 'email present', fieldId: fields.get('email'), params: { kind: 'not_null' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: 'name' });
  });
});
