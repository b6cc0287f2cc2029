import { type Database, roleAssignments, tickets } from '@steward/db';
import { activeTicketStatuses, newSlaBreaches, routeTicket, systemActor } from '@steward/domain';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { type Clock, systemClock } from '../shared/use-case.js';
import { routingTargetsOfTicket, toTicket } from './tickets.js';
import { addWatchers, appendTicketEvent, notifyPeople } from './timeline.js';

/** The recurring job that runs the sweep. */
export const SLA_SWEEP_JOB = 'issues.sla_sweep';

export interface SlaSweepResult {
  /** Tickets that crossed a due date since the last sweep. */
  breached: number;
  /** Breaches escalated to an accountable owner (or the program's leaders when none). */
  escalated: number;
}

/**
 * Flags SLA breaches and escalates them: the ticket's timeline records the breach, the
 * accountable owner of what it concerns (else the program's chief data officer or sponsor)
 * becomes a watcher and is notified. Each ticket in its own transaction; a ticket is flagged once
 * per stage (the breach columns), so running the sweep again changes nothing.
 */
export async function sweepSlaBreaches(db: Database, clock: Clock = systemClock): Promise<SlaSweepResult> {
  const now = clock.now();
  const actor = systemActor('sla-sweep');
  const due = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      or(
        and(eq(tickets.status, 'open'), isNull(tickets.triageBreachedAt), lt(tickets.triageDueAt, now)),
        and(
          inArray(tickets.status, [...activeTicketStatuses]),
          isNull(tickets.resolveBreachedAt),
          lt(tickets.resolveDueAt, now),
        ),
      ),
    )
    .orderBy(tickets.resolveDueAt)
    .limit(500);
  const result: SlaSweepResult = { breached: 0, escalated: 0 };
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).for('update');
      if (!row) return;
      const ticket = toTicket(row);
      const stages = newSlaBreaches(ticket, now);
      if (stages.length === 0) return;
      await tx
        .update(tickets)
        .set({
          ...(stages.includes('triage') ? { triageBreachedAt: now } : {}),
          ...(stages.includes('resolve') ? { resolveBreachedAt: now } : {}),
          version: sql`${tickets.version} + 1`,
          updatedAt: now,
        })
        .where(eq(tickets.id, id));
      // The accountable owners routing would pick today (the same rule as at creation).
      const targets = await routingTargetsOfTicket(tx, ticket);
      let ownerIds = routeTicket(targets.links, targets.domain).accountableOwnerIds;
      if (ownerIds.length === 0) {
        const leaders = await tx
          .select({ personId: roleAssignments.personId })
          .from(roleAssignments)
          .where(
            and(
              eq(roleAssignments.scopeType, 'program'),
              inArray(roleAssignments.role, ['chief_data_officer', 'executive_sponsor']),
            ),
          );
        ownerIds = [...new Set(leaders.map((leader) => leader.personId))];
      }
      for (const stage of stages) {
        result.breached += 1;
        const dueAt = stage === 'triage' ? ticket.triageDueAt : ticket.resolveDueAt;
        const breach = await appendTicketEvent(tx, actor, {
          ticketId: id,
          kind: 'sla_breach',
          data: { stage, dueAt: dueAt.toISOString() },
          at: now,
        });
        await notifyPeople(tx, actor, [ticket.assigneeId], {
          kind: 'breached',
          ticketId: id,
          ticketEventId: breach.id,
          text: `${ticket.key} is past its ${stage === 'triage' ? 'triage' : 'resolution'} due date`,
          at: now,
        });
        if (ownerIds.length > 0) {
          result.escalated += 1;
          await addWatchers(tx, id, ownerIds, 'escalated');
          const escalation = await appendTicketEvent(tx, actor, {
            ticketId: id,
            kind: 'escalation',
            data: { stage, toIds: ownerIds },
            at: now,
          });
          await notifyPeople(tx, actor, ownerIds, {
            kind: 'escalated',
            ticketId: id,
            ticketEventId: escalation.id,
            text: `${ticket.key} ${ticket.title} is past its ${stage === 'triage' ? 'triage' : 'resolution'} due date and was escalated to you`,
            at: now,
          });
        }
      }
      await recordAudit(tx, actor, 'issues.ticket.sla_breach', {
        entityType: 'Ticket',
        entityId: id,
        after: { stages, escalatedTo: ownerIds },
        relatedIds: ownerIds,
      });
    });
  }
  return result;
}
