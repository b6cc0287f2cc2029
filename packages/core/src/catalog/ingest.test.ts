import { auditEvents, catalogChanges, type DbHandle, dataAssets, dataSources, ingestRuns } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import type { Actor, SourceSnapshot } from '@steward/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSource, type TestSource, testActor, testSourceKinds } from '../testing/index.js';
import { changesOfIngestRun, fieldsOfAssets, historyOfAsset, lineageOf, listDataAssets } from './assets.js';
import { applySnapshot, requestIngest, runIngestJob } from './ingest.js';
import { SourceConnectionError } from './postgres-connector.js';
import { createSecretBox } from './secret-box.js';
import { createDataSource, testDataSourceConnection } from './sources.js';

const schema = `
  create schema crm;
  create table crm.customer (
    id integer primary key,
    full_name text not null,
    email varchar(320),
    phone text,
    birth_date date
  );
  comment on table crm.customer is 'People and households who bought an appliance';
  comment on column crm.customer.email is 'Where we write to the customer';
  create table crm.customer_order (
    id integer primary key,
    customer_id integer not null references crm.customer (id),
    total numeric(10, 2),
    ordered_on date
  );
  create view crm.active_customer as
    select c.id, c.full_name, c.email from crm.customer c
    where exists (select 1 from crm.customer_order o where o.customer_id = c.id);
  create schema scratch;
  create table scratch.ignored (id integer);
  insert into crm.customer values
    (1, 'Ann Lee', 'ann@example.com', '+1 555 0100', '1980-02-01'),
    (2, 'Bo Chen', null, '+1 555 0101', null);
  insert into crm.customer_order values (1, 1, 120.50, '2026-01-02');
`;

