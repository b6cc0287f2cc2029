import { type DbHandle, dataAssets, dataFields, notifications, rootCauses, tickets, ticketWatchers } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import type { Actor } from '@steward/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestIngest, runIngestJob } from '../catalog/ingest.js';
import { createSecretBox } from '../catalog/secret-box.js';
import { createDataSource } from '../catalog/sources.js';
import { proposeTerm } from '../glossary/proposals.js';
import type { Clock } from '../shared/use-case.js';
import {
  buildDomain,
  buildGlossary,
  buildPerson,
  buildRoleAssignment,
  countAuditEvents,
  createTestSource,
  type TestSource,
  testActor,
} from '../testing/index.js';
import { issueMeasures } from './measures.js';
import { myWork } from './my-work.js';
import {
  linkedRecordsOfTickets,
  listTickets,
  notificationsOf,
  timelinesOfTickets,
  watchersOfTickets,
} from './queries.js';
import { createRootCause, linkTicket, unlinkTicket, updateRootCause, watchTicket } from './settings.js';
import { sweepSlaBreaches } from './sla-sweep.js';
import { assignTicket, commentOnTicket, createTicket, transitionTicket, updateTicket } from './tickets.js';

/** A clock the test moves by hand. */
function movableClock(start: string) {
  let now = new Date(start);
  const clock: Clock = { now: () => new Date(now) };
  return { clock, set: (at: string) => (now = new Date(at)) };
}

