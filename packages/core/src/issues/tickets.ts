import {
  domains,
  people,
  type Queryable,
  rootCauses,
  ticketKeyCounters,
  ticketLinks,
  tickets,
  ticketWatchers,
} from '@steward/db';
import {
  type Actor,
  assertMayEditTicket,
  assignTicketInputSchema,
  can,
  commentOnTicketInputSchema,
  computeSlaDueDates,
  createTicketInputSchema,
  InputError,
  NotAllowedError,
  NotFoundError,
  planTicketTransition,
  routeTicket,
  type Ticket,
  type TicketLinkInput,
  type TicketPriority,
  type TicketRelation,
  type TicketRoute,
  type TicketStatus,
  ticketKeyPrefixes,
  transitionTicketInputSchema,
  updateTicketInputSchema,
} from '@steward/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion } from '../shared/versioning.js';
import { loadSlaPolicy } from './sla-policy.js';
import { assertLinksExist, describeLinkedRecords, resolveRoutingTargets } from './targets.js';
import { addWatchers, appendTicketEvent, notifyPeople, resolveMentions } from './timeline.js';

type TicketRow = typeof tickets.$inferSelect;

export interface StoredTicket extends Ticket {
  route: TicketRoute | null;
}

export const toTicket = (row: TicketRow): StoredTicket => ({
  ...row,
  kind: row.kind as Ticket['kind'],
  priority: row.priority as TicketPriority,
  status: row.status as TicketStatus,
  route: (row.route as TicketRoute | null) ?? null,
});

async function nextTicketKey(tx: Queryable, prefix: string): Promise<string> {
  const [row] = await tx
    .insert(ticketKeyCounters)
    .values({ prefix, last: 1 })
    .onConflictDoUpdate({ target: ticketKeyCounters.prefix, set: { last: sql`${ticketKeyCounters.last} + 1` } })
    .returning({ last: ticketKeyCounters.last });
  return `${prefix}-${row!.last}`;
}

async function assertActivePeople(tx: Queryable, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: people.id, active: people.active })
    .from(people)
    .where(inArray(people.id, [...ids]));
  ids.forEach((id, index) => {
    const person = rows.find((row) => row.id === id);
    const at = ids.length === 1 && !field.endsWith('s') ? field : `${field}.${index}`;
    if (!person) throw new NotFoundError('Person', id, { field: at });
    if (!person.active) throw InputError.forField(at, 'is no longer active; choose someone who is');
  });
}

async function assertDomainExists(tx: Queryable, domainId: string | null | undefined): Promise<void> {
  if (!domainId) return;
  const [found] = await tx.select({ id: domains.id }).from(domains).where(eq(domains.id, domainId));
  if (!found) throw new NotFoundError('Domain', domainId, { field: 'domainId' });
}

/** What one ticket links to, as link inputs. */
export async function linksOfTicket(tx: Queryable, ticketId: string): Promise<TicketLinkInput[]> {
  const rows = await tx
    .select({ type: ticketLinks.targetType, id: ticketLinks.targetId })
    .from(ticketLinks)
    .where(eq(ticketLinks.ticketId, ticketId));
  return rows as TicketLinkInput[];
}

/** Who answers, now, for what an existing ticket links to and for its domain. */
export async function routingTargetsOfTicket(tx: Queryable, ticket: Pick<Ticket, 'id' | 'domainId'>) {
  const described = (await describeLinkedRecords(tx, await linksOfTicket(tx, ticket.id))).filter(
    (record) => record !== undefined,
  );
  return resolveRoutingTargets(tx, described, ticket.domainId);
}

/** How the actor stands to a ticket: decides the moves they may make (see the lifecycle). */
export async function ticketRelationsOf(tx: Queryable, actor: Actor, ticket: Ticket): Promise<Set<TicketRelation>> {
  const relations = new Set<TicketRelation>();
  if (actor.kind === 'system') relations.add('system');
  if (can(actor, 'issues:triage')) relations.add('triager');
  const personId = actor.personId;
  if (!personId) return relations;
  if (ticket.reporterId === personId) relations.add('reporter');
  if (ticket.assigneeId === personId) relations.add('assignee');
  const [watching] = await tx
    .select({ personId: ticketWatchers.personId })
    .from(ticketWatchers)
    .where(and(eq(ticketWatchers.ticketId, ticket.id), eq(ticketWatchers.personId, personId)));
  if (watching) relations.add('watcher');
  const targets = await routingTargetsOfTicket(tx, ticket);
  for (const target of [...targets.links, ...(targets.domain ? [targets.domain] : [])]) {
    for (const responsible of target.responsibles) {
      if (responsible.personId !== personId) continue;
      if (responsible.role === 'data_owner' && responsible.raci === 'A') relations.add('accountable_owner');
      if (['business_steward', 'technical_steward', 'custodian'].includes(responsible.role)) {
        relations.add('responsible_steward');
      }
    }
  }
  return relations;
}

