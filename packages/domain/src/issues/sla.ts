import { z } from 'zod';
import { addSlaMinutes, type BusinessCalendar, type SlaClock, slaClocks, slaMinutesBetween } from './calendar.js';
import { isActiveTicketStatus, type TicketPriority, type TicketStatus, ticketPriorities } from './ticket.js';

/** How long a ticket of one priority may wait to be triaged and to be resolved. */
export interface SlaTarget {
  priority: TicketPriority;
  triageMinutes: number;
  resolveMinutes: number;
  clock: SlaClock;
}

const hours = (count: number) => count * 60;
const workingDays = (count: number) => count * 8 * 60;

/**
 * A new installation's SLA policy: P1 counts every hour of the day, the rest count working
 * hours (an 8-hour working day).
 */
export const defaultSlaTargets: readonly SlaTarget[] = [
  { priority: 'P1', triageMinutes: hours(1), resolveMinutes: hours(8), clock: 'calendar' },
  { priority: 'P2', triageMinutes: hours(4), resolveMinutes: workingDays(3), clock: 'business' },
  { priority: 'P3', triageMinutes: workingDays(1), resolveMinutes: workingDays(10), clock: 'business' },
  { priority: 'P4', triageMinutes: workingDays(3), resolveMinutes: workingDays(30), clock: 'business' },
];

const minutesSchema = (what: string) =>
  z
    .number({ error: `must be the ${what} in minutes` })
    .int({ error: 'must be a whole number of minutes' })
    .min(1, { error: 'must be at least 1 minute' })
    .max(525_600, { error: 'must be at most a year (525600 minutes)' });

export const slaTargetSchema = z
  .object({
    priority: z.enum(ticketPriorities, { error: 'must be one of P1, P2, P3, P4' }),
    triageMinutes: minutesSchema('time to triage'),
    resolveMinutes: minutesSchema('time to resolve'),
    clock: z.enum(slaClocks, { error: 'must be calendar or business' }),
  })
  .refine((target) => target.resolveMinutes >= target.triageMinutes, {
    path: ['resolveMinutes'],
    message: 'must not be shorter than the time to triage',
  });

export interface SlaDueDates {
  triageDueAt: Date;
  resolveDueAt: Date;
}

/** Due dates for a ticket whose SLA clock started at `startedAt` (creation or reopening). */
export function computeSlaDueDates(target: SlaTarget, calendar: BusinessCalendar, startedAt: Date): SlaDueDates {
  return {
    triageDueAt: addSlaMinutes(startedAt, target.triageMinutes, target.clock, calendar),
    resolveDueAt: addSlaMinutes(startedAt, target.resolveMinutes, target.clock, calendar),
  };
}

export type SlaStage = 'triage' | 'resolve';

export interface SlaTracked {
  status: TicketStatus;
  triageDueAt: Date;
  resolveDueAt: Date;
  triagedAt: Date | null;
  triageBreachedAt: Date | null;
  resolveBreachedAt: Date | null;
}

/** The breaches a ticket has reached by `now` and not yet been flagged for. */
export function newSlaBreaches(ticket: SlaTracked, now: Date): SlaStage[] {
  const breaches: SlaStage[] = [];
  if (ticket.status === 'open' && !ticket.triageBreachedAt && now > ticket.triageDueAt) breaches.push('triage');
  if (isActiveTicketStatus(ticket.status) && !ticket.resolveBreachedAt && now > ticket.resolveDueAt) {
    breaches.push('resolve');
  }
  return breaches;
}

export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'met' | 'missed';

export interface SlaClockReading {
  /** The stage the clock runs for: triage while open, then resolve. */
  stage: SlaStage;
  dueAt: Date;
  state: SlaState;
  /** SLA minutes left (negative when overdue); null once the ticket is out of the active statuses. */
  minutesLeft: number | null;
  /** How those minutes count: every minute, or working minutes only. */
  clock: SlaClock;
}

/** A quarter of the allowed time left is "at risk". */
const AT_RISK_SHARE = 0.25;

/** Where a ticket stands against its SLA at `now`, counted on its priority's clock. */
export function readSlaClock(
  ticket: SlaTracked & { slaStartedAt: Date; resolvedAt: Date | null; closedAt?: Date | null },
  target: Pick<SlaTarget, 'clock'>,
  calendar: BusinessCalendar,
  now: Date,
): SlaClockReading {
  if (!isActiveTicketStatus(ticket.status)) {
    // Won't-fix and duplicates end without a resolution: they finished when they were closed.
    const finishedAt = ticket.resolvedAt ?? ticket.closedAt ?? now;
    return {
      stage: 'resolve',
      dueAt: ticket.resolveDueAt,
      state: finishedAt > ticket.resolveDueAt || ticket.resolveBreachedAt ? 'missed' : 'met',
      minutesLeft: null,
      clock: target.clock,
    };
  }
  const stage: SlaStage = ticket.status === 'open' ? 'triage' : 'resolve';
  const dueAt = stage === 'triage' ? ticket.triageDueAt : ticket.resolveDueAt;
  if (now > dueAt) {
    return {
      stage,
      dueAt,
      state: 'breached',
      minutesLeft: -slaMinutesBetween(dueAt, now, target.clock, calendar),
      clock: target.clock,
    };
  }
  const left = slaMinutesBetween(now, dueAt, target.clock, calendar);
  const allowed = slaMinutesBetween(ticket.slaStartedAt, dueAt, target.clock, calendar);
  return {
    stage,
    dueAt,
    state: allowed > 0 && left / allowed <= AT_RISK_SHARE ? 'at_risk' : 'on_track',
    minutesLeft: left,
    clock: target.clock,
  };
}