describe.each(testDrivers())('issue tickets on %s', (driver) => {
  let handle: DbHandle;
  let source: TestSource;
  let reporter: Actor;
  let stewardActor: Actor;
  let ownerActor: Actor;
  let outsider: Actor;
  let stewardId: string;
  let ownerId: string;
  let parentDomainName: string;
  let parentDomainId: string;
  let customerEmailFieldId: string;
  let rootCauseId: string;
  const secrets = createSecretBox('test-key');

  beforeAll(async () => {
    handle = await createTestDb(driver);
    source = await createTestSource('pglite');
    await source.exec(`create schema crm; create table crm.customer (id integer primary key, email text);`);
    // Customer (owner and steward) > Consumer customer (nobody of its own) ← the CRM source.
    const parent = await buildDomain(handle.db, { name: 'Customer' });
    parentDomainName = parent.name;
    parentDomainId = parent.id;
    const child = await buildDomain(handle.db, { name: 'Consumer customer', parentId: parent.id });
    const steward = await buildPerson(handle.db, { name: 'Steve Panic', email: 'steve.panic@test.example' });
    const owner = await buildPerson(handle.db, { name: 'Olive Owner' });
    const reporterPerson = await buildPerson(handle.db, { name: 'Rita Reporter' });
    const outsiderPerson = await buildPerson(handle.db);
    stewardId = steward.id;
    ownerId = owner.id;
    await buildRoleAssignment(handle.db, { personId: steward.id, domainId: parent.id, role: 'business_steward' });
    await buildRoleAssignment(handle.db, { personId: owner.id, domainId: parent.id, role: 'data_owner' });
    reporter = testActor('architect', { personId: reporterPerson.id, label: 'rita@test.example' });
    stewardActor = testActor('steward', { personId: steward.id, label: 'steve@test.example' });
    ownerActor = testActor('executive', { personId: owner.id });
    outsider = testActor('architect', { personId: outsiderPerson.id });
    const admin = testActor('admin');
    const created = await createDataSource(
      handle.db,
      admin,
      { name: 'CRM', domainId: child.id, connection: { ...source.credentials, schemas: ['crm'] } },
      secrets,
    );
    const job = await requestIngest(handle.db, admin, { sourceId: created.id });
    await runIngestJob(handle.db, job.id, { sourceId: created.id, actor: admin }, secrets);
    const [field] = await handle.db
      .select({ id: dataFields.id })
      .from(dataFields)
      .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
      .where(and(eq(dataAssets.name, 'customer'), eq(dataFields.name, 'email')));
    customerEmailFieldId = field!.id;
    const [cause] = await handle.db.select().from(rootCauses).where(eq(rootCauses.code, 'missing_validation'));
    rootCauseId = cause!.id;
  });
  afterAll(async () => {
    await source?.close();
    await handle?.close();
  });

  it('routes a ticket on a column to the steward its table inherits, and the accountable owner watches it', async () => {
    const ticket = await createTicket(handle.db, reporter, {
      kind: 'data_quality',
      title: 'Customer emails without an @',
      priority: 'P2',
      links: [{ type: 'field', id: customerEmailFieldId }],
    });
    expect(ticket.key).toMatch(/^DQ-\d+$/);
    expect(ticket.assigneeId).toBe(stewardId);
    expect(ticket.route).toMatchObject({
      kind: 'link',
      via: 'crm.customer.email',
      role: 'business_steward',
      inheritedFrom: parentDomainName,
    });
    const [watchers] = await watchersOfTickets(handle.db, [ticket.id]);
    expect(watchers).toEqual(
      expect.arrayContaining([
        { personId: reporter.personId, reason: 'reporter' },
        { personId: ownerId, reason: 'accountable_owner' },
      ]),
    );
    const [links] = await linkedRecordsOfTickets(handle.db, [ticket.id]);
    expect(links).toEqual([expect.objectContaining({ type: 'field', label: 'crm.customer.email' })]);
    const assigned = await notificationsOf(handle.db, stewardId);
    expect(assigned.nodes[0]).toMatchObject({ kind: 'assigned', ticketId: ticket.id });
  });

  it('falls back to the domain steward, then to the triage queue, and numbers keys per kind', async () => {
    const glossary = await buildGlossary(handle.db);
    const { term } = await proposeTerm(handle.db, stewardActor, {
      glossaryId: glossary.id,
      content: { name: 'Churn', definition: 'Customers who left.' },
    });
    const viaDomain = await createTicket(handle.db, reporter, {
      kind: 'definition',
      title: 'Churn means two things',
      links: [{ type: 'term', id: term.id }],
      domainId: parentDomainId,
    });
    expect(viaDomain).toMatchObject({ assigneeId: stewardId, route: { kind: 'domain', via: 'Customer' } });
    const unrouted = await createTicket(handle.db, reporter, { kind: 'definition', title: 'Nobody owns this' });
    expect(unrouted.assigneeId).toBeNull();
    expect(unrouted.route).toMatchObject({ kind: 'triage_queue' });
    expect(Number(unrouted.key.split('-')[1])).toBe(Number(viaDomain.key.split('-')[1]) + 1);
    expect(unrouted.key).toMatch(/^DEF-/);
    const queue = await listTickets(handle.db, { filter: { unassigned: true, active: true } });
    expect(queue.nodes.map((ticket) => ticket.id)).toContain(unrouted.id);
  });

  it('walks the lifecycle, refuses a resolution without a root cause and writes nothing for it', async () => {
    const ticket = await createTicket(handle.db, reporter, {
      kind: 'data_quality',
      title: 'Duplicate customers',
      links: [{ type: 'field', id: customerEmailFieldId }],
    });
    const triaged = await transitionTicket(handle.db, stewardActor, { id: ticket.id, version: 1, action: 'triage' });
    expect(triaged.triagedAt).not.toBeNull();
    const started = await transitionTicket(handle.db, stewardActor, {
      id: ticket.id,
      version: triaged.version,
      action: 'start',
    });
    const before = await countAuditEvents(handle.db, ticket.id);
    const refused = transitionTicket(handle.db, stewardActor, {
      id: ticket.id,
      version: started.version,
      action: 'resolve',
    });
    await expect(refused).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'rootCauseId', message: expect.any(String) },
        { field: 'resolution', message: expect.any(String) },
      ],
    });
    expect(await countAuditEvents(handle.db, ticket.id)).toBe(before);
    await expect(
      transitionTicket(handle.db, outsider, { id: ticket.id, version: started.version, action: 'block', comment: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      transitionTicket(handle.db, stewardActor, { id: ticket.id, version: started.version, action: 'close' }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION', field: 'action' });
    const resolved = await transitionTicket(handle.db, stewardActor, {
      id: ticket.id,
      version: started.version,
      action: 'resolve',
      rootCauseId,
      resolution: 'Merged the duplicates and added a unique index.',
    });
    expect(resolved).toMatchObject({ status: 'resolved', rootCauseId });
    const closed = await transitionTicket(handle.db, reporter, {
      id: ticket.id,
      version: resolved.version,
      action: 'close',
    });
    expect(closed.status).toBe('closed');
    const [timeline] = await timelinesOfTickets(handle.db, [ticket.id]);
    expect(timeline!.map((event) => [event.kind, event.data.to ?? null])).toEqual([
      ['created', null],
      ['transition', 'triaged'],
      ['transition', 'in_progress'],
      ['transition', 'resolved'],
      ['transition', 'closed'],
    ]);
    // Reopening needs a reason and restarts the SLA clock.
    const reopened = await transitionTicket(handle.db, reporter, {
      id: ticket.id,
      version: closed.version,
      action: 'reopen',
      comment: 'Still duplicated in the web shop.',
    });
    expect(reopened).toMatchObject({ status: 'open', rootCauseId: null, resolvedAt: null, closedAt: null });
    expect(reopened.slaStartedAt.getTime()).toBeGreaterThanOrEqual(closed.updatedAt.getTime());
  });

  it('computes due dates from the priority, recomputes them on a new priority, and a sweep flags and escalates a breach once', async () => {
    // Friday 2026-11-27 16:00 UTC; P3 = triage 1 working day, resolve 10 (Mon–Fri 09–17 UTC).
    const time = movableClock('2026-11-27T16:00:00Z');
    const ticket = await createTicket(
      handle.db,
      reporter,
      { kind: 'data_quality', title: 'Stale loyalty tiers', links: [{ type: 'field', id: customerEmailFieldId }] },
      { clock: time.clock },
    );
    expect(ticket.triageDueAt.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(ticket.resolveDueAt.toISOString()).toBe('2026-12-11T16:00:00.000Z');
    // P1 counts every hour: triage in 1 h, resolve in 8 h from the same start.
    const urgent = await updateTicket(
      handle.db,
      stewardActor,
      { id: ticket.id, version: ticket.version, priority: 'P1' },
      { clock: time.clock },
    );
    expect(urgent.triageDueAt.toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(urgent.resolveDueAt.toISOString()).toBe('2026-11-28T00:00:00.000Z');

    time.set('2026-11-27T16:59:00Z');
    await sweepSlaBreaches(handle.db, time.clock);
    const [timelineEarly] = await timelinesOfTickets(handle.db, [ticket.id]);
    expect(timelineEarly!.some((event) => event.kind === 'sla_breach')).toBe(false);

    time.set('2026-11-27T17:30:00Z');
    await sweepSlaBreaches(handle.db, time.clock);
    time.set('2026-11-27T18:00:00Z');
    await sweepSlaBreaches(handle.db, time.clock);
    const [timeline] = await timelinesOfTickets(handle.db, [ticket.id]);
    const breaches = timeline!.filter((event) => event.kind === 'sla_breach');
    expect(breaches.map((event) => event.data.stage)).toEqual(['triage']);
    expect(timeline!.filter((event) => event.kind === 'escalation')).toEqual([
      expect.objectContaining({ data: { stage: 'triage', toIds: [ownerId] } }),
    ]);
    const [watcher] = await handle.db
      .select()
      .from(ticketWatchers)
      .where(and(eq(ticketWatchers.ticketId, ticket.id), eq(ticketWatchers.personId, ownerId)));
    expect(watcher).toBeDefined();
    const ownerInbox = await handle.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, ownerId), eq(notifications.kind, 'escalated')));
    expect(ownerInbox.map((row) => row.ticketId)).toContain(ticket.id);

    // After the resolution due date as well: the resolve stage breaches, once.
    time.set('2026-11-28T01:00:00Z');
    await sweepSlaBreaches(handle.db, time.clock);
    await sweepSlaBreaches(handle.db, time.clock);
    const [after] = await timelinesOfTickets(handle.db, [ticket.id]);
    expect(after!.filter((event) => event.kind === 'sla_breach').map((event) => event.data.stage)).toEqual([
      'triage',
      'resolve',
    ]);
    const [row] = await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row!.resolveBreachedAt?.toISOString()).toBe('2026-11-28T01:00:00.000Z');
    const overdue = await listTickets(handle.db, { filter: { overdue: true }, now: new Date('2026-11-28T01:00:00Z') });
    expect(overdue.nodes.map((node) => node.id)).toContain(ticket.id);
  });

  it('notifies people a comment mentions and makes them watchers; lets the owner reassign', async () => {
    const ticket = await createTicket(handle.db, reporter, {
      kind: 'access',
      title: 'Marketing cannot read consent flags',
      links: [{ type: 'field', id: customerEmailFieldId }],
    });
    const mentionee = await buildPerson(handle.db, { email: 'mia.mention@test.example' });
    await commentOnTicket(handle.db, reporter, {
      id: ticket.id,
      body: '@mia.mention can you confirm? (cc @nobody.here)',
    });
    const inbox = await notificationsOf(handle.db, mentionee.id);
    expect(inbox.nodes).toEqual([expect.objectContaining({ kind: 'mentioned', ticketId: ticket.id })]);
    expect(inbox.unreadCount).toBe(1);
    const [watchers] = await watchersOfTickets(handle.db, [ticket.id]);
    expect(watchers).toContainEqual({ personId: mentionee.id, reason: 'mentioned' });
    await expect(
      assignTicket(handle.db, outsider, { id: ticket.id, version: ticket.version, assigneeId: mentionee.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const handed = await assignTicket(handle.db, ownerActor, {
      id: ticket.id,
      version: ticket.version,
      assigneeId: mentionee.id,
    });
    expect(handed.assigneeId).toBe(mentionee.id);
    await expect(
      createTicket(handle.db, testActor('viewer'), { kind: 'other', title: 'A viewer cannot report' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createTicket(handle.db, reporter, { kind: 'other', title: 'x', links: [{ type: 'asset', id: ticket.id }] }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    await expect(
      createTicket(handle.db, reporter, {
        kind: 'other',
        title: 'Bad link',
        links: [{ type: 'asset', id: ticket.id }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'links.0.id' });
  });

  it("puts a steward's assigned tickets in My work by due date, and measures the flow", async () => {
    const work = await myWork(handle.db, stewardActor);
    const ticketItems = work.filter((item) => item.kind === 'ticket');
    expect(ticketItems.length).toBeGreaterThan(0);
    const dues = work.map((item) => item.dueAt?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const measures = await issueMeasures(handle.db, { to: new Date(Date.now() + 3600_000) });
    expect(measures.openByPriority.map((entry) => entry.priority)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(measures.openByPriority.reduce((sum, entry) => sum + entry.count, 0)).toBeGreaterThan(0);
    expect(measures.resolvedCount).toBe(0); // the one resolved ticket was reopened
    expect(measures.backlogOldestAgeDays).not.toBeNull();
  });

  it('manages the root-cause taxonomy: a retired cause stays on old tickets but cannot resolve new ones', async () => {
    const cause = await createRootCause(handle.db, stewardActor, {
      code: 'vendor_feed',
      label: 'Vendor feed late',
      description: 'A supplier file arrived after the cut-off.',
    });
    await expect(
      createRootCause(handle.db, stewardActor, { code: 'vendor_feed', label: 'Again' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: 'code' });
    await expect(
      createRootCause(handle.db, reporter, { code: 'x_y', label: 'Architects may not' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const retired = await updateRootCause(handle.db, stewardActor, {
      id: cause.id,
      version: cause.version,
      active: false,
    });
    expect(retired.active).toBe(false);
    const ticket = await createTicket(handle.db, reporter, {
      kind: 'data_quality',
      title: 'Late prices',
      links: [{ type: 'field', id: customerEmailFieldId }],
    });
    await expect(
      transitionTicket(handle.db, stewardActor, {
        id: ticket.id,
        version: ticket.version,
        action: 'resolve',
        rootCauseId: cause.id,
        resolution: 'Waited.',
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'rootCauseId' });
  });

  it('links and unlinks records and lets a person watch, each on the timeline or the watcher list', async () => {
    const ticket = await createTicket(handle.db, reporter, { kind: 'other', title: 'Ownership of loyalty data' });
    const [asset] = await handle.db
      .select({ id: dataAssets.id })
      .from(dataAssets)
      .where(eq(dataAssets.name, 'customer'));
    await linkTicket(handle.db, reporter, { id: ticket.id, link: { type: 'asset', id: asset!.id } });
    await expect(
      linkTicket(handle.db, reporter, { id: ticket.id, link: { type: 'asset', id: asset!.id } }),
    ).rejects.toMatchObject({ field: 'link.id' });
    let [links] = await linkedRecordsOfTickets(handle.db, [ticket.id]);
    expect(links!.map((link) => link.label)).toEqual(['crm.customer']);
    await expect(
      unlinkTicket(handle.db, outsider, { id: ticket.id, link: { type: 'asset', id: asset!.id } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await unlinkTicket(handle.db, stewardActor, { id: ticket.id, link: { type: 'asset', id: asset!.id } });
    [links] = await linkedRecordsOfTickets(handle.db, [ticket.id]);
    expect(links).toEqual([]);
    const [timeline] = await timelinesOfTickets(handle.db, [ticket.id]);
    expect(timeline!.map((event) => event.kind)).toEqual(['created', 'link', 'unlink']);
    await watchTicket(handle.db, outsider, { id: ticket.id, watching: true });
    let [watchers] = await watchersOfTickets(handle.db, [ticket.id]);
    expect(watchers).toContainEqual({ personId: outsider.personId, reason: 'chose' });
    await watchTicket(handle.db, outsider, { id: ticket.id, watching: false });
    [watchers] = await watchersOfTickets(handle.db, [ticket.id]);
    expect(watchers!.map((watcher) => watcher.personId)).not.toContain(outsider.personId);
  });
});
