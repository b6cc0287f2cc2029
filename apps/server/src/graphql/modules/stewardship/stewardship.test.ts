import { buildDomain, buildOrgUnit, buildPerson, buildRoleAssignment, countAuditEvents } from '@steward/core/testing';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const errorFields = `... on Error { __typename code field message }
  ... on InputError { fieldErrors { field message } }
  ... on ConflictError { currentVersion }`;

describe.each(testDrivers())('the stewardship API on %s', (driver) => {
  let t: TestApp;
  let steward: string;
  let viewer: string;
  beforeAll(async () => {
    t = await createTestApp(driver);
    steward = await t.signInAs('steward');
    viewer = await t.signInAs('viewer');
  });
  afterAll(async () => t?.close());

  it('creates a domain, assigns an owner and a steward, and shows them as responsibilities', async () => {
    const [owner, businessSteward] = [await buildPerson(t.db), await buildPerson(t.db)];
    const created = await t.graphql<{ createDomain: { __typename: string; data: { id: string; version: number } } }>(
      `mutation { createDomain(input: { name: "Warranty" }) { __typename ... on CreateDomainSuccess { data { id version } } } }`,
      {},
      { cookie: steward },
    );
    expect(created.data?.createDomain.__typename).toBe('CreateDomainSuccess');
    const domainId = created.data!.createDomain.data.id;
    for (const [personId, role] of [
      [owner.id, 'data_owner'],
      [businessSteward.id, 'business_steward'],
    ]) {
      const assigned = await t.graphql<{ assignRole: { __typename: string } }>(
        `mutation($input: AssignRoleInput!) { assignRole(input: $input) { __typename ${errorFields} } }`,
        { input: { personId, role, scope: { type: 'domain', id: domainId } } },
        { cookie: steward },
      );
      expect(assigned.data?.assignRole.__typename).toBe('AssignRoleSuccess');
    }
    const read = await t.graphql<{
      domain: {
        responsibilities: {
          inherited: boolean;
          assignment: { role: string; raci: string; person: { name: string } };
        }[];
      };
    }>(
      `query($id: ID!) { domain(id: $id) { responsibilities { inherited assignment { role raci person { name } } } } }`,
      { id: domainId },
      { cookie: viewer },
    );
    expect(read.data?.domain.responsibilities).toEqual([
      { inherited: false, assignment: { role: 'data_owner', raci: 'A', person: { name: owner.name } } },
      { inherited: false, assignment: { role: 'business_steward', raci: 'R', person: { name: businessSteward.name } } },
    ]);
  });

  it('answers bad input with typed errors naming the field, and writes nothing', async () => {
    const domain = await buildDomain(t.db);
    const child = await buildDomain(t.db, { parentId: domain.id });
    const owner = await buildPerson(t.db);
    await buildRoleAssignment(t.db, { personId: owner.id, domainId: domain.id, role: 'data_owner' });
    const other = await buildPerson(t.db);
    const cases: [string, Record<string, unknown>, { __typename: string; code: string; field: string }][] = [
      ['createDomain', { name: '' }, { __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'name' }],
      [
        'createPerson',
        { name: 'X', email: 'not-an-email' },
        { __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'email' },
      ],
      [
        'updateDomain',
        { id: '4c5d6e7f-8091-4a2b-9c3d-4e5f60718293', version: 1, name: 'Ghost' },
        { __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'id' },
      ],
      [
        'updateDomain',
        { id: domain.id, version: 99, name: 'Stale' },
        { __typename: 'ConflictError', code: 'CONFLICT', field: 'version' },
      ],
      [
        'updateDomain',
        { id: domain.id, version: 1, parentId: child.id },
        { __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'parentId' },
      ],
      [
        'assignRole',
        { personId: other.id, role: 'data_owner', scope: { type: 'domain', id: domain.id } },
        { __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'raci' },
      ],
    ];
    const inputTypes: Record<string, string> = {
      createDomain: 'CreateDomainInput',
      createPerson: 'CreatePersonInput',
      updateDomain: 'UpdateDomainInput',
      assignRole: 'AssignRoleInput',
    };
    const before = await countAuditEvents(t.db);
    for (const [mutation, input, expected] of cases) {
      const result = await t.graphql<Record<string, Record<string, unknown>>>(
        `mutation($input: ${inputTypes[mutation]}!) { ${mutation}(input: $input) { __typename ${errorFields} } }`,
        { input },
        { cookie: steward },
      );
      expect(result.errors, mutation).toBeUndefined();
      expect(result.data?.[mutation], `${mutation} ${JSON.stringify(input)}`).toMatchObject(expected);
    }
    expect(await countAuditEvents(t.db)).toBe(before);
    const stale = await t.graphql<{ updateDomain: { currentVersion: number } }>(
      `mutation { updateDomain(input: { id: "${domain.id}", version: 99, name: "Stale" }) { ... on ConflictError { currentVersion } } }`,
      {},
      { cookie: steward },
    );
    expect(stale.data?.updateDomain.currentVersion).toBe(1);
  });

  it('refuses every write of a viewer with a ForbiddenError and no audit event', async () => {
    const before = await countAuditEvents(t.db);
    const result = await t.graphql<{ createDomain: { __typename: string; code: string } }>(
      `mutation { createDomain(input: { name: "Viewer was here" }) { __typename ... on Error { code } } }`,
      {},
      { cookie: viewer },
    );
    expect(result.data?.createDomain).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await countAuditEvents(t.db)).toBe(before);
  });

  it('lists 100 people with their roles in as many SQL statements as 10', async () => {
    const unit = await buildOrgUnit(t.db);
    const domain = await buildDomain(t.db);
    for (let index = 0; index < 100; index++) {
      const person = await buildPerson(t.db, { orgUnitId: unit.id });
      await buildRoleAssignment(t.db, { personId: person.id, domainId: domain.id, role: 'business_steward' });
    }
    const query = `query($first: Int!) { people(first: $first) { totalCount nodes {
      name orgUnit { name path } councilSeats { role }
      roles { role raci domain { name path responsibilities { inherited } } person { name } } } } }`;
    let ten: unknown;
    let hundred: unknown;
    const statementsFor10 = await t.countQueries(async () => {
      ten = await t.graphql(query, { first: 10 }, { cookie: viewer });
    });
    const statementsFor100 = await t.countQueries(async () => {
      hundred = await t.graphql(query, { first: 100 }, { cookie: viewer });
    });
    expect((ten as { errors?: unknown }).errors).toBeUndefined();
    expect((hundred as { data: { people: { nodes: unknown[] } } }).data.people.nodes).toHaveLength(100);
    expect(statementsFor100).toBe(statementsFor10);
    expect(statementsFor10).toBeLessThanOrEqual(14);
  });

  it('pages the domain tree for the responsibility matrix with a constant number of statements', async () => {
    const query = `query($first: Int!) { domains(first: $first) { nodes { name depth
      responsibilities { inherited heldOn { name } assignment { role raci person { name } } } } } }`;
    const small = await t.countQueries(() => t.graphql(query, { first: 2 }, { cookie: viewer }));
    const large = await t.countQueries(() => t.graphql(query, { first: 100 }, { cookie: viewer }));
    expect(large).toBe(small);
  });
});

describe('single look-ups', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    cookie = await t.signInAs('viewer');
  });
  afterAll(async () => t?.close());

  it('answer null for an unknown or malformed id, not an error', async () => {
    const result = await t.graphql(
      `{ a: person(id: "0b9ab1c3-7a4e-4f0e-8a57-0d3c9a1f2e44") { name } b: domain(id: "not-a-uuid") { name }
         c: orgUnit(id: "42") { name } d: council(id: "") { name } }`,
      {},
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null, c: null, d: null });
  });
});
