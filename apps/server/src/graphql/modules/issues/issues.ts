import {
  assignTicket,
  commentOnTicket,
  createRootCause,
  createTicket,
  type GovernanceTask,
  getRootCauses,
  getTicketByKey,
  getTickets,
  issueMeasures,
  type LinkedRecord,
  linkedRecordsOfTickets,
  linkTicket,
  listRootCauses,
  listTickets,
  loadSlaPolicy,
  markNotificationsRead,
  myWork,
  type Notification,
  notificationsOf,
  type SlaPolicy,
  type StoredTicket,
  type TicketEvent,
  type TicketWatcher,
  ticketEventKinds,
  ticketOrderings,
  ticketRelationsOf,
  timelinesOfTickets,
  transitionTicket,
  unlinkTicket,
  updateRootCause,
  updateSlaPolicy,
  updateTicket,
  type WorkItem,
  watchersOfTickets,
  watchTicket,
} from '@steward/core';
import {
  availableTicketActions,
  type BusinessCalendar,
  type RootCause,
  readSlaClock,
  type SlaClockReading,
  type SlaTarget,
  slaClocks,
  type TicketRoute,
  ticketActions,
  ticketEditors,
  ticketKinds,
  ticketLinkTypes,
  ticketPriorities,
  ticketStatuses,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { DataAssetRef, DataFieldRef } from '../catalog/catalog.js';
import { GlossaryTermRef, TermProposalRef } from '../glossary/glossary.types.js';
import { GovernanceRoleEnum } from '../stewardship/enums.js';
import { Domain, Person } from '../stewardship/types.js';

const TicketKindEnum = builder.enumType('TicketKind', { values: ticketKinds });
const TicketPriorityEnum = builder.enumType('TicketPriority', { values: ticketPriorities });
const TicketStatusEnum = builder.enumType('TicketStatus', { values: ticketStatuses });
const TicketActionEnum = builder.enumType('TicketAction', { values: ticketActions });
const TicketLinkTypeEnum = builder.enumType('TicketLinkType', { values: ticketLinkTypes });
const TicketEventKindEnum = builder.enumType('TicketEventKind', { values: ticketEventKinds });
const TicketOrderEnum = builder.enumType('TicketOrder', { values: ticketOrderings });
const SlaStateEnum = builder.enumType('SlaState', {
  values: ['on_track', 'at_risk', 'breached', 'met', 'missed'] as const,
});
const SlaStageEnum = builder.enumType('SlaStage', { values: ['triage', 'resolve'] as const });
const SlaClockEnum = builder.enumType('SlaClock', { values: slaClocks });
const RouteKindEnum = builder.enumType('TicketRouteKind', { values: ['link', 'domain', 'triage_queue'] as const });

/** How the signed-in person stands to a ticket, worked out once per request per ticket. */
const relationsOf = (context: GraphQLContext, ticket: StoredTicket) =>
  context.memo(`ticketRelations:${ticket.id}:${ticket.version}`, () =>
    ticketRelationsOf(context.db, actorOf(context), ticket),
  );

/** The SLA policy, read once per request and shared by every ticket's clock. */
const slaPolicyOf = (context: GraphQLContext) => context.memo('slaPolicy', () => loadSlaPolicy(context.db));

export const RootCauseRef = builder.loadableObject('RootCause', {
  description: 'A cause in the root-cause taxonomy tickets are resolved with.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('RootCause', ids, (batch) => getRootCauses(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    code: t.exposeString('code'),
    label: t.exposeString('label'),
    description: t.exposeString('description', { nullable: true }),
    active: t.exposeBoolean('active'),
  }),
});

const TicketRouteRef = builder.objectRef<TicketRoute>('TicketRoute').implement({
  description: 'How a new ticket found its assignee.',
  fields: (t) => ({
    kind: t.field({ type: RouteKindEnum, resolve: (route) => route.kind }),
    via: t.exposeString('via', { nullable: true, description: 'The record whose steward got it.' }),
    role: t.field({ type: GovernanceRoleEnum, nullable: true, resolve: (route) => route.role }),
    inheritedFrom: t.exposeString('inheritedFrom', {
      nullable: true,
      description: 'The domain the responsibility is inherited from, when it is.',
    }),
  }),
});

