import {
  dataFields,
  notifications,
  type Queryable,
  rootCauses,
  ticketEvents,
  ticketLinks,
  tickets,
  ticketWatchers,
} from '@steward/db';
import {
  activeTicketStatuses,
  idSchema,
  type Page,
  type PageRequest,
  pageArgsSchema,
  parseInput,
  type RootCause,
  type TicketLinkInput,
  ticketKinds,
  ticketPriorities,
  ticketStatuses,
} from '@steward/domain';
import { and, asc, desc, eq, ilike, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { likePattern } from '../shared/like-pattern.js';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';
import { describeLinkedRecords, type LinkedRecord } from './targets.js';
import { type StoredTicket, toTicket } from './tickets.js';
import type { TicketEvent } from './timeline.js';

export const ticketFilterSchema = z
  .object({
    statuses: z.array(z.enum(ticketStatuses)).max(ticketStatuses.length).nullish(),
    /** Only tickets someone still owes work on (open, triaged, in progress, blocked). */
    active: z.boolean().nullish(),
    kinds: z.array(z.enum(ticketKinds)).max(ticketKinds.length).nullish(),
    priorities: z.array(z.enum(ticketPriorities)).max(4).nullish(),
    assigneeId: idSchema.nullish(),
    /** The triage queue: nobody assigned. */
    unassigned: z.boolean().nullish(),
    reporterId: idSchema.nullish(),
    watcherId: idSchema.nullish(),
    domainId: idSchema.nullish(),
    /** Past a due date right now. */
    overdue: z.boolean().nullish(),
    linkedTo: z.object({ type: z.enum(['term', 'asset', 'field', 'quality_rule']), id: idSchema }).nullish(),
    /** Linked to this table or to one of its columns. */
    assetId: idSchema.nullish(),
    /** Words of the title, or a key such as DQ-42. */
    search: z.string().trim().max(200).nullish(),
  })
  .nullish();
export type TicketFilter = z.input<typeof ticketFilterSchema>;

export const ticketOrderings = ['due', 'priority', 'newest', 'updated'] as const;
export type TicketOrdering = (typeof ticketOrderings)[number];

/** The date a ticket is next due: triage while open, resolution after; far future once done. */
const nextDueSql = sql`case when ${tickets.status} = 'open' then ${tickets.triageDueAt}
  when ${tickets.status} in ('triaged', 'in_progress', 'blocked') then ${tickets.resolveDueAt}
  else 'infinity'::timestamptz end`;

const orderings: Record<TicketOrdering, Ordering> = {
  due: {
    keys: [
      { expression: nextDueSql, type: 'timestamptz' },
      { expression: sql`${tickets.priority}`, type: 'text' },
      { expression: sql`${tickets.id}`, type: 'uuid' },
    ],
    direction: 'asc',
  },
  priority: {
    keys: [
      { expression: sql`${tickets.priority}`, type: 'text' },
      { expression: nextDueSql, type: 'timestamptz' },
      { expression: sql`${tickets.id}`, type: 'uuid' },
    ],
    direction: 'asc',
  },
  newest: {
    keys: [
      { expression: sql`${tickets.createdAt}`, type: 'timestamptz' },
      { expression: sql`${tickets.id}`, type: 'uuid' },
    ],
    direction: 'desc',
  },
  updated: {
    keys: [
      { expression: sql`${tickets.updatedAt}`, type: 'timestamptz' },
      { expression: sql`${tickets.id}`, type: 'uuid' },
    ],
    direction: 'desc',
  },
};

function ticketConditions(filter: NonNullable<z.output<typeof ticketFilterSchema>>, now: Date): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.statuses?.length) conditions.push(inArray(tickets.status, filter.statuses));
  if (filter.active) conditions.push(inArray(tickets.status, [...activeTicketStatuses]));
  if (filter.kinds?.length) conditions.push(inArray(tickets.kind, filter.kinds));
  if (filter.priorities?.length) conditions.push(inArray(tickets.priority, filter.priorities));
  if (filter.assigneeId) conditions.push(eq(tickets.assigneeId, filter.assigneeId));
  if (filter.unassigned) conditions.push(isNull(tickets.assigneeId));
  if (filter.reporterId) conditions.push(eq(tickets.reporterId, filter.reporterId));
  if (filter.domainId) conditions.push(eq(tickets.domainId, filter.domainId));
  if (filter.watcherId) {
    conditions.push(
      sql`${tickets.id} in (select ${ticketWatchers.ticketId} from ${ticketWatchers} where ${ticketWatchers.personId} = ${filter.watcherId})`,
    );
  }
  if (filter.linkedTo) {
    conditions.push(
      sql`${tickets.id} in (select ${ticketLinks.ticketId} from ${ticketLinks} where ${ticketLinks.targetType} = ${filter.linkedTo.type} and ${ticketLinks.targetId} = ${filter.linkedTo.id})`,
    );
  }
  if (filter.assetId) {
    conditions.push(
      sql`${tickets.id} in (select ${ticketLinks.ticketId} from ${ticketLinks} where (${ticketLinks.targetType} = 'asset' and ${ticketLinks.targetId} = ${filter.assetId})
        or (${ticketLinks.targetType} = 'field' and ${ticketLinks.targetId} in (select ${dataFields.id} from ${dataFields} where ${dataFields.assetId} = ${filter.assetId})))`,
    );
  }
  if (filter.overdue) conditions.push(sql`${nextDueSql} < ${now.toISOString()}::timestamptz`);
  if (filter.search) {
    const key = /^[a-z]{2,4}-\d+$/i.test(filter.search) ? filter.search.toUpperCase() : null;
    conditions.push(key ? eq(tickets.key, key) : ilike(tickets.title, likePattern(filter.search)));
  }
  return and(...conditions);
}