describe.each(testSourceKinds())('catalogue ingest from a %s source', (kind) => {
  let handle: DbHandle;
  let source: TestSource;
  let steward: Actor;
  let sourceId: string;
  const secrets = createSecretBox('test-key');

  const ingest = async () => {
    const job = await requestIngest(handle.db, steward, { sourceId });
    return runIngestJob(handle.db, job.id, { sourceId, actor: { ...steward } }, secrets);
  };
  const assetByName = async (name: string) => {
    const [row] = await handle.db.select().from(dataAssets).where(eq(dataAssets.name, name));
    return row!;
  };

  beforeAll(async () => {
    handle = await createTestDb(kind);
    source = await createTestSource(kind);
    await source.exec(schema);
    steward = testActor('steward');
    const { host, port, database, user, password } = source.credentials;
    const created = await createDataSource(
      handle.db,
      steward,
      {
        name: `Homebody CRM (${kind})`,
        connection: { host, port, database, user, password, sslMode: 'disable', schemas: ['crm'] },
      },
      secrets,
    );
    sourceId = created.id;
  });

  afterAll(async () => {
    await source?.close();
    await handle?.close();
  });

  it('tests the connection and lists the schemas it can see', async () => {
    const result = await testDataSourceConnection(handle.db, steward, { sourceId }, secrets);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.schemas).toEqual(expect.arrayContaining(['crm', 'scratch']));
  });

  it('reads tables, views, columns, keys, comments and lineage, and says what it added', async () => {
    const outcome = await ingest();
    expect(outcome.summary).toBe('2 tables added, 1 view added');
    expect(outcome.assetCount).toBe(3);

    const page = await listDataAssets(handle.db, { filter: { sourceId } });
    expect(page.nodes.map((asset) => `${asset.qualifiedName}:${asset.kind}`)).toEqual([
      'crm.active_customer:view',
      'crm.customer:table',
      'crm.customer_order:table',
    ]);
    const customer = page.nodes.find((asset) => asset.name === 'customer')!;
    expect(customer.description).toBe('People and households who bought an appliance');
    const [fields] = await fieldsOfAssets(handle.db, [customer.id]);
    expect(fields!.map((field) => [field.name, field.dataType, field.nullable, field.primaryKey])).toEqual([
      ['id', 'integer', false, true],
      ['full_name', 'text', false, false],
      ['email', 'character varying(320)', true, false],
      ['phone', 'text', true, false],
      ['birth_date', 'date', true, false],
    ]);
    expect(fields!.find((field) => field.name === 'email')!.description).toBe('Where we write to the customer');
    const view = page.nodes.find((asset) => asset.name === 'active_customer')!;
    expect(view.definition).toContain('customer_order');

    // Lineage: customer → customer_order (foreign key), customer and customer_order → the view.
    const graph = await lineageOf(handle.db, { assetId: customer.id, upstream: 1, downstream: 1 });
    const order = page.nodes.find((asset) => asset.name === 'customer_order')!;
    expect(new Set(graph.assetIds)).toEqual(new Set([customer.id, order.id, view.id]));
    const assetEdges = graph.edges.filter((edge) => !edge.upstreamFieldId);
    expect(
      assetEdges
        .map(
          (edge) =>
            `${edge.kind}:${edge.upstreamAssetId === customer.id ? 'customer' : 'order'}→${edge.downstreamAssetId === view.id ? 'view' : 'order'}`,
        )
        .sort(),
    ).toEqual(['foreign_key:customer→order', 'view:customer→view', 'view:order→view']);
    const [orderFields] = await fieldsOfAssets(handle.db, [order.id]);
    const fkColumnEdge = graph.edges.find((edge) => edge.kind === 'foreign_key' && edge.upstreamFieldId);
    expect(fkColumnEdge?.upstreamFieldId).toBe(fields!.find((field) => field.name === 'id')!.id);
    expect(fkColumnEdge?.downstreamFieldId).toBe(orderFields!.find((field) => field.name === 'customer_id')!.id);
    const viewColumnEdges = graph.edges.filter((edge) => edge.kind === 'view' && edge.upstreamFieldId);
    expect(viewColumnEdges).toHaveLength(3); // id, full_name and email keep their names in the view

    // Two hops downstream from customer_order reach nothing past the view.
    const fromOrder = await lineageOf(handle.db, { assetId: order.id, upstream: 0, downstream: 5 });
    expect(new Set(fromOrder.assetIds)).toEqual(new Set([order.id, view.id]));
  });

  it('ingests the same source again without changing anything', async () => {
    const before = await assetByName('customer');
    const outcome = await ingest();
    expect(outcome.summary).toBe('No changes');
    const after = await assetByName('customer');
    expect(after.version).toBe(before.version);
  });

  it('notices a changed schema: additions, removals kept with history, retyped columns', async () => {
    await source.exec(`
      drop view crm.active_customer;
      alter table crm.customer alter column phone type varchar(40);
      alter table crm.customer drop column birth_date;
      create table crm.contact (id integer primary key, customer_id integer references crm.customer (id), note text);
    `);
    const outcome = await ingest();
    expect(outcome.summary).toBe('1 table added, 1 view removed, 1 column removed, 1 column type changed');

    const view = await assetByName('active_customer');
    expect(view.removedAt).not.toBeNull();
    const live = await listDataAssets(handle.db, { filter: { sourceId } });
    expect(live.nodes.map((asset) => asset.name)).toEqual(['contact', 'customer', 'customer_order']);
    const all = await listDataAssets(handle.db, { filter: { sourceId, includeRemoved: true } });
    expect(all.totalCount).toBe(4);

    const customer = await assetByName('customer');
    const [fields] = await fieldsOfAssets(handle.db, [customer.id]);
    const birth = fields!.find((field) => field.name === 'birth_date')!;
    expect(birth.removedAt).not.toBeNull();
    expect(fields!.find((field) => field.name === 'phone')!.dataType).toBe('character varying(40)');

    const history = await historyOfAsset(handle.db, customer.id);
    expect(history.map((change) => [change.kind, change.fieldName, change.before, change.after])).toEqual(
      expect.arrayContaining([
        ['field_type_changed', 'phone', 'text', 'character varying(40)'],
        ['field_removed', 'birth_date', 'date', null],
        ['asset_added', null, null, 'table'],
      ]),
    );

    // The view's lineage went with it; the new foreign key came in.
    const graph = await lineageOf(handle.db, { assetId: customer.id, upstream: 0, downstream: 1 });
    const contact = await assetByName('contact');
    expect(new Set(graph.assetIds)).toEqual(
      new Set([customer.id, contact.id, (await assetByName('customer_order')).id]),
    );

    const runs = await handle.db.select().from(ingestRuns).where(eq(ingestRuns.sourceId, sourceId));
    expect(runs).toHaveLength(3);
    // The run's log: its changes line by line, table by table.
    const log = await changesOfIngestRun(handle.db, outcome.runId);
    expect(log.map((change) => [change.assetName, change.kind, change.fieldName])).toEqual([
      ['crm.active_customer', 'asset_removed', null],
      ['crm.contact', 'asset_added', null],
      ['crm.customer', 'field_removed', 'birth_date'],
      ['crm.customer', 'field_type_changed', 'phone'],
    ]);
  });

  it('brings a table back when it reappears', async () => {
    await source.exec(`create view crm.active_customer as select c.id, c.email from crm.customer c;`);
    const outcome = await ingest();
    expect(outcome.summary).toBe('1 view back');
    expect((await assetByName('active_customer')).removedAt).toBeNull();
  });

  it('leaves the catalogue as it was when an ingest fails part way', async () => {
    const countRows = async () => {
      const [row] = await handle.db
        .execute<{ assets: number; changes: number; runs: number }>(sql`
        select (select count(*)::int from data_asset) as assets, (select count(*)::int from catalog_change) as changes,
               (select count(*)::int from ingest_run) as runs`)
        .then((result) => (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows));
      return row;
    };
    const before = await countRows();
    const broken: SourceSnapshot = {
      serverVersion: '15',
      assets: [
        {
          schema: 'crm',
          name: 'new_table',
          kind: 'table',
          description: null,
          rowEstimate: null,
          definition: null,
          fields: [],
          foreignKeys: [],
          reads: [],
        },
        // An asset kind the catalogue refuses: the write fails after the first asset went in.
        {
          schema: 'crm',
          name: 'odd',
          kind: 'sequence' as never,
          description: null,
          rowEstimate: null,
          definition: null,
          fields: [],
          foreignKeys: [],
          reads: [],
        },
      ],
    };
    await expect(applySnapshot(handle.db, steward, { sourceId, snapshot: broken })).rejects.toThrow();
    expect(await countRows()).toEqual(before);
    expect((await assetByName('customer')).removedAt).toBeNull();
  });

  it('fails with a clear message when the source does not answer, and writes nothing', async () => {
    const unreachable = await createDataSource(
      handle.db,
      steward,
      {
        name: `Nowhere ${kind}`,
        connection: { host: '127.0.0.1', port: 1, database: 'x', user: 'x', sslMode: 'disable' },
      },
      secrets,
    );
    const job = await requestIngest(handle.db, steward, { sourceId: unreachable.id });
    const failure = runIngestJob(handle.db, job.id, { sourceId: unreachable.id, actor: { ...steward } }, secrets);
    await expect(failure).rejects.toThrow(SourceConnectionError);
    await expect(failure).rejects.toThrow('Nothing answers at 127.0.0.1:1/x');
    const assets = await handle.db.select().from(dataAssets).where(eq(dataAssets.sourceId, unreachable.id));
    expect(assets).toEqual([]);
  });
});