/**
 * Reports an issue. It is routed to the steward responsible for what it links to (inherited
 * through domains), else its domain's steward, else the triage queue; the accountable owners
 * watch it; its SLA due dates come from its priority.
 */
export const createTicket = defineUseCase({
  action: 'issues.ticket.create',
  input: createTicketInputSchema,
  permission: 'issues:report',
  async run({ tx, actor, audit, now }, input): Promise<StoredTicket> {
    const linked = await assertLinksExist(tx, input.links);
    await assertDomainExists(tx, input.domainId);
    if (input.assigneeId) await assertActivePeople(tx, [input.assigneeId], 'assigneeId');
    await assertActivePeople(tx, input.watcherIds, 'watcherIds');
    const domainId = input.domainId ?? linked.find((record) => record.domainId)?.domainId ?? null;
    const targets = await resolveRoutingTargets(tx, linked, domainId);
    const route = routeTicket(targets.links, targets.domain);
    const assigneeId = input.assigneeId ?? route.assigneeId;
    const policy = await loadSlaPolicy(tx);
    const due = computeSlaDueDates(policy.targets[input.priority], policy.calendar, now);
    const [row] = await tx
      .insert(tickets)
      .values({
        key: await nextTicketKey(tx, ticketKeyPrefixes[input.kind]),
        kind: input.kind,
        title: input.title,
        description: input.description,
        priority: input.priority,
        status: 'open',
        reporterId: actor.personId,
        assigneeId,
        domainId,
        route: input.assigneeId ? null : route,
        slaStartedAt: now,
        ...due,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const ticket = toTicket(row!);
    if (input.links.length > 0) {
      await tx
        .insert(ticketLinks)
        .values(
          input.links.map((link) => ({
            ticketId: ticket.id,
            targetType: link.type,
            targetId: link.id,
            createdBy: actor.accountId,
          })),
        )
        .onConflictDoNothing();
    }
    await addWatchers(tx, ticket.id, [actor.personId], 'reporter');
    await addWatchers(tx, ticket.id, route.accountableOwnerIds, 'accountable_owner');
    await addWatchers(tx, ticket.id, input.watcherIds, 'chose');
    const event = await appendTicketEvent(tx, actor, {
      ticketId: ticket.id,
      kind: 'created',
      data: { route: ticket.route, assigneeId, priority: ticket.priority, links: input.links },
      at: now,
    });
    await notifyPeople(tx, actor, [assigneeId], {
      kind: 'assigned',
      ticketId: ticket.id,
      ticketEventId: event.id,
      text: `${ticket.key} ${ticket.title} was assigned to you`,
      at: now,
    });
    await audit({
      entityType: 'Ticket',
      entityId: ticket.id,
      after: ticket,
      relatedIds: [domainId, assigneeId, ...input.links.map((link) => link.id)],
    });
    return ticket;
  },
});

async function lockTicket(tx: Queryable, id: string, version: number | null): Promise<StoredTicket> {
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).for('update');
  if (version === null) {
    if (!row) throw new NotFoundError('Ticket', id, { field: 'id' });
  } else {
    assertVersion('Ticket', row, id, version);
  }
  return toTicket(row as TicketRow);
}

/**
 * Moves a ticket through its lifecycle (lifecycle.ts decides what is allowed, for whom, and what
 * it needs). Resolving records the root cause; reopening restarts the SLA clock.
 */
export const transitionTicket = defineUseCase({
  action: 'issues.ticket.transition',
  input: transitionTicketInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, input): Promise<StoredTicket> {
    const current = await lockTicket(tx, input.id, input.version);
    const relations = await ticketRelationsOf(tx, actor, current);
    const to = planTicketTransition(current.status, input, relations);
    if (input.action === 'resolve' && input.rootCauseId) {
      const [cause] = await tx
        .select({ active: rootCauses.active })
        .from(rootCauses)
        .where(eq(rootCauses.id, input.rootCauseId));
      if (!cause) throw new NotFoundError('RootCause', input.rootCauseId, { field: 'rootCauseId' });
      if (!cause.active) throw InputError.forField('rootCauseId', 'is retired; choose a current root cause');
    }
    if (input.action === 'mark_duplicate' && input.duplicateOfId) {
      if (input.duplicateOfId === current.id) throw InputError.forField('duplicateOfId', 'must be another issue');
      const [original] = await tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, input.duplicateOfId));
      if (!original) throw new NotFoundError('Ticket', input.duplicateOfId, { field: 'duplicateOfId' });
    }
    const patch: Partial<TicketRow> = { status: to };
    if (!current.triagedAt && current.status === 'open' && to !== 'open') patch.triagedAt = now;
    if (input.action === 'resolve') {
      Object.assign(patch, { resolvedAt: now, rootCauseId: input.rootCauseId, resolution: input.resolution });
    }
    if (input.action === 'close') patch.closedAt = now;
    if (input.action === 'clear') Object.assign(patch, { resolvedAt: now, closedAt: now, resolution: input.comment });
    if (input.action === 'wont_fix') Object.assign(patch, { closedAt: now, resolution: input.resolution });
    if (input.action === 'mark_duplicate') Object.assign(patch, { closedAt: now, duplicateOfId: input.duplicateOfId });
    if (input.action === 'reopen') {
      const policy = await loadSlaPolicy(tx);
      Object.assign(patch, {
        slaStartedAt: now,
        ...computeSlaDueDates(policy.targets[current.priority], policy.calendar, now),
        triagedAt: null,
        resolvedAt: null,
        closedAt: null,
        triageBreachedAt: null,
        resolveBreachedAt: null,
        rootCauseId: null,
        resolution: null,
        duplicateOfId: null,
      });
    }
    const [row] = await tx
      .update(tickets)
      .set({ ...patch, version: current.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(tickets.id, current.id))
      .returning();
    const ticket = toTicket(row!);
    const event = await appendTicketEvent(tx, actor, {
      ticketId: ticket.id,
      kind: 'transition',
      body: input.comment,
      data: {
        action: input.action,
        from: current.status,
        to,
        rootCauseId: input.action === 'resolve' ? input.rootCauseId : null,
        resolution: input.resolution,
        duplicateOfId: input.duplicateOfId,
      },
      at: now,
    });
    await notifyPeople(tx, actor, [ticket.assigneeId, ticket.reporterId], {
      kind: 'status_changed',
      ticketId: ticket.id,
      ticketEventId: event.id,
      text: `${ticket.key} is now ${to.replace('_', ' ')}`,
      at: now,
    });
    await audit({
      entityType: 'Ticket',
      entityId: ticket.id,
      before: { status: current.status },
      after: { status: to, rootCauseId: ticket.rootCauseId, resolution: ticket.resolution },
    });
    return ticket;
  },
});