const SlaClockRef = builder.objectRef<SlaClockReading>('SlaClockReading').implement({
  description: 'Where a ticket stands against its SLA now.',
  fields: (t) => ({
    stage: t.field({ type: SlaStageEnum, resolve: (reading) => reading.stage }),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
    state: t.field({ type: SlaStateEnum, resolve: (reading) => reading.state }),
    clock: t.field({ type: SlaClockEnum, resolve: (reading) => reading.clock }),
    minutesLeft: t.exposeFloat('minutesLeft', {
      nullable: true,
      description: 'SLA minutes left on its clock (negative when overdue); null once done.',
    }),
  }),
});

const TicketLinkRef = builder.objectRef<LinkedRecord>('TicketLink').implement({
  description: 'A record a ticket concerns.',
  fields: (t) => ({
    type: t.field({ type: TicketLinkTypeEnum, resolve: (link) => link.type }),
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    assetId: t.exposeID('assetId', { nullable: true, description: 'The table of a column, or the table itself.' }),
    term: t.field({
      type: GlossaryTermRef,
      nullable: true,
      resolve: (link) => (link.type === 'term' ? link.id : null),
    }),
    asset: t.field({ type: DataAssetRef, nullable: true, resolve: (link) => link.assetId }),
    field: t.field({ type: DataFieldRef, nullable: true, resolve: (link) => (link.type === 'field' ? link.id : null) }),
  }),
});

const TicketWatcherRef = builder.objectRef<TicketWatcher>('TicketWatcher').implement({
  fields: (t) => ({
    person: t.field({ type: Person, resolve: (watcher) => watcher.personId }),
    reason: t.exposeString('reason', {
      description: 'reporter, accountable_owner, mentioned, escalated, assignee or chose.',
    }),
  }),
});

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const ids = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

const TicketEventRef = builder.objectRef<TicketEvent>('TicketEvent').implement({
  description: 'One entry of a ticket’s timeline.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: TicketEventKindEnum, resolve: (event) => event.kind }),
    actor: t.field({ type: Person, nullable: true, resolve: (event) => event.actorPersonId }),
    actorLabel: t.exposeString('actorLabel'),
    body: t.exposeString('body', { nullable: true, description: 'A comment, or the note of a transition (markdown).' }),
    at: t.expose('at', { type: 'DateTime' }),
    action: t.field({ type: TicketActionEnum, nullable: true, resolve: (event) => text(event.data.action) as never }),
    fromStatus: t.field({
      type: TicketStatusEnum,
      nullable: true,
      resolve: (event) => (event.kind === 'transition' ? (text(event.data.from) as never) : null),
    }),
    toStatus: t.field({
      type: TicketStatusEnum,
      nullable: true,
      resolve: (event) => (event.kind === 'transition' ? (text(event.data.to) as never) : null),
    }),
    fromPriority: t.field({
      type: TicketPriorityEnum,
      nullable: true,
      resolve: (event) => (event.kind === 'priority' ? (text(event.data.from) as never) : null),
    }),
    toPriority: t.field({
      type: TicketPriorityEnum,
      nullable: true,
      resolve: (event) =>
        event.kind === 'priority'
          ? (text(event.data.to) as never)
          : event.kind === 'created'
            ? (text(event.data.priority) as never)
            : null,
    }),
    assignee: t.field({
      type: Person,
      nullable: true,
      description: 'Who it went to (a creation or an assignment).',
      resolve: (event) =>
        event.kind === 'assignment'
          ? text(event.data.to)
          : event.kind === 'created'
            ? text(event.data.assigneeId)
            : null,
    }),
    previousAssignee: t.field({
      type: Person,
      nullable: true,
      resolve: (event) => (event.kind === 'assignment' ? text(event.data.from) : null),
    }),
    route: t.field({
      type: TicketRouteRef,
      nullable: true,
      resolve: (event) => (event.kind === 'created' ? ((event.data.route as TicketRoute | null) ?? null) : null),
    }),
    stage: t.field({ type: SlaStageEnum, nullable: true, resolve: (event) => text(event.data.stage) as never }),
    dueAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (event) => (text(event.data.dueAt) ? new Date(String(event.data.dueAt)) : null),
    }),
    people: t.field({
      type: [Person],
      description: 'Whom an escalation went to, or whom a comment mentions.',
      resolve: (event) => ids(event.data.toIds ?? event.data.mentionedIds),
    }),
    rootCause: t.field({ type: RootCauseRef, nullable: true, resolve: (event) => text(event.data.rootCauseId) }),
    resolution: t.string({ nullable: true, resolve: (event) => text(event.data.resolution) }),
  }),
});

