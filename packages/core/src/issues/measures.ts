import { type Queryable, tickets } from '@steward/db';
import { activeTicketStatuses, type TicketPriority, ticketPriorities } from '@steward/domain';
import { and, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';

export interface IssueMeasures {
  /** Active tickets per priority, P1 first. */
  openByPriority: { priority: TicketPriority; count: number }[];
  /** Over tickets resolved in the period: mean and 90th percentile hours from report to resolution. */
  meanHoursToResolve: number | null;
  p90HoursToResolve: number | null;
  resolvedCount: number;
  /** Share of tickets due in the period (resolution due date) that breached it; null when none were due. */
  slaBreachRate: number | null;
  /** Age in days of the active tickets: mean and oldest. */
  backlogMeanAgeDays: number | null;
  backlogOldestAgeDays: number | null;
}

/** The issue measures of the scorecard over a period (default: the last 90 days up to now). */
export async function issueMeasures(db: Queryable, period: { from?: Date; to?: Date } = {}): Promise<IssueMeasures> {
  const to = period.to ?? new Date();
  const from = period.from ?? new Date(to.getTime() - 90 * 24 * 3600 * 1000);
  const active = inArray(tickets.status, [...activeTicketStatuses]);
  const open = await db
    .select({ priority: tickets.priority, count: sql<number>`count(*)::int` })
    .from(tickets)
    .where(active)
    .groupBy(tickets.priority);
  const hours = sql`extract(epoch from (${tickets.resolvedAt} - ${tickets.createdAt})) / 3600`;
  const [resolved] = await db
    .select({
      count: sql<number>`count(*)::int`,
      mean: sql<number | null>`avg(${hours})::float8`,
      p90: sql<number | null>`percentile_cont(0.9) within group (order by ${hours})::float8`,
    })
    .from(tickets)
    .where(and(isNotNull(tickets.resolvedAt), gte(tickets.resolvedAt, from), lt(tickets.resolvedAt, to)));
  const [due] = await db
    .select({
      due: sql<number>`count(*)::int`,
      breached: sql<number>`count(*) filter (where ${tickets.resolveBreachedAt} is not null
        or (${tickets.resolvedAt} is not null and ${tickets.resolvedAt} > ${tickets.resolveDueAt}))::int`,
    })
    .from(tickets)
    .where(and(gte(tickets.resolveDueAt, from), lt(tickets.resolveDueAt, to)));
  const [backlog] = await db
    .select({
      mean: sql<
        number | null
      >`avg(extract(epoch from (${to.toISOString()}::timestamptz - ${tickets.createdAt})) / 86400)::float8`,
      oldest: sql<
        number | null
      >`max(extract(epoch from (${to.toISOString()}::timestamptz - ${tickets.createdAt})) / 86400)::float8`,
    })
    .from(tickets)
    .where(active);
  const countOf = new Map(open.map((row) => [row.priority, row.count]));
  return {
    openByPriority: ticketPriorities.map((priority) => ({ priority, count: countOf.get(priority) ?? 0 })),
    meanHoursToResolve: resolved?.mean ?? null,
    p90HoursToResolve: resolved?.p90 ?? null,
    resolvedCount: resolved?.count ?? 0,
    slaBreachRate: due && due.due > 0 ? due.breached / due.due : null,
    backlogMeanAgeDays: backlog?.mean ?? null,
    backlogOldestAgeDays: backlog?.oldest ?? null,
  };
}
