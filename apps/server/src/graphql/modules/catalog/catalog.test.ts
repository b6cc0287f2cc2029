import { decideProposal, proposeTerm } from '@steward/core';
import { buildGlossary, createTestSource, type TestSource, testActor, testSourceKinds } from '@steward/core/testing';
import { auditEvents, jobs } from '@steward/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../logger.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }`;

const password = 'S3cret-source-password-never-shown';

describe.each(testSourceKinds())('the catalogue API over a %s source', (kind) => {
  let t: TestApp;
  let source: TestSource;
  let steward: string;
  let viewer: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind, {
      jobRunner: true,
      logger: createLogger('debug', { write: (line) => logLines.push(line) }),
      environment: { HOMEBODY_CRM_PASSWORD: password },
    });
    source = await createTestSource(kind);
    await source.exec(`
      create schema crm;
      create table crm.customer (id integer primary key, email text);
      create table crm.customer_order (id integer primary key, customer_id integer references crm.customer (id));
      comment on table crm.customer is 'Buyers';
    `);
    steward = await t.signInAs('steward');
    viewer = await t.signInAs('viewer');
  });
  afterAll(async () => {
    await t?.close();
    await source?.close();
  });

  const connection = () => ({
    host: source.credentials.host,
    port: source.credentials.port,
    database: source.credentials.database,
    user: source.credentials.user,
    sslMode: 'disable',
    password,
    schemas: ['crm'],
  });

  async function waitForJob(jobId: string) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const result = await t.graphql<{ job: { status: string; error: string | null; result: unknown } }>(
        'query($id: ID!) { job(id: $id) { status error result } }',
        { id: jobId },
        { cookie: steward },
      );
      const job = result.data!.job;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the job did not finish');
  }

  it('adds a source, tests it, ingests it as a job, and never shows the password anywhere', async () => {
    const created = await t.graphql<{
      createDataSource: { __typename: string; data: { id: string; connection: Record<string, unknown> } };
    }>(
      `mutation($input: CreateDataSourceInput!) { createDataSource(input: $input) { ${outcome}
        ... on CreateDataSourceSuccess { data { id name connection { host port database user sslMode schemas passwordSource passwordEnv } } } } }`,
      { input: { name: 'CRM', connection: connection() } },
      { cookie: steward },
    );
    expect(created.data!.createDataSource.__typename).toBe('CreateDataSourceSuccess');
    const sourceId = created.data!.createDataSource.data.id;
    expect(created.data!.createDataSource.data.connection).toMatchObject({
      passwordSource: 'stored',
      schemas: ['crm'],
    });

    const tested = await t.graphql<{ testDataSourceConnection: { data: { ok: boolean; schemas: string[] } } }>(
      `mutation($input: TestDataSourceConnectionInput!) { testDataSourceConnection(input: $input) { ${outcome}
        ... on TestDataSourceConnectionSuccess { data { ok schemas message serverVersion } } } }`,
      { input: { sourceId } },
      { cookie: steward },
    );
    expect(tested.data!.testDataSourceConnection.data).toMatchObject({ ok: true });
    expect(tested.data!.testDataSourceConnection.data.schemas).toContain('crm');

    const queued = await t.graphql<{ ingestDataSource: { __typename: string; data: { id: string } } }>(
      `mutation($input: IngestDataSourceInput!) { ingestDataSource(input: $input) { ${outcome}
        ... on IngestDataSourceSuccess { data { id status } } } }`,
      { input: { sourceId } },
      { cookie: steward },
    );
    expect(queued.data!.ingestDataSource.__typename).toBe('IngestDataSourceSuccess');
    const job = await waitForJob(queued.data!.ingestDataSource.data.id);
    expect(job).toMatchObject({ status: 'succeeded', result: expect.objectContaining({ summary: '2 tables added' }) });

    const read = await t.graphql<{
      dataSource: {
        lastIngestJob: { status: string };
        ingestRuns: { summary: string }[];
        schemas: { name: string; assetCount: number }[];
      };
      dataAssets: {
        totalCount: number;
        nodes: { id: string; qualifiedName: string; description: string | null; fields: { name: string }[] }[];
      };
    }>(
      `query($id: ID!) {
        dataSource(id: $id) { name lastIngestAt lastIngestJob { status } ingestRuns { summary } schemas { name assetCount }
          connection { host passwordSource } }
        dataAssets(filter: { sourceId: $id }) { totalCount nodes { id qualifiedName description fields { name dataType } } }
      }`,
      { id: sourceId },
      { cookie: viewer },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.dataSource.ingestRuns.map((run) => run.summary)).toEqual(['2 tables added']);
    expect(read.data!.dataSource.schemas).toEqual([{ name: 'crm', assetCount: 2 }]);
    expect(read.data!.dataAssets.nodes.map((asset) => asset.qualifiedName)).toEqual([
      'crm.customer',
      'crm.customer_order',
    ]);

    const customer = read.data!.dataAssets.nodes[0]!;
    const lineage = await t.graphql<{ lineage: { assets: { name: string }[]; edges: { kind: string }[] } }>(
      'query($id: ID!) { lineage(assetId: $id) { assets { name } edges { kind upstreamField { name } downstreamField { name } } } }',
      { id: customer.id },
      { cookie: viewer },
    );
    expect(lineage.data!.lineage.assets.map((asset) => asset.name).sort()).toEqual(['customer', 'customer_order']);

    // The password is in no response, no log line and no audit event.
    const everything = await t.graphql(
      `{ dataSources { id name description connection { host port database user sslMode schemas passwordSource passwordEnv }
          lastIngestJob { status progress result error } ingestRuns { summary counts } } }`,
      {},
      { cookie: steward },
    );
    const responses = JSON.stringify([created, tested, queued, read, everything]);
    expect(responses).not.toContain(password);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(password);
    expect(JSON.stringify(await t.db.select().from(auditEvents))).not.toContain(password);
    expect(JSON.stringify(await t.db.select().from(jobs))).not.toContain(password);
  });

  it('reads a password named as a server environment variable, and reports a failed ingest in words', async () => {
    const created = await t.graphql<{
      createDataSource: { data: { id: string; connection: { passwordSource: string } } };
    }>(
      `mutation($input: CreateDataSourceInput!) { createDataSource(input: $input) { ${outcome}
        ... on CreateDataSourceSuccess { data { id connection { passwordSource } } } } }`,
      {
        input: {
          name: 'CRM via env',
          connection: { ...connection(), password: null, passwordEnv: 'HOMEBODY_CRM_PASSWORD' },
        },
      },
      { cookie: steward },
    );
    expect(created.data!.createDataSource.data.connection.passwordSource).toBe('environment');

    const broken = await t.graphql<{ createDataSource: { data: { id: string } } }>(
      `mutation($input: CreateDataSourceInput!) { createDataSource(input: $input) { ${outcome}
        ... on CreateDataSourceSuccess { data { id } } } }`,
      { input: { name: 'Nowhere', connection: { host: '127.0.0.1', port: 1, database: 'x', user: 'x', password } } },
      { cookie: steward },
    );
    const queued = await t.graphql<{ ingestDataSource: { data: { id: string } } }>(
      `mutation($input: IngestDataSourceInput!) { ingestDataSource(input: $input) { ${outcome}
        ... on IngestDataSourceSuccess { data { id } } } }`,
      { input: { sourceId: broken.data!.createDataSource.data.id } },
      { cookie: steward },
    );
    const job = await waitForJob(queued.data!.ingestDataSource.data.id);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('Nothing answers at 127.0.0.1:1/x');
    expect(logLines.join('\n')).not.toContain(password);
  });

  it('answers bad input and missing rights with typed errors', async () => {
    const bad = await t.graphql<{ createDataSource: { __typename: string; fieldErrors: { field: string }[] } }>(
      `mutation($input: CreateDataSourceInput!) { createDataSource(input: $input) { ${outcome} } }`,
      { input: { name: '', connection: { host: 'a b', database: 'd', user: 'u', port: 0 } } },
      { cookie: steward },
    );
    expect(bad.data!.createDataSource.__typename).toBe('InputError');
    expect(bad.data!.createDataSource.fieldErrors.map((error) => error.field).sort()).toEqual([
      'connection.host',
      'connection.port',
      'name',
    ]);
    const forbidden = await t.graphql<{ createDataSource: { __typename: string } }>(
      `mutation($input: CreateDataSourceInput!) { createDataSource(input: $input) { ${outcome} } }`,
      { input: { name: 'X', connection: { host: 'h', database: 'd', user: 'u' } } },
      { cookie: viewer },
    );
    expect(forbidden.data!.createDataSource.__typename).toBe('ForbiddenError');
    const missing = await t.graphql<{ ingestDataSource: { __typename: string; field: string } }>(
      `mutation($input: IngestDataSourceInput!) { ingestDataSource(input: $input) { ${outcome} } }`,
      { input: { sourceId: '00000000-0000-4000-8000-000000000000' } },
      { cookie: steward },
    );
    expect(missing.data!.ingestDataSource).toMatchObject({ __typename: 'NotFoundError', field: 'sourceId' });
  });

  it('profiles, suggests, confirms, links a term and finds the column by the term synonym', async () => {
    const reviewer = await t.signInAsPerson('steward');
    const author = await t.signInAsPerson('steward');
    const glossary = await buildGlossary(t.db, { reviewerIds: [reviewer.person.id] });
    const actorOf = (personId: string) => testActor('steward', { personId });
    const { proposal, term } = await proposeTerm(t.db, actorOf(author.person.id), {
      glossaryId: glossary.id,
      content: {
        name: 'Customer contact',
        definition: 'How we reach a customer.',
        synonyms: ['Reach point'],
        tags: ['PII'],
        classification: 'restricted',
      },
    });
    await decideProposal(t.db, actorOf(reviewer.person.id), { proposalId: proposal.id, decision: 'approve' });

    const assets = await t.graphql<{
      dataAssets: { nodes: { id: string; name: string; fields: { id: string; name: string }[] }[] };
    }>(
      '{ dataAssets(filter: { search: "customer" }) { nodes { id name fields { id name } } } }',
      {},
      { cookie: steward },
    );
    const customer = assets.data!.dataAssets.nodes.find((asset) => asset.name === 'customer')!;
    const email = customer.fields.find((field) => field.name === 'email')!;
    await source.exec(
      `insert into crm.customer values (1, 'a@mail.example'), (2, 'b@mail.example'), (3, 'c@mail.example');`,
    );
    const queued = await t.graphql<{ profileAssets: { __typename: string; data: { id: string } } }>(
      `mutation($input: ProfileAssetsInput!) { profileAssets(input: $input) { ${outcome} ... on ProfileAssetsSuccess { data { id } } } }`,
      { input: { assetIds: [customer.id] } },
      { cookie: steward },
    );
    expect(queued.data!.profileAssets.__typename).toBe('ProfileAssetsSuccess');
    expect((await waitForJob(queued.data!.profileAssets.data.id)).status).toBe('succeeded');

    const read = async () =>
      (
        await t.graphql<{
          dataAsset: {
            latestProfile: { rowCount: number; sampled: boolean };
            fields: {
              name: string;
              profile: { distinctCount: number; topValues: { value: string }[]; patterns: { value: string }[] } | null;
              classifications: { id: string; piiClass: string; status: string; reason: string }[];
              termLinks: { id: string; status: string; term: { name: string } }[];
              inheritedClassification: string | null;
              inheritedTags: string[];
            }[];
          };
        }>(
          `query($id: ID!) { dataAsset(id: $id) { latestProfile { rowCount sampled } fields { name
             profile { distinctCount topValues { value count } patterns { value count } }
             classifications { id piiClass status reason } termLinks { id status term { name } }
             inheritedClassification inheritedTags } } }`,
          { id: customer.id },
          { cookie: viewer },
        )
      ).data!.dataAsset;
    let asset = await read();
    expect(asset.latestProfile).toEqual({ rowCount: 3, sampled: false });
    let emailField = asset.fields.find((field) => field.name === 'email')!;
    expect(emailField.profile!.distinctCount).toBe(3);
    expect(emailField.profile!.patterns[0]!.value).toBe('A@AAAA.AAAAAAA');
    expect(emailField.classifications).toEqual([expect.objectContaining({ piiClass: 'email', status: 'suggested' })]);

    const decided = await t.graphql<{ decideClassification: { __typename: string } }>(
      `mutation($input: DecideClassificationInput!) { decideClassification(input: $input) { ${outcome} } }`,
      { input: { id: emailField.classifications[0]!.id, decision: 'confirm' } },
      { cookie: steward },
    );
    expect(decided.data!.decideClassification.__typename).toBe('DecideClassificationSuccess');
    const linked = await t.graphql<{ linkTerm: { __typename: string } }>(
      `mutation($input: LinkTermInput!) { linkTerm(input: $input) { ${outcome} } }`,
      { input: { termId: term.id, fieldId: email.id } },
      { cookie: steward },
    );
    expect(linked.data!.linkTerm.__typename).toBe('LinkTermSuccess');
    asset = await read();
    emailField = asset.fields.find((field) => field.name === 'email')!;
    expect(emailField.classifications[0]).toMatchObject({ status: 'confirmed' });
    expect(emailField.termLinks).toEqual([
      expect.objectContaining({ status: 'confirmed', term: { name: 'Customer contact' } }),
    ]);
    expect(emailField).toMatchObject({ inheritedClassification: 'restricted', inheritedTags: ['PII'] });

    const found = await t.graphql<{
      catalogSearch: { fields: { matchedTerm: string | null; field: { name: string } }[] };
    }>('{ catalogSearch(query: "reach piont") { fields { matchedTerm field { name } } } }', {}, { cookie: viewer });
    expect(found.data!.catalogSearch.fields).toEqual([{ matchedTerm: 'Reach point', field: { name: 'email' } }]);
    const where = await t.graphql<{
      glossaryTerm: { dataLinks: { field: { name: string }; asset: { qualifiedName: string } }[] };
    }>(
      'query($id: ID!) { glossaryTerm(id: $id) { dataLinks { field { name } asset { qualifiedName } } } }',
      { id: term.id },
      { cookie: viewer },
    );
    expect(where.data!.glossaryTerm.dataLinks).toEqual([
      { field: { name: 'email' }, asset: { qualifiedName: 'crm.customer' } },
    ]);

    // A viewer may read all of it but decide nothing.
    const refused = await t.graphql<{ decideClassification: { __typename: string } }>(
      `mutation($input: DecideClassificationInput!) { decideClassification(input: $input) { ${outcome} } }`,
      { input: { id: emailField.classifications[0]!.id, decision: 'reject' } },
      { cookie: viewer },
    );
    expect(refused.data!.decideClassification.__typename).toBe('ForbiddenError');
  });
});