export const TicketRef = builder.loadableObject('Ticket', {
  description: 'An issue a steward works: a data-quality defect, a definition dispute, an access request …',
  load: (keys: string[], context: GraphQLContext) =>
    loadOrNotFound('Ticket', keys, (batch) => getTickets(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key', { description: 'DQ-42: the prefix of its kind and its number.' }),
    kind: t.field({ type: TicketKindEnum, resolve: (ticket) => ticket.kind }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true, description: 'Markdown.' }),
    priority: t.field({ type: TicketPriorityEnum, resolve: (ticket) => ticket.priority }),
    status: t.field({ type: TicketStatusEnum, resolve: (ticket) => ticket.status }),
    reporter: t.field({ type: Person, nullable: true, resolve: (ticket) => ticket.reporterId }),
    assignee: t.field({ type: Person, nullable: true, resolve: (ticket) => ticket.assigneeId }),
    domain: t.field({ type: Domain, nullable: true, resolve: (ticket) => ticket.domainId }),
    rootCause: t.field({ type: RootCauseRef, nullable: true, resolve: (ticket) => ticket.rootCauseId }),
    resolution: t.exposeString('resolution', { nullable: true }),
    route: t.field({ type: TicketRouteRef, nullable: true, resolve: (ticket) => ticket.route }),
    triageDueAt: t.expose('triageDueAt', { type: 'DateTime' }),
    resolveDueAt: t.expose('resolveDueAt', { type: 'DateTime' }),
    triagedAt: t.expose('triagedAt', { type: 'DateTime', nullable: true }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    sla: t.field({
      type: SlaClockRef,
      resolve: async (ticket, _args, context) => {
        const policy = await slaPolicyOf(context);
        return readSlaClock(ticket, policy.targets[ticket.priority], policy.calendar, new Date());
      },
    }),
    links: t.loadableList({
      type: TicketLinkRef,
      load: (keys: string[], context: GraphQLContext) => linkedRecordsOfTickets(context.db, keys),
      resolve: (ticket) => ticket.id,
    }),
    watchers: t.loadableList({
      type: TicketWatcherRef,
      load: (keys: string[], context: GraphQLContext) => watchersOfTickets(context.db, keys),
      resolve: (ticket) => ticket.id,
    }),
    timeline: t.loadableList({
      type: TicketEventRef,
      description: 'Comments, transitions, assignments, SLA events: the newest 500, oldest first.',
      load: (keys: string[], context: GraphQLContext) => timelinesOfTickets(context.db, keys),
      resolve: (ticket) => ticket.id,
    }),
    availableActions: t.field({
      type: [TicketActionEnum],
      description: 'The moves the signed-in person may make now (only these are offered).',
      resolve: async (ticket, _args, context) =>
        availableTicketActions(ticket.status, await relationsOf(context, ticket)),
    }),
    watching: t.boolean({
      description: 'Is the signed-in person watching it.',
      resolve: async (ticket, _args, context) => (await relationsOf(context, ticket)).has('watcher'),
    }),
    canEdit: t.boolean({
      description: 'May the signed-in person reassign it or change its priority.',
      resolve: async (ticket, _args, context) => {
        const relations = await relationsOf(context, ticket);
        return ticketEditors.some((relation) => relations.has(relation));
      },
    }),
  }),
});

