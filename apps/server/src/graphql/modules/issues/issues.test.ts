import { proposeTerm } from '@steward/core';
import { buildAccount, buildDomain, buildGlossary, buildPerson, termContent, testActor } from '@steward/core/testing';
import { notifications } from '@steward/db';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }
  ... on ConflictError { currentVersion }`;

interface Outcome {
  __typename: string;
  code?: string;
  field?: string | null;
  message?: string;
  fieldErrors?: { field: string; message: string }[];
  currentVersion?: number | null;
}

interface CreatedTicket {
  id: string;
  key: string;
  version: number;
  status: string;
  triageDueAt: string;
  assignee: { id: string } | null;
  reporter: { id: string } | null;
  route: { kind: string; via: string | null; role: string | null } | null;
  watchers: { person: { id: string }; reason: string }[];
  sla: { stage: string; state: string; dueAt: string };
  timeline: { kind: string; assignee: { id: string } | null }[];
}

const createdFields = `id key version status triageDueAt assignee { id } reporter { id } route { kind via role }
  watchers { person { id } reason } sla { stage state dueAt } timeline { kind assignee { id } }`;

describe.each(testDrivers())('the issues API on %s', (driver) => {
  let t: TestApp;
  /** The reporter: a steward-role account linked to a person. */
  let reporterCookie: string;
  let reporterId: string;
  /** S: the business steward of the domain (a steward-role account of their own). */
  let stewardCookie: string;
  let stewardId: string;
  /** O: the domain's data owner (raci A), an executive. */
  let ownerCookie: string;
  let ownerId: string;
  /** A viewer-role account without a person. */
  let viewerCookie: string;
  let domainId: string;
  let domainName: string;

  beforeAll(async () => {
    t = await createTestApp(driver);
    const reporter = await t.signInAsPerson('steward');
    reporterCookie = reporter.cookie;
    reporterId = reporter.person.id;
    const steward = await t.signInAsPerson('steward');
    stewardCookie = steward.cookie;
    stewardId = steward.person.id;
    const owner = await t.signInAsPerson('executive');
    ownerCookie = owner.cookie;
    ownerId = owner.person.id;
    viewerCookie = await t.signInAs('viewer');

    // The domain and its responsibilities, through the stewardship mutations.
    domainName = `Warranty claims ${driver}`;
    const domain = await t.graphql<{ createDomain: { __typename: string; data: { id: string } } }>(
      `mutation($input: CreateDomainInput!) { createDomain(input: $input) { ${outcome}
         ... on CreateDomainSuccess { data { id } } } }`,
      { input: { name: domainName } },
      { cookie: reporterCookie },
    );
    expect(domain.data?.createDomain.__typename).toBe('CreateDomainSuccess');
    domainId = domain.data!.createDomain.data.id;
    for (const [personId, role] of [
      [stewardId, 'business_steward'],
      [ownerId, 'data_owner'],
    ]) {
      const assigned = await t.graphql<{ assignRole: Outcome }>(
        `mutation($input: AssignRoleInput!) { assignRole(input: $input) { ${outcome} } }`,
        { input: { personId, role, scope: { type: 'domain', id: domainId } } },
        { cookie: reporterCookie },
      );
      expect(assigned.data?.assignRole.__typename).toBe('AssignRoleSuccess');
    }
  });
  afterAll(async () => t?.close());

  async function createTicket<T = { id: string; key: string; version: number }>(
    cookie: string,
    input: Record<string, unknown>,
    selection = 'id key version',
  ) {
    const result = await t.graphql<{ createTicket: Outcome & { data: T } }>(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${outcome}
         ... on CreateTicketSuccess { data { ${selection} } } } }`,
      { input },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createTicket;
  }

  async function newTicket(title: string, extra: Record<string, unknown> = {}) {
    const created = await createTicket(reporterCookie, { kind: 'data_quality', title, domainId, ...extra });
    expect(created.__typename).toBe('CreateTicketSuccess');
    return created.data;
  }

  async function transition<T = { id: string; version: number; status: string }>(
    cookie: string,
    input: Record<string, unknown>,
    selection = 'id version status',
  ) {
    const result = await t.graphql<{ transitionTicket: Outcome & { data: T } }>(
      `mutation($input: TransitionTicketInput!) { transitionTicket(input: $input) { ${outcome}
         ... on TransitionTicketSuccess { data { ${selection} } } } }`,
      { input },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.transitionTicket;
  }

  async function actionsOf(cookie: string, id: string) {
    const result = await t.graphql<{ ticket: { availableActions: string[] } | null }>(
      'query($id: ID!) { ticket(id: $id) { availableActions } }',
      { id },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.ticket!.availableActions;
  }

  it('routes a data-quality ticket on a domain to its business steward, with the owner watching and the triage clock running', async () => {
    const created = await createTicket<CreatedTicket>(
      reporterCookie,
      { kind: 'data_quality', title: 'Warranty claims without a serial number', domainId },
      createdFields,
    );
    expect(created.__typename).toBe('CreateTicketSuccess');
    const ticket = created.data;
    expect(ticket.key).toMatch(/^DQ-\d+$/);
    expect(ticket.status).toBe('open');
    expect(ticket.assignee).toEqual({ id: stewardId });
    expect(ticket.reporter).toEqual({ id: reporterId });
    expect(ticket.route).toEqual({ kind: 'domain', via: domainName, role: 'business_steward' });
    expect(ticket.watchers).toContainEqual({ person: { id: ownerId }, reason: 'accountable_owner' });
    expect(ticket.watchers).toContainEqual({ person: { id: reporterId }, reason: 'reporter' });
    expect(ticket.sla).toEqual({ stage: 'triage', state: 'on_track', dueAt: ticket.triageDueAt });
    expect(ticket.timeline).toEqual([{ kind: 'created', assignee: { id: stewardId } }]);
  });

  it('offers each person the moves they may make, and refuses a viewer a ticket with a ForbiddenError', async () => {
    const ticket = await newTicket('Claims dated in the future');
    const forSteward = await actionsOf(stewardCookie, ticket.id);
    expect(forSteward).toEqual(expect.arrayContaining(['triage', 'start', 'resolve']));
    expect(forSteward).not.toContain('close');
    expect(forSteward).not.toContain('reopen');
    // The accountable owner may only close it as won't fix while it is open.
    expect(await actionsOf(ownerCookie, ticket.id)).toEqual(['wont_fix']);
    expect(await actionsOf(viewerCookie, ticket.id)).toEqual([]);

    const refused = await createTicket(viewerCookie, {
      kind: 'data_quality',
      title: 'A viewer cannot report',
      domainId,
    });
    expect(refused).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', message: expect.any(String) });
  });

  it('refuses a resolution without a root cause naming both fields, resolves with one, and refuses a stale version', async () => {
    const ticket = await newTicket('Claims counted twice');
    const missing = await transition(stewardCookie, { id: ticket.id, version: ticket.version, action: 'resolve' });
    expect(missing).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT' });
    expect(missing.fieldErrors!.map((error) => error.field).sort()).toEqual(['resolution', 'rootCauseId']);

    const causes = await t.graphql<{ rootCauses: { id: string; code: string; active: boolean }[] }>(
      '{ rootCauses { id code active } }',
      {},
      { cookie: viewerCookie },
    );
    expect(causes.errors).toBeUndefined();
    expect(causes.data!.rootCauses.length).toBeGreaterThan(0);
    const cause = causes.data!.rootCauses[0]!;
    expect(cause.active).toBe(true);

    const resolved = await transition<{
      version: number;
      status: string;
      resolution: string;
      rootCause: { code: string } | null;
      timeline: { kind: string; action: string | null; toStatus: string | null; rootCause: { code: string } | null }[];
    }>(
      stewardCookie,
      {
        id: ticket.id,
        version: ticket.version,
        action: 'resolve',
        rootCauseId: cause.id,
        resolution: 'Deduplicated the claims feed.',
      },
      'version status resolution rootCause { code } timeline { kind action toStatus rootCause { code } }',
    );
    expect(resolved.__typename).toBe('TransitionTicketSuccess');
    expect(resolved.data).toMatchObject({
      version: ticket.version + 1,
      status: 'resolved',
      resolution: 'Deduplicated the claims feed.',
      rootCause: { code: cause.code },
    });
    expect(resolved.data.timeline).toEqual([
      { kind: 'created', action: null, toStatus: null, rootCause: null },
      { kind: 'transition', action: 'resolve', toStatus: 'resolved', rootCause: { code: cause.code } },
    ]);

    const stale = await transition(reporterCookie, { id: ticket.id, version: ticket.version, action: 'close' });
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      field: 'version',
      currentVersion: ticket.version + 1,
    });
  });

  it('notifies the person a comment mentions by the local part of their email, until they read it', async () => {
    const ticket = await newTicket('Claims with a negative amount');
    const mentionee = await buildPerson(t.db);
    const { account, password } = await buildAccount(t.db, { role: 'viewer', personId: mentionee.id });
    const mentioneeCookie = await t.signIn(account.email, password);
    const handle = mentionee.email!.split('@')[0]!;

    const commented = await t.graphql<{
      commentOnTicket: Outcome & { data: { event: { kind: string; body: string; people: { id: string }[] } } };
    }>(
      `mutation($input: CommentOnTicketInput!) { commentOnTicket(input: $input) { ${outcome}
         ... on CommentOnTicketSuccess { data { event { kind body people { id } } } } } }`,
      { input: { id: ticket.id, body: `@${handle} could you check the refunds? (cc @nobody.here)` } },
      { cookie: reporterCookie },
    );
    expect(commented.errors).toBeUndefined();
    expect(commented.data!.commentOnTicket.__typename).toBe('CommentOnTicketSuccess');
    expect(commented.data!.commentOnTicket.data.event).toMatchObject({
      kind: 'comment',
      people: [{ id: mentionee.id }],
    });

    const inbox = `{ myNotifications { unreadCount nodes { kind readAt ticket { key } } } }`;
    const before = await t.graphql<{
      myNotifications: {
        unreadCount: number;
        nodes: { kind: string; readAt: string | null; ticket: { key: string } }[];
      };
    }>(inbox, {}, { cookie: mentioneeCookie });
    expect(before.errors).toBeUndefined();
    expect(before.data!.myNotifications).toEqual({
      unreadCount: 1,
      nodes: [{ kind: 'mentioned', readAt: null, ticket: { key: ticket.key } }],
    });
    // The assignee hears of the comment too, the author of it does not.
    const stewardInbox = await t.graphql<{ myNotifications: { nodes: { kind: string; ticket: { key: string } }[] } }>(
      inbox,
      {},
      { cookie: stewardCookie },
    );
    expect(stewardInbox.data!.myNotifications.nodes).toContainEqual(
      expect.objectContaining({ kind: 'commented', ticket: { key: ticket.key } }),
    );

    const read = await t.graphql<{
      markNotificationsRead: { data: { unreadCount: number; nodes: { readAt: string | null }[] } };
    }>(
      'mutation { markNotificationsRead(input: {}) { ... on MarkNotificationsReadSuccess { data { unreadCount nodes { readAt } } } } }',
      {},
      { cookie: mentioneeCookie },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.markNotificationsRead.data.unreadCount).toBe(0);
    expect(read.data!.markNotificationsRead.data.nodes[0]!.readAt).not.toBeNull();
    const after = await t.graphql<{ myNotifications: { unreadCount: number } }>(
      '{ myNotifications { unreadCount } }',
      {},
      { cookie: mentioneeCookie },
    );
    expect(after.data!.myNotifications.unreadCount).toBe(0);
  });

  it("lists the steward's tickets in My work, soonest due first", async () => {
    const slow = await newTicket('Claims without a dealer', { priority: 'P4' });
    const urgent = await newTicket('Claims feed stopped', { priority: 'P1' });
    const result = await t.graphql<{
      myWork: { kind: string; dueAt: string | null; priority: string | null; ticket: { key: string } | null }[];
    }>('{ myWork { kind dueAt priority ticket { key } } }', {}, { cookie: stewardCookie });
    expect(result.errors).toBeUndefined();
    const work = result.data!.myWork;
    const tickets = work.filter((item) => item.kind === 'ticket');
    expect(tickets).toContainEqual({
      kind: 'ticket',
      dueAt: expect.any(String),
      priority: 'P1',
      ticket: { key: urgent.key },
    });
    expect(tickets).toContainEqual({
      kind: 'ticket',
      dueAt: expect.any(String),
      priority: 'P4',
      ticket: { key: slow.key },
    });
    const keys = tickets.map((item) => item.ticket!.key);
    expect(keys.indexOf(urgent.key)).toBeLessThan(keys.indexOf(slow.key));
    const dues = work.map((item) => (item.dueAt ? Date.parse(item.dueAt) : Number.POSITIVE_INFINITY));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    // The reporter is not the assignee: none of these tickets wait on them.
    const reporterWork = await t.graphql<{ myWork: { ticket: { key: string } | null }[] }>(
      '{ myWork { ticket { key } } }',
      {},
      { cookie: reporterCookie },
    );
    expect(reporterWork.data!.myWork.map((item) => item.ticket?.key)).not.toContain(urgent.key);
  });

  it('lists 12 active tickets with their people, domain, SLA, links and watchers in as many statements as 2', async () => {
    // Enough active tickets across two domains, half of them on glossary terms.
    const glossary = await buildGlossary(t.db);
    const otherSteward = await buildPerson(t.db);
    const otherDomain = await buildDomain(t.db);
    await t.graphql(
      `mutation($input: AssignRoleInput!) { assignRole(input: $input) { __typename } }`,
      { input: { personId: otherSteward.id, role: 'business_steward', scope: { type: 'domain', id: otherDomain.id } } },
      { cookie: reporterCookie },
    );
    for (let index = 0; index < 12; index++) {
      const links = [];
      if (index % 2 === 0) {
        const { term } = await proposeTerm(t.db, testActor('steward', { personId: reporterId }), {
          glossaryId: glossary.id,
          content: termContent(),
        });
        links.push({ type: 'term', id: term.id });
      }
      await newTicket(`Batch ticket ${index}`, {
        domainId: index % 3 === 0 ? otherDomain.id : domainId,
        priority: (['P1', 'P2', 'P3', 'P4'] as const)[index % 4],
        links,
      });
    }
    const query = `query($first: Int!) { tickets(first: $first, filter: { active: true }) { totalCount nodes {
      key assignee { name } reporter { name } domain { name } sla { state } links { label }
      watchers { person { name } } } } }`;
    type Listed = {
      tickets: {
        totalCount: number;
        nodes: { key: string; links: { label: string }[]; watchers: unknown[]; domain: { name: string } | null }[];
      };
    };
    let two: Awaited<ReturnType<typeof t.graphql<Listed>>> | undefined;
    let twelve: Awaited<ReturnType<typeof t.graphql<Listed>>> | undefined;
    const statementsFor2 = await t.countQueries(async () => {
      two = await t.graphql<Listed>(query, { first: 2 }, { cookie: viewerCookie });
    });
    const statementsFor12 = await t.countQueries(async () => {
      twelve = await t.graphql<Listed>(query, { first: 12 }, { cookie: viewerCookie });
    });
    expect(two!.errors).toBeUndefined();
    expect(twelve!.errors).toBeUndefined();
    expect(two!.data!.tickets.nodes).toHaveLength(2);
    expect(twelve!.data!.tickets.nodes).toHaveLength(12);
    expect(twelve!.data!.tickets.totalCount).toBeGreaterThanOrEqual(12);
    expect(twelve!.data!.tickets.nodes.some((node) => node.links.length > 0)).toBe(true);
    // 11 on both drivers when written (sign-in, page, count, SLA policy, the loaders).
    expect(statementsFor12).toBe(statementsFor2);
    expect(statementsFor2).toBeLessThanOrEqual(11);
  });

  it('finds a ticket by its key, and answers null for an id that is no UUID', async () => {
    const ticket = await newTicket('Claims on retired models');
    const result = await t.graphql<{
      byKey: { id: string; key: string } | null;
      byLowerKey: { id: string } | null;
      malformed: { id: string } | null;
      unknown: { id: string } | null;
      unknownKey: { id: string } | null;
    }>(
      `query($key: String!, $lowerKey: String!) {
        byKey: ticket(key: $key) { id key }
        byLowerKey: ticket(key: $lowerKey) { id }
        malformed: ticket(id: "not-a-uuid") { id }
        unknown: ticket(id: "0b9ab1c3-7a4e-4f0e-8a57-0d3c9a1f2e44") { id }
        unknownKey: ticket(key: "DQ-999999") { id }
      }`,
      { key: ticket.key, lowerKey: ticket.key.toLowerCase() },
      { cookie: viewerCookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      byKey: { id: ticket.id, key: ticket.key },
      byLowerKey: { id: ticket.id },
      malformed: null,
      unknown: null,
      unknownKey: null,
    });
  });
  it('searches titles literally: "%" and "DQ-_" are not wildcards', async () => {
    await newTicket('Claims with an empty model code');
    const result = await t.graphql<{ percent: { totalCount: number }; underscore: { totalCount: number } }>(
      `{ percent: tickets(filter: { search: "%" }) { totalCount }
         underscore: tickets(filter: { search: "DQ-_" }) { totalCount } }`,
      {},
      { cookie: viewerCookie },
    );
    expect(result.errors).toBeUndefined();
    // No title contains "%" or "DQ-_" and no key is either: nothing should match.
    expect(result.data).toEqual({ percent: { totalCount: 0 }, underscore: { totalCount: 0 } });
  });

  it('refuses a malformed notification id as bad input, not an internal error', async () => {
    const result = await t.graphql<{ markNotificationsRead: { __typename: string; code: string } }>(
      'mutation { markNotificationsRead(input: { ids: ["not-a-uuid"] }) { __typename ... on Error { code } } }',
      {},
      { cookie: stewardCookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.markNotificationsRead).toEqual({ __typename: 'InputError', code: 'BAD_USER_INPUT' });
  });

  it('caps notifications at 100 and never lets a negative size lift the cap', async () => {
    const person = await buildPerson(t.db);
    const { account, password } = await buildAccount(t.db, { role: 'viewer', personId: person.id });
    const cookie = await t.signIn(account.email, password);
    await t.db.insert(notifications).values(
      Array.from({ length: 105 }, (_, index) => ({
        personId: person.id,
        kind: 'commented',
        text: `Notification ${index}`,
        createdAt: new Date(Date.now() - index * 1000),
      })),
    );
    const capped = await t.graphql<{ myNotifications: { nodes: unknown[] } }>(
      '{ myNotifications(first: 500) { nodes { id } } }',
      {},
      { cookie },
    );
    expect(capped.data!.myNotifications.nodes).toHaveLength(100);
    const negative = await t.graphql<{ myNotifications: { nodes: unknown[] } } | null>(
      '{ myNotifications(first: -1) { nodes { id } } }',
      {},
      { cookie },
    );
    // Either refused as bad input (as tickets(first: -1) is) or capped like any other page size.
    if (negative.errors) expect(negative.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    else expect(negative.data!.myNotifications.nodes.length).toBeLessThanOrEqual(100);
  });
});