/** Hands a ticket to someone, or back to the triage queue (null). */
export const assignTicket = defineUseCase({
  action: 'issues.ticket.assign',
  input: assignTicketInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, assigneeId }): Promise<StoredTicket> {
    const current = await lockTicket(tx, id, version);
    assertMayEditTicket(await ticketRelationsOf(tx, actor, current), 'reassign');
    if (assigneeId) await assertActivePeople(tx, [assigneeId], 'assigneeId');
    const [row] = await tx
      .update(tickets)
      .set({ assigneeId, version: current.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(tickets.id, id))
      .returning();
    const ticket = toTicket(row!);
    const event = await appendTicketEvent(tx, actor, {
      ticketId: id,
      kind: 'assignment',
      data: { from: current.assigneeId, to: assigneeId },
      at: now,
    });
    await notifyPeople(tx, actor, [assigneeId], {
      kind: 'assigned',
      ticketId: id,
      ticketEventId: event.id,
      text: `${ticket.key} ${ticket.title} was assigned to you`,
      at: now,
    });
    await audit({
      entityType: 'Ticket',
      entityId: id,
      before: { assigneeId: current.assigneeId },
      after: { assigneeId },
      relatedIds: [current.assigneeId, assigneeId],
    });
    return ticket;
  },
});