builder.objectField(TicketRef, 'duplicateOf', (t) =>
  t.field({ type: TicketRef, nullable: true, resolve: (ticket) => ticket.duplicateOfId }),
);

const TicketConnection = connectionOf(TicketRef, 'Ticket');

const SlaTargetRef = builder.objectRef<SlaTarget>('SlaTarget').implement({
  fields: (t) => ({
    priority: t.field({ type: TicketPriorityEnum, resolve: (target) => target.priority }),
    triageMinutes: t.exposeInt('triageMinutes'),
    resolveMinutes: t.exposeInt('resolveMinutes'),
    clock: t.field({ type: SlaClockEnum, resolve: (target) => target.clock }),
  }),
});

const BusinessCalendarRef = builder.objectRef<BusinessCalendar>('BusinessCalendar').implement({
  description: 'The working week business-hours SLAs count in.',
  fields: (t) => ({
    timeZone: t.exposeString('timeZone'),
    workdays: t.exposeIntList('workdays', { description: 'ISO weekdays: 1 is Monday, 7 Sunday.' }),
    dayStart: t.exposeString('dayStart'),
    dayEnd: t.exposeString('dayEnd'),
    holidays: t.exposeStringList('holidays', { description: 'Local dates, YYYY-MM-DD.' }),
  }),
});

const SlaPolicyRef = builder.objectRef<SlaPolicy>('SlaPolicy').implement({
  fields: (t) => ({
    targets: t.field({
      type: [SlaTargetRef],
      resolve: (policy) => ticketPriorities.map((priority) => policy.targets[priority]),
    }),
    calendar: t.field({ type: BusinessCalendarRef, resolve: (policy) => policy.calendar }),
  }),
});

const WorkItemKindEnum = builder.enumType('WorkItemKind', {
  values: ['ticket', 'proposal', 'suggestions', 'task'] as const,
});
const GovernanceTaskAreaEnum = builder.enumType('GovernanceTaskArea', {
  values: ['questionnaire', 'attestation', 'policy_approval', 'document_approval'] as const,
});

const GovernanceTaskRef = builder.objectRef<GovernanceTask>('GovernanceTask').implement({
  description:
    'Governance work owed: a questionnaire to answer, a control to attest, a version or document to approve.',
  fields: (t) => ({
    area: t.field({ type: GovernanceTaskAreaEnum, resolve: (task) => task.area }),
    subject: t.exposeString('subject', { description: 'The assessment, control, policy or document.' }),
    context: t.exposeString('context', {
      nullable: true,
      description: 'The policy of a control; the number of the version waiting.',
    }),
    href: t.exposeString('href'),
  }),
});

const WorkItemRef = builder.objectRef<WorkItem>('WorkItem').implement({
  description: 'Something waiting on the signed-in person.',
  fields: (t) => ({
    kind: t.field({ type: WorkItemKindEnum, resolve: (item) => item.kind }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    priority: t.field({ type: TicketPriorityEnum, nullable: true, resolve: (item) => item.priority }),
    ticket: t.field({
      type: TicketRef,
      nullable: true,
      resolve: (item) => (item.kind === 'ticket' ? item.ticket : null),
    }),
    proposal: t.field({
      type: TermProposalRef,
      nullable: true,
      resolve: (item) => (item.kind === 'proposal' ? item.proposal : null),
    }),
    suggestionCount: t.int({
      nullable: true,
      description: 'Classification and term-link suggestions waiting for a curator.',
      resolve: (item) => (item.kind === 'suggestions' ? item.suggestionCount : null),
    }),
    task: t.field({
      type: GovernanceTaskRef,
      nullable: true,
      resolve: (item) => (item.kind === 'task' ? item.task : null),
    }),
  }),
});

const NotificationRef = builder.objectRef<Notification>('Notification').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', {
      description: 'assigned, mentioned, escalated, breached, status_changed, commented.',
    }),
    text: t.exposeString('text'),
    ticket: t.field({ type: TicketRef, nullable: true, resolve: (item) => item.ticketId }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
  }),
});