/** A page of tickets, filtered and ordered (by default: soonest due first, then priority). */
export async function listTickets(
  db: Queryable,
  args: PageRequest & { filter?: TicketFilter; orderBy?: TicketOrdering | null; now?: Date },
): Promise<Page<StoredTicket>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(ticketFilterSchema, args.filter) ?? {};
  const ordering = orderings[args.orderBy ?? 'due'];
  const where = ticketConditions(filter, args.now ?? new Date());
  const rows = await db
    .select({ row: tickets, cursorKeys: cursorKeysSql(ordering) })
    .from(tickets)
    .where(and(where, afterCursorSql(ordering, after)))
    .orderBy(...orderBySql(ordering))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(tickets).where(where);
  return toPage(
    rows.map((row) => ({ node: toTicket(row.row), cursorKeys: row.cursorKeys })),
    first,
    count,
  );
}

export async function getTickets(db: Queryable, ids: readonly string[]): Promise<(StoredTicket | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(tickets).where(inArray(tickets.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toTicket(row)]));
  return ids.map((id) => byId.get(id));
}

export async function getTicketByKey(db: Queryable, key: string): Promise<StoredTicket | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.key, key.trim().toUpperCase()));
  return row ? toTicket(row) : undefined;
}

/** The newest 500 timeline entries of each ticket, oldest first (a DataLoader batch). */
export async function timelinesOfTickets(db: Queryable, ticketIds: readonly string[]): Promise<TicketEvent[][]> {
  if (ticketIds.length === 0) return [];
  const rows = await db
    .select()
    .from(ticketEvents)
    .where(
      sql`${ticketEvents.id} in (select id from (select id, row_number() over (partition by ticket_id order by at desc, sequence desc) as n
        from ticket_event where ticket_id in ${sql`(${sql.join(
          ticketIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`}) ranked where n <= 500)`,
    )
    .orderBy(asc(ticketEvents.at), asc(ticketEvents.sequence));
  return ticketIds.map((id) => rows.filter((row) => row.ticketId === id) as TicketEvent[]);
}

/** What each ticket links to, with labels (records since deleted are left out). */
export async function linkedRecordsOfTickets(db: Queryable, ticketIds: readonly string[]): Promise<LinkedRecord[][]> {
  if (ticketIds.length === 0) return [];
  const rows = await db
    .select({ ticketId: ticketLinks.ticketId, type: ticketLinks.targetType, id: ticketLinks.targetId })
    .from(ticketLinks)
    .where(inArray(ticketLinks.ticketId, [...ticketIds]))
    .orderBy(ticketLinks.createdAt);
  const described = await describeLinkedRecords(db, rows as (TicketLinkInput & { ticketId: string })[]);
  return ticketIds.map((id) =>
    rows.flatMap((row, index) => (row.ticketId === id && described[index] ? [described[index]] : [])),
  );
}

export interface TicketWatcher {
  personId: string;
  reason: string;
}

export async function watchersOfTickets(db: Queryable, ticketIds: readonly string[]): Promise<TicketWatcher[][]> {
  if (ticketIds.length === 0) return [];
  const rows = await db
    .select()
    .from(ticketWatchers)
    .where(inArray(ticketWatchers.ticketId, [...ticketIds]))
    .orderBy(ticketWatchers.createdAt);
  return ticketIds.map((id) =>
    rows.filter((row) => row.ticketId === id).map((row) => ({ personId: row.personId, reason: row.reason })),
  );
}

export async function listRootCauses(db: Queryable, options: { includeRetired?: boolean } = {}): Promise<RootCause[]> {
  return db
    .select()
    .from(rootCauses)
    .where(options.includeRetired ? undefined : eq(rootCauses.active, true))
    .orderBy(rootCauses.position, rootCauses.label);
}

export async function getRootCauses(db: Queryable, ids: readonly string[]): Promise<(RootCause | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(rootCauses)
    .where(inArray(rootCauses.id, [...ids]));
  return ids.map((id) => rows.find((row) => row.id === id));
}

export interface Notification {
  id: string;
  kind: string;
  ticketId: string | null;
  text: string;
  createdAt: Date;
  readAt: Date | null;
}

/** A person's newest notifications, and how many are unread. */
export async function notificationsOf(
  db: Queryable,
  personId: string,
  options: { first?: number; unreadOnly?: boolean } = {},
): Promise<{ nodes: Notification[]; unreadCount: number }> {
  const nodes = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      ticketId: notifications.ticketId,
      text: notifications.text,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), options.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(Math.max(1, Math.min(options.first ?? 20, 100)));
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
  return { nodes, unreadCount: count };
}

/** Marks a person's notifications read (all, or the given ones). Their own inbox: not audited. */
export async function markNotificationsRead(
  db: Queryable,
  personId: string,
  ids: readonly string[] | null,
  now = new Date(),
): Promise<number> {
  if (ids) parseInput(z.array(idSchema).max(100, { error: 'must name at most 100 notifications' }), ids);
  const updated = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.personId, personId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, [...ids]) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return updated.length;
}