describe('data source credentials', () => {
  let handle: DbHandle;
  const steward = testActor('steward');
  const secrets = createSecretBox('another-test-key');
  const password = 'pa55-Word-that-must-never-leak';

  beforeAll(async () => {
    handle = await createTestDb('pglite');
  });
  afterAll(async () => handle?.close());

  it('stores a password only sealed, and never in the audit log', async () => {
    const source = await createDataSource(
      handle.db,
      steward,
      { name: 'Finance warehouse', connection: { host: 'db.example', database: 'fin', user: 'reader', password } },
      secrets,
    );
    expect(source.connection.passwordSource).toBe('stored');
    expect(JSON.stringify(source)).not.toContain(password);
    const [row] = await handle.db.select().from(dataSources).where(eq(dataSources.id, source.id));
    expect(row!.sealedPassword).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(password);
    expect(secrets.open(row!.sealedPassword!)).toBe(password);
    expect(() => createSecretBox('a-different-key').open(row!.sealedPassword!)).toThrow('cannot be opened');
    const events = await handle.db.select().from(auditEvents);
    expect(JSON.stringify(events)).not.toContain(password);
    const changes = await handle.db.select().from(catalogChanges);
    expect(JSON.stringify(changes)).not.toContain(password);
  });

  it('refuses to store a password without a key, naming the field and the way out', async () => {
    await expect(
      createDataSource(
        handle.db,
        steward,
        { name: 'No key', connection: { host: 'db.example', database: 'fin', user: 'reader', password } },
        createSecretBox(undefined),
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'connection.password' });
    const passwordEnv = await createDataSource(
      handle.db,
      steward,
      {
        name: 'Key in env',
        connection: { host: 'db.example', database: 'fin', user: 'reader', passwordEnv: 'FIN_DB_PASSWORD' },
      },
      createSecretBox(undefined),
    );
    expect(passwordEnv.connection).toMatchObject({ passwordSource: 'environment', passwordEnv: 'FIN_DB_PASSWORD' });
  });

  it('names the bad fields of a connection', async () => {
    await expect(
      createDataSource(
        handle.db,
        steward,
        {
          name: 'Bad',
          connection: { host: 'db example', port: 70000, database: '', user: 'x', password: 'a', passwordEnv: 'B' },
        },
        secrets,
      ),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'connection.host' }),
        expect.objectContaining({ field: 'connection.port' }),
        expect.objectContaining({ field: 'connection.database' }),
      ]),
    });
  });

  it('lets only catalogue managers add sources', async () => {
    await expect(
      createDataSource(
        handle.db,
        testActor('viewer'),
        { name: 'X', connection: { host: 'h', database: 'd', user: 'u' } },
        secrets,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