const NotificationListRef = builder
  .objectRef<{ nodes: Notification[]; unreadCount: number }>('NotificationList')
  .implement({
    fields: (t) => ({
      nodes: t.field({ type: [NotificationRef], resolve: (list) => list.nodes }),
      unreadCount: t.exposeInt('unreadCount'),
    }),
  });

const PriorityCountRef = builder
  .objectRef<{ priority: (typeof ticketPriorities)[number]; count: number }>('PriorityCount')
  .implement({
    fields: (t) => ({
      priority: t.field({ type: TicketPriorityEnum, resolve: (entry) => entry.priority }),
      count: t.exposeInt('count'),
    }),
  });

const IssueMeasuresRef = builder.objectRef<Awaited<ReturnType<typeof issueMeasures>>>('IssueMeasures').implement({
  description: 'The issue flow over a period: what the scorecard shows.',
  fields: (t) => ({
    openByPriority: t.field({ type: [PriorityCountRef], resolve: (measures) => measures.openByPriority }),
    meanHoursToResolve: t.exposeFloat('meanHoursToResolve', { nullable: true }),
    p90HoursToResolve: t.exposeFloat('p90HoursToResolve', { nullable: true }),
    resolvedCount: t.exposeInt('resolvedCount'),
    slaBreachRate: t.exposeFloat('slaBreachRate', { nullable: true }),
    backlogMeanAgeDays: t.exposeFloat('backlogMeanAgeDays', { nullable: true }),
    backlogOldestAgeDays: t.exposeFloat('backlogOldestAgeDays', { nullable: true }),
  }),
});

const TicketLinkFilter = builder.inputType('TicketLinkFilter', {
  fields: (t) => ({
    type: t.field({ type: TicketLinkTypeEnum, required: true }),
    id: t.id({ required: true }),
  }),
});

const TicketFilter = builder.inputType('TicketFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [TicketStatusEnum] }),
    active: t.boolean({ description: 'Only tickets someone still owes work on.' }),
    kinds: t.field({ type: [TicketKindEnum] }),
    priorities: t.field({ type: [TicketPriorityEnum] }),
    assigneeId: t.id(),
    unassigned: t.boolean({ description: 'The triage queue.' }),
    reporterId: t.id(),
    watcherId: t.id(),
    domainId: t.id(),
    overdue: t.boolean({ description: 'Past a due date now.' }),
    linkedTo: t.field({ type: TicketLinkFilter }),
    assetId: t.id({ description: 'Linked to this table or one of its columns.' }),
    search: t.string({ description: 'Words of the title, or a key such as DQ-42.' }),
  }),
});

builder.queryFields((t) => ({
  tickets: t.field({
    type: TicketConnection,
    description: 'Tickets, soonest due first unless ordered otherwise.',
    args: { ...pageArgs(t.arg), filter: t.arg({ type: TicketFilter }), orderBy: t.arg({ type: TicketOrderEnum }) },
    resolve: (_root, args, context) =>
      listTickets(context.db, {
        first: args.first,
        after: args.after,
        orderBy: args.orderBy,
        filter: args.filter as never,
      }),
  }),
  ticket: t.field({
    type: TicketRef,
    nullable: true,
    description: 'A ticket by id, or by its key (DQ-42).',
    args: { id: t.arg.id(), key: t.arg.string() },
    resolve: async (_root, args, context) => {
      if (args.key) return (await getTicketByKey(context.db, args.key)) ?? null;
      return args.id ? findOneOrNull(args.id, (batch) => getTickets(context.db, batch)) : null;
    },
  }),
  rootCauses: t.field({
    type: [RootCauseRef],
    args: { includeRetired: t.arg.boolean() },
    resolve: (_root, args, context) => listRootCauses(context.db, { includeRetired: args.includeRetired ?? false }),
  }),
  slaPolicy: t.field({ type: SlaPolicyRef, resolve: (_root, _args, context) => slaPolicyOf(context) }),
  myWork: t.field({
    type: [WorkItemRef],
    description: 'Everything waiting on the signed-in person: soonest due first, then most urgent.',
    resolve: (_root, _args, context) => myWork(context.db, actorOf(context)),
  }),
  myNotifications: t.field({
    type: NotificationListRef,
    args: { first: t.arg.int(), unreadOnly: t.arg.boolean() },
    resolve: (_root, args, context) => {
      const personId = actorOf(context).personId;
      if (!personId) return { nodes: [], unreadCount: 0 };
      return notificationsOf(context.db, personId, {
        first: args.first ?? 20,
        unreadOnly: args.unreadOnly ?? false,
      });
    },
  }),
  issueMeasures: t.field({
    type: IssueMeasuresRef,
    args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
    resolve: (_root, args, context) =>
      issueMeasures(context.db, { from: args.from ?? undefined, to: args.to ?? undefined }),
  }),
}));