/**
 * Edits a ticket's title, description, priority or domain. A new priority recomputes both due
 * dates from when the SLA clock started, under that priority's targets.
 */
export const updateTicket = defineUseCase({
  action: 'issues.ticket.update',
  input: updateTicketInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<StoredTicket> {
    const current = await lockTicket(tx, id, version);
    const relations = await ticketRelationsOf(tx, actor, current);
    const onlyWords = patch.priority === undefined && patch.domainId === undefined;
    if (!(onlyWords && relations.has('reporter'))) assertMayEditTicket(relations, 'change');
    await assertDomainExists(tx, patch.domainId);
    const changes: Partial<TicketRow> = {};
    if (patch.title !== undefined && patch.title !== current.title) changes.title = patch.title;
    if (patch.description !== undefined && patch.description !== current.description) {
      changes.description = patch.description;
    }
    if (patch.domainId !== undefined && patch.domainId !== current.domainId) changes.domainId = patch.domainId;
    const priorityChanged = patch.priority !== undefined && patch.priority !== current.priority;
    if (priorityChanged) {
      const policy = await loadSlaPolicy(tx);
      const due = computeSlaDueDates(policy.targets[patch.priority!], policy.calendar, current.slaStartedAt);
      Object.assign(changes, { priority: patch.priority, ...due, triageBreachedAt: null, resolveBreachedAt: null });
    }
    const [row] = await tx
      .update(tickets)
      .set({ ...changes, version: current.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(tickets.id, id))
      .returning();
    const ticket = toTicket(row!);
    if (priorityChanged) {
      await appendTicketEvent(tx, actor, {
        ticketId: id,
        kind: 'priority',
        data: {
          from: current.priority,
          to: ticket.priority,
          triageDueAt: ticket.triageDueAt.toISOString(),
          resolveDueAt: ticket.resolveDueAt.toISOString(),
        },
        at: now,
      });
    }
    const edited = Object.keys(changes).filter((key) => ['title', 'description', 'domainId'].includes(key));
    if (edited.length > 0) {
      await appendTicketEvent(tx, actor, { ticketId: id, kind: 'update', data: { fields: edited }, at: now });
    }
    await audit({
      entityType: 'Ticket',
      entityId: id,
      before: Object.fromEntries(Object.keys(changes).map((key) => [key, current[key as keyof StoredTicket]])),
      after: changes,
    });
    return ticket;
  },
});

/** A comment on a ticket's timeline; `@name` mentions notify those people and make them watchers. */
export const commentOnTicket = defineUseCase({
  action: 'issues.ticket.comment',
  input: commentOnTicketInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, body }) {
    const ticket = await lockTicket(tx, id, null);
    const relations = await ticketRelationsOf(tx, actor, ticket);
    if (!can(actor, 'issues:report') && relations.size === 0) {
      throw new NotAllowedError('Only people who work on or report issues may comment.');
    }
    const mentioned = await resolveMentions(tx, body);
    const [author] = actor.personId
      ? await tx.select({ name: people.name }).from(people).where(eq(people.id, actor.personId))
      : [];
    const who = author?.name ?? actor.label;
    const event = await appendTicketEvent(tx, actor, {
      ticketId: id,
      kind: 'comment',
      body,
      data: { mentionedIds: mentioned.map((person) => person.id) },
      at: now,
    });
    await addWatchers(
      tx,
      id,
      mentioned.map((person) => person.id),
      'mentioned',
    );
    await notifyPeople(
      tx,
      actor,
      mentioned.map((person) => person.id),
      {
        kind: 'mentioned',
        ticketId: id,
        ticketEventId: event.id,
        text: `${who} mentioned you on ${ticket.key} ${ticket.title}`,
        at: now,
      },
    );
    const mentionedIds = new Set(mentioned.map((person) => person.id));
    await notifyPeople(
      tx,
      actor,
      [ticket.assigneeId].filter((personId) => personId && !mentionedIds.has(personId)),
      {
        kind: 'commented',
        ticketId: id,
        ticketEventId: event.id,
        text: `${who} commented on ${ticket.key} ${ticket.title}`,
        at: now,
      },
    );
    await tx.update(tickets).set({ updatedAt: now }).where(eq(tickets.id, id));
    await audit({ entityType: 'TicketComment', entityId: event.id, after: { body }, relatedIds: [id] });
    return event;
  },
});
