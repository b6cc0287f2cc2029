import { type Queryable, slaCalendars, slaTargets } from '@steward/db';
import {
  type BusinessCalendar,
  businessCalendarSchema,
  defaultBusinessCalendar,
  defaultSlaTargets,
  type SlaTarget,
  slaTargetSchema,
  type TicketPriority,
} from '@steward/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';

export interface SlaPolicy {
  targets: Record<TicketPriority, SlaTarget>;
  calendar: BusinessCalendar;
}

/** The SLA policy in force: stored targets and calendar, the built-in defaults where none is stored. */
export async function loadSlaPolicy(db: Queryable): Promise<SlaPolicy> {
  const stored = await db.select().from(slaTargets);
  const targets = Object.fromEntries(defaultSlaTargets.map((target) => [target.priority, target])) as Record<
    TicketPriority,
    SlaTarget
  >;
  for (const row of stored) {
    targets[row.priority as TicketPriority] = {
      priority: row.priority as TicketPriority,
      triageMinutes: row.triageMinutes,
      resolveMinutes: row.resolveMinutes,
      clock: row.clock as SlaTarget['clock'],
    };
  }
  const [calendarRow] = await db.select().from(slaCalendars).limit(1);
  const calendar: BusinessCalendar = calendarRow
    ? {
        timeZone: calendarRow.timeZone,
        workdays: calendarRow.workdays,
        dayStart: calendarRow.dayStart,
        dayEnd: calendarRow.dayEnd,
        holidays: calendarRow.holidays,
      }
    : defaultBusinessCalendar;
  return { targets, calendar };
}

export const updateSlaPolicyInputSchema = z.object({
  targets: z
    .array(slaTargetSchema)
    .max(4)
    .refine((targets) => new Set(targets.map((target) => target.priority)).size === targets.length, {
      message: 'must name each priority at most once',
    })
    .default([]),
  calendar: businessCalendarSchema.nullish(),
});

/**
 * Sets the SLA targets and the working week. Open tickets keep the due dates they were given;
 * the new policy applies to tickets created or re-prioritised from now on.
 */
export const updateSlaPolicy = defineUseCase({
  action: 'issues.sla_policy.update',
  input: updateSlaPolicyInputSchema,
  permission: 'issues:configure',
  async run({ tx, actor, audit }, input): Promise<SlaPolicy> {
    const before = await loadSlaPolicy(tx);
    for (const target of input.targets) {
      await tx
        .insert(slaTargets)
        .values({ ...target, createdBy: actor.accountId, updatedBy: actor.accountId })
        .onConflictDoUpdate({
          target: slaTargets.priority,
          set: {
            triageMinutes: target.triageMinutes,
            resolveMinutes: target.resolveMinutes,
            clock: target.clock,
            updatedBy: actor.accountId,
            updatedAt: new Date(),
            version: sql`${slaTargets.version} + 1`,
          },
        });
    }
    if (input.calendar) {
      await tx.delete(slaCalendars);
      await tx
        .insert(slaCalendars)
        .values({ ...input.calendar, createdBy: actor.accountId, updatedBy: actor.accountId });
    }
    const after = await loadSlaPolicy(tx);
    await audit({ entityType: 'SlaPolicy', entityId: null, before, after });
    return after;
  },
});
