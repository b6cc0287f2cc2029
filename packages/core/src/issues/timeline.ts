import { notifications, people, type Queryable, ticketEvents, ticketWatchers } from '@steward/db';
import { type Actor, mentionedHandles } from '@steward/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { enqueueTicketWebhooks } from './webhooks.js';

export const ticketEventKinds = [
  'created',
  'comment',
  'transition',
  'assignment',
  'priority',
  'update',
  'link',
  'unlink',
  'watch',
  'sla_breach',
  'escalation',
  'quality_result',
] as const;
export type TicketEventKind = (typeof ticketEventKinds)[number];

export interface TicketEvent {
  id: string;
  ticketId: string;
  kind: TicketEventKind;
  actorPersonId: string | null;
  actorLabel: string;
  body: string | null;
  /** What changed, by kind: `{from, to}` for a transition, `{assigneeId}` for an assignment, … */
  data: Record<string, unknown>;
  at: Date;
}

/** Adds one entry to a ticket's timeline, in the caller's transaction. */
export async function appendTicketEvent(
  tx: Queryable,
  actor: Actor,
  event: { ticketId: string; kind: TicketEventKind; body?: string | null; data?: Record<string, unknown>; at: Date },
): Promise<TicketEvent> {
  const [row] = await tx
    .insert(ticketEvents)
    .values({
      ticketId: event.ticketId,
      kind: event.kind,
      actorPersonId: actor.personId,
      actorLabel: actor.kind === 'system' && /^[a-z-]+$/.test(actor.label) ? 'Steward' : actor.label,
      body: event.body ?? null,
      data: event.data ?? {},
      at: event.at,
    })
    .returning();
  const appended = row as TicketEvent;
  await enqueueTicketWebhooks(tx, appended);
  return appended;
}

export type NotificationKind = 'assigned' | 'mentioned' | 'escalated' | 'breached' | 'status_changed' | 'commented';

/** In-app notifications for people (never for the actor themself), in the caller's transaction. */
export async function notifyPeople(
  tx: Queryable,
  actor: Actor,
  personIds: readonly (string | null | undefined)[],
  notification: { kind: NotificationKind; ticketId: string; ticketEventId: string | null; text: string; at: Date },
): Promise<void> {
  const recipients = [...new Set(personIds.filter((id): id is string => Boolean(id) && id !== actor.personId))];
  if (recipients.length === 0) return;
  await tx.insert(notifications).values(
    recipients.map((personId) => ({
      personId,
      kind: notification.kind,
      ticketId: notification.ticketId,
      ticketEventId: notification.ticketEventId,
      text: notification.text,
      createdAt: notification.at,
    })),
  );
}

/** Adds watchers (a person already watching keeps the reason they had). */
export async function addWatchers(
  tx: Queryable,
  ticketId: string,
  personIds: readonly (string | null | undefined)[],
  reason: 'reporter' | 'accountable_owner' | 'mentioned' | 'escalated' | 'chose' | 'assignee',
): Promise<string[]> {
  const ids = [...new Set(personIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return [];
  const added = await tx
    .insert(ticketWatchers)
    .values(ids.map((personId) => ({ ticketId, personId, reason })))
    .onConflictDoNothing()
    .returning({ personId: ticketWatchers.personId });
  return added.map((row) => row.personId);
}

/** The active people a comment mentions as `@local.part` of their email. */
export async function resolveMentions(tx: Queryable, body: string): Promise<{ id: string; name: string }[]> {
  const handles = mentionedHandles(body);
  if (handles.length === 0) return [];
  return tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.active, true), inArray(sql`lower(split_part(${people.email}, '@', 1))`, handles)));
}
