import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { domains, people } from './stewardship.js';

/** The last number handed out per key prefix (`DQ` → 42), taken with an atomic upsert. */
export const ticketKeyCounters = pgTable('ticket_key_counter', {
  prefix: text().primaryKey(),
  last: integer().notNull(),
});

/** The root-cause taxonomy a ticket is resolved with; retired causes stay for old tickets. */
export const rootCauses = pgTable(
  'root_cause',
  {
    ...recordColumns,
    code: text().notNull(),
    label: text().notNull(),
    description: text(),
    active: boolean().notNull().default(true),
    position: integer().notNull().default(0),
  },
  (table) => [uniqueIndex('root_cause_code_key').on(table.code)],
);

/** Time to triage and to resolve per priority; a missing priority uses the built-in default. */
export const slaTargets = pgTable(
  'sla_target',
  {
    ...recordColumns,
    priority: text().notNull(),
    triageMinutes: integer().notNull(),
    resolveMinutes: integer().notNull(),
    clock: text().notNull(),
  },
  (table) => [
    uniqueIndex('sla_target_priority_key').on(table.priority),
    check('sla_target_priority_check', sql`${table.priority} in ('P1', 'P2', 'P3', 'P4')`),
    check('sla_target_clock_check', sql`${table.clock} in ('calendar', 'business')`),
    check(
      'sla_target_minutes_check',
      sql`${table.triageMinutes} > 0 and ${table.resolveMinutes} >= ${table.triageMinutes}`,
    ),
  ],
);

/** The working week business-hours SLAs count in (one row; absent means the default week). */
export const slaCalendars = pgTable('sla_calendar', {
  ...recordColumns,
  timeZone: text().notNull(),
  workdays: integer().array().notNull(),
  dayStart: text().notNull(),
  dayEnd: text().notNull(),
  holidays: text().array().notNull().default(sql`'{}'::text[]`),
});

export const tickets = pgTable(
  'ticket',
  {
    ...recordColumns,
    key: text().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    description: text(),
    priority: text().notNull(),
    status: text().notNull().default('open'),
    reporterId: uuid().references(() => people.id, { onDelete: 'set null' }),
    assigneeId: uuid().references(() => people.id, { onDelete: 'set null' }),
    domainId: uuid().references(() => domains.id, { onDelete: 'set null' }),
    rootCauseId: uuid().references(() => rootCauses.id, { onDelete: 'restrict' }),
    resolution: text(),
    duplicateOfId: uuid().references((): AnyPgColumn => tickets.id, { onDelete: 'set null' }),
    /** How the ticket was routed at creation (link, domain or triage queue, and via what). */
    route: jsonb(),
    slaStartedAt: timestamp({ withTimezone: true }).notNull(),
    triageDueAt: timestamp({ withTimezone: true }).notNull(),
    resolveDueAt: timestamp({ withTimezone: true }).notNull(),
    triagedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    triageBreachedAt: timestamp({ withTimezone: true }),
    resolveBreachedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('ticket_key_key').on(table.key),
    index('ticket_assignee_status_idx').on(table.assigneeId, table.status),
    index('ticket_status_due_idx').on(table.status, table.resolveDueAt),
    index('ticket_domain_idx').on(table.domainId),
    index('ticket_created_idx').on(table.createdAt, table.id),
    index('ticket_title_trgm_idx').using('gin', sql`${table.title} gin_trgm_ops`),
    check(
      'ticket_kind_check',
      sql`${table.kind} in ('data_quality', 'definition', 'access', 'policy_exception', 'duplicate_review', 'other')`,
    ),
    check('ticket_priority_check', sql`${table.priority} in ('P1', 'P2', 'P3', 'P4')`),
    check(
      'ticket_status_check',
      sql`${table.status} in ('open', 'triaged', 'in_progress', 'blocked', 'resolved', 'closed', 'wont_fix', 'duplicate')`,
    ),
    check('ticket_not_own_duplicate', sql`${table.duplicateOfId} is distinct from ${table.id}`),
  ],
);

/** What a ticket concerns. Not a foreign key: the targets live in several tables. */
export const ticketLinks = pgTable(
  'ticket_link',
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    targetType: text().notNull(),
    targetId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
  },
  (table) => [
    primaryKey({ columns: [table.ticketId, table.targetType, table.targetId] }),
    index('ticket_link_target_idx').on(table.targetType, table.targetId),
    check('ticket_link_type_check', sql`${table.targetType} in ('term', 'asset', 'field', 'quality_rule')`),
  ],
);

export const ticketWatchers = pgTable(
  'ticket_watcher',
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Why they watch: reporter, accountable_owner, mentioned, escalated, chose. */
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.ticketId, table.personId] }),
    index('ticket_watcher_person_idx').on(table.personId),
  ],
);

/**
 * A ticket's timeline: comments, transitions, assignments, priority changes, links, SLA
 * breaches and escalations, quality results. Append-only like the audit log.
 */
export const ticketEvents = pgTable(
  'ticket_event',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    /** Order of writing: events of one moment (a breach and its escalation) keep their order. */
    sequence: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    actorPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    /** Who did it, readable even when there is no person (Steward itself, a deleted account). */
    actorLabel: text().notNull(),
    body: text(),
    data: jsonb().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    index('ticket_event_ticket_idx').on(table.ticketId, table.at, table.sequence),
    check(
      'ticket_event_kind_check',
      sql`${table.kind} in ('created', 'comment', 'transition', 'assignment', 'priority', 'update', 'link', 'unlink', 'watch', 'sla_breach', 'escalation', 'quality_result')`,
    ),
  ],
);

/** In-app notifications: a mention, an assignment, an escalation. */
export const notifications = pgTable(
  'notification',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'cascade' }),
    ticketEventId: uuid().references(() => ticketEvents.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index('notification_person_idx').on(table.personId, table.createdAt),
    index('notification_unread_idx').on(table.personId).where(sql`${table.readAt} is null`),
    check(
      'notification_kind_check',
      sql`${table.kind} in ('assigned', 'mentioned', 'escalated', 'breached', 'status_changed', 'commented')`,
    ),
  ],
);

/** An outgoing webhook: issue events POSTed to a URL, signed with its secret (sealed at rest). */
export const webhooks = pgTable('webhook', {
  ...recordColumns,
  name: text().notNull(),
  url: text().notNull(),
  events: text().array().notNull(),
  /** The signing secret, sealed with the server key (it must be read back to sign). */
  sealedSecret: text().notNull(),
  active: boolean().notNull().default(true),
});

/**
 * Events waiting to be delivered, written in the transaction of the change they report (so a
 * rolled-back change sends nothing) and delivered by a dispatcher that claims rows with a lease.
 */
export const webhookOutbox = pgTable(
  'webhook_outbox',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventType: text().notNull(),
    payload: jsonb().notNull(),
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    lockedUntil: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    index('webhook_outbox_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    index('webhook_outbox_webhook_idx').on(table.webhookId, table.createdAt),
    check('webhook_outbox_status_check', sql`${table.status} in ('pending', 'delivered', 'failed')`),
  ],
);

/** Every attempt to deliver an outbox event: what the receiver answered, or why it could not. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempt',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    outboxId: uuid()
      .notNull()
      .references(() => webhookOutbox.id, { onDelete: 'cascade' }),
    attempt: integer().notNull(),
    statusCode: integer(),
    error: text(),
    durationMs: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [index('webhook_delivery_attempt_outbox_idx').on(table.outboxId, table.attempt)],
);