const TicketLinkInput = builder.inputType('TicketLinkInput', {
  fields: (t) => ({
    type: t.field({ type: TicketLinkTypeEnum, required: true }),
    id: t.id({ required: true }),
  }),
});

const CreateTicketInput = builder.inputType('CreateTicketInput', {
  fields: (t) => ({
    kind: t.field({ type: TicketKindEnum, required: true }),
    title: t.string({ required: true }),
    description: t.string({ description: 'Markdown.' }),
    priority: t.field({ type: TicketPriorityEnum, description: 'Default P3.' }),
    domainId: t.id({ description: 'Default: the domain of the first linked record that has one.' }),
    links: t.field({ type: [TicketLinkInput] }),
    assigneeId: t.id({ description: 'Assign to this person instead of routing.' }),
    watcherIds: t.idList(),
  }),
});

const UpdateTicketInput = builder.inputType('UpdateTicketInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    title: t.string(),
    description: t.string(),
    priority: t.field({ type: TicketPriorityEnum, description: 'A new priority recomputes the due dates.' }),
    domainId: t.id(),
  }),
});

const AssignTicketInput = builder.inputType('AssignTicketInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    assigneeId: t.id({ description: 'Null sends it back to the triage queue.' }),
  }),
});

const TransitionTicketInput = builder.inputType('TransitionTicketInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    action: t.field({ type: TicketActionEnum, required: true }),
    comment: t.string({ description: 'Why (required to block or reopen).' }),
    rootCauseId: t.id({ description: 'Required to resolve.' }),
    resolution: t.string({ description: 'What was done (required to resolve or close as won’t fix).' }),
    duplicateOfId: t.id({ description: 'Required to mark as a duplicate.' }),
  }),
});

const CommentOnTicketInput = builder.inputType('CommentOnTicketInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    body: t.string({ required: true, description: 'Markdown; @name.surname mentions notify.' }),
  }),
});

const SlaTargetInput = builder.inputType('SlaTargetInput', {
  fields: (t) => ({
    priority: t.field({ type: TicketPriorityEnum, required: true }),
    triageMinutes: t.int({ required: true }),
    resolveMinutes: t.int({ required: true }),
    clock: t.field({ type: SlaClockEnum, required: true }),
  }),
});

const BusinessCalendarInput = builder.inputType('BusinessCalendarInput', {
  fields: (t) => ({
    timeZone: t.string({ required: true }),
    workdays: t.intList({ required: true }),
    dayStart: t.string({ required: true }),
    dayEnd: t.string({ required: true }),
    holidays: t.stringList(),
  }),
});

const UpdateSlaPolicyInput = builder.inputType('UpdateSlaPolicyInput', {
  fields: (t) => ({
    targets: t.field({ type: [SlaTargetInput] }),
    calendar: t.field({ type: BusinessCalendarInput }),
  }),
});

const CommentRef = builder.objectRef<TicketEvent>('TicketComment').implement({
  fields: (t) => ({ event: t.field({ type: TicketEventRef, resolve: (event) => event }) }),
});

const CreateRootCauseInput = builder.inputType('CreateRootCauseInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'lower_case_with_underscores' }),
    label: t.string({ required: true }),
    description: t.string(),
  }),
});

const UpdateRootCauseInput = builder.inputType('UpdateRootCauseInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    label: t.string(),
    description: t.string(),
    active: t.boolean({ description: 'False retires it: kept on old tickets, not offered for new resolutions.' }),
  }),
});

const TicketLinkChangeInput = builder.inputType('TicketLinkChangeInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The ticket.' }),
    link: t.field({ type: TicketLinkInput, required: true }),
  }),
});

const WatchTicketInput = builder.inputType('WatchTicketInput', {
  fields: (t) => ({ id: t.id({ required: true }), watching: t.boolean({ required: true }) }),
});

const MarkNotificationsReadInput = builder.inputType('MarkNotificationsReadInput', {
  fields: (t) => ({ ids: t.idList({ description: 'Absent: all of them.' }) }),
});

builder.mutationFields((t) => ({
  createTicket: t.field({
    type: TicketRef,
    errors: {},
    description: 'Reports an issue; it is routed to the responsible steward and gets its SLA due dates.',
    args: { input: t.arg({ type: CreateTicketInput, required: true }) },
    resolve: resolveUseCase(createTicket),
  }),
  updateTicket: t.field({
    type: TicketRef,
    errors: {},
    args: { input: t.arg({ type: UpdateTicketInput, required: true }) },
    resolve: resolveUseCase(updateTicket),
  }),
  assignTicket: t.field({
    type: TicketRef,
    errors: {},
    args: { input: t.arg({ type: AssignTicketInput, required: true }) },
    resolve: resolveUseCase(assignTicket),
  }),
  transitionTicket: t.field({
    type: TicketRef,
    errors: {},
    description: 'Moves a ticket through its lifecycle; `availableActions` says which moves are open to you.',
    args: { input: t.arg({ type: TransitionTicketInput, required: true }) },
    resolve: resolveUseCase(transitionTicket),
  }),
  commentOnTicket: t.field({
    type: CommentRef,
    errors: {},
    args: { input: t.arg({ type: CommentOnTicketInput, required: true }) },
    resolve: resolveUseCase(commentOnTicket),
  }),
  updateSlaPolicy: t.field({
    type: SlaPolicyRef,
    errors: {},
    args: { input: t.arg({ type: UpdateSlaPolicyInput, required: true }) },
    resolve: resolveUseCase(updateSlaPolicy),
  }),
  createRootCause: t.field({
    type: RootCauseRef,
    errors: {},
    args: { input: t.arg({ type: CreateRootCauseInput, required: true }) },
    resolve: resolveUseCase(createRootCause),
  }),
  updateRootCause: t.field({
    type: RootCauseRef,
    errors: {},
    args: { input: t.arg({ type: UpdateRootCauseInput, required: true }) },
    resolve: resolveUseCase(updateRootCause),
  }),
  linkTicket: t.field({
    type: TicketRef,
    errors: {},
    args: { input: t.arg({ type: TicketLinkChangeInput, required: true }) },
    resolve: resolveUseCase(linkTicket),
  }),
  unlinkTicket: t.field({
    type: TicketRef,
    errors: {},
    args: { input: t.arg({ type: TicketLinkChangeInput, required: true }) },
    resolve: resolveUseCase(unlinkTicket),
  }),
  watchTicket: t.field({
    type: TicketRef,
    errors: {},
    args: { input: t.arg({ type: WatchTicketInput, required: true }) },
    resolve: resolveUseCase(watchTicket),
  }),
  markNotificationsRead: t.field({
    type: NotificationListRef,
    errors: {},
    args: { input: t.arg({ type: MarkNotificationsReadInput, required: true }) },
    resolve: async (_root, args, context) => {
      const personId = actorOf(context).personId;
      if (!personId) return { nodes: [], unreadCount: 0 };
      await markNotificationsRead(context.db, personId, args.input.ids?.map(String) ?? null);
      return notificationsOf(context.db, personId, { first: 20 });
    },
  }),
}));

export type { RootCause, StoredTicket };
