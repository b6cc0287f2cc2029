import { createHmac, randomBytes } from 'node:crypto';
import { type Database, type Queryable, tickets, webhookDeliveryAttempts, webhookOutbox, webhooks } from '@steward/db';
import {
  type Actor,
  assertCan,
  createWebhookInputSchema,
  InputError,
  idSchema,
  updateWebhookInputSchema,
  type Webhook,
  type WebhookEventType,
  webhookEventOfTicketEvent,
  webhookRetryDelayMs,
} from '@steward/domain';
import { and, arrayContains, desc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { SecretBox } from '../catalog/secret-box.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';
import type { TicketEvent } from './timeline.js';

type WebhookRow = typeof webhooks.$inferSelect;

const toWebhook = ({ sealedSecret: _sealed, ...row }: WebhookRow): Webhook => ({
  ...row,
  events: row.events as WebhookEventType[],
});

/**
 * Adds a webhook and returns its signing secret: shown this once, stored sealed with the
 * server key (a receiver checks `X-Steward-Signature` with it).
 */
export function createWebhook(
  db: Database,
  actor: Actor,
  input: unknown,
  secrets: SecretBox,
): Promise<{ webhook: Webhook; secret: string }> {
  return defineUseCase({
    action: 'issues.webhook.create',
    input: createWebhookInputSchema,
    permission: 'webhooks:manage',
    async run({ tx, audit, now }, fields) {
      if (!secrets.available) {
        throw InputError.forField('url', 'cannot be signed: set STEWARD_SECRET_KEY on the server first');
      }
      const secret = `whsec_${randomBytes(24).toString('base64url')}`;
      const [row] = await tx
        .insert(webhooks)
        .values({
          ...fields,
          sealedSecret: secrets.seal(secret),
          createdAt: now,
          updatedAt: now,
          createdBy: actor.accountId,
          updatedBy: actor.accountId,
        })
        .returning();
      const webhook = toWebhook(row!);
      await audit({ entityType: 'Webhook', entityId: webhook.id, after: webhook });
      return { webhook, secret };
    },
  })(db, actor, input as never);
}

/** Renames, repoints, resubscribes, pauses or resumes a webhook (its secret stays). */
export const updateWebhook = defineUseCase({
  action: 'issues.webhook.update',
  input: updateWebhookInputSchema,
  permission: 'webhooks:manage',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<Webhook> {
    const [current] = await tx.select().from(webhooks).where(eq(webhooks.id, id)).for('update');
    assertVersion('Webhook', current, id, version);
    const [row] = await tx
      .update(webhooks)
      .set({ ...definedOnly(patch), version: current.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(webhooks.id, id))
      .returning();
    const webhook = toWebhook(row!);
    await audit({ entityType: 'Webhook', entityId: id, before: toWebhook(current as WebhookRow), after: webhook });
    return webhook;
  },
});

/** Every webhook, by name (admins). */
export async function listWebhooks(db: Queryable, actor: Actor): Promise<Webhook[]> {
  assertCan(actor, 'webhooks:manage');
  const rows = await db.select().from(webhooks).orderBy(sql`lower(${webhooks.name})`);
  return rows.map(toWebhook);
}

/**
 * Queues the webhook deliveries a timeline entry sends, in the caller's transaction: if the
 * change rolls back, so do its deliveries. One row per active webhook subscribed to the event.
 */
export async function enqueueTicketWebhooks(tx: Queryable, event: TicketEvent): Promise<void> {
  const eventType = webhookEventOfTicketEvent[event.kind];
  if (!eventType) return;
  const subscribed = await tx
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.active, true), arrayContains(webhooks.events, [eventType])));
  if (subscribed.length === 0) return;
  const [ticket] = await tx
    .select({
      id: tickets.id,
      key: tickets.key,
      title: tickets.title,
      kind: tickets.kind,
      status: tickets.status,
      priority: tickets.priority,
      assigneeId: tickets.assigneeId,
      domainId: tickets.domainId,
      triageDueAt: tickets.triageDueAt,
      resolveDueAt: tickets.resolveDueAt,
    })
    .from(tickets)
    .where(eq(tickets.id, event.ticketId));
  const payload = {
    event: eventType,
    occurredAt: event.at.toISOString(),
    actor: event.actorLabel,
    ticket,
    change: { kind: event.kind, body: event.body, ...event.data },
  };
  await tx.insert(webhookOutbox).values(
    subscribed.map((webhook) => ({
      webhookId: webhook.id,
      eventType,
      payload,
      nextAttemptAt: event.at,
      createdAt: event.at,
    })),
  );
}

/** The signature a receiver recomputes: HMAC-SHA256 over `<timestamp>.<body>` with the secret. */
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** How long a dispatcher holds a claimed delivery before another may try it. */
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

export interface DispatchOutcome {
  attempted: number;
  delivered: number;
  failed: number;
}

/**
 * Delivers due webhook events: claims a batch with a lease (SKIP LOCKED, so replicas share the
 * work), POSTs each outside any transaction, then records the attempt and either marks it
 * delivered, schedules the next try with backoff, or gives up after the last attempt.
 */
export async function dispatchWebhooks(
  db: Database,
  secrets: SecretBox,
  options: { now?: () => Date; fetch?: typeof fetch; batch?: number } = {},
): Promise<DispatchOutcome> {
  const clock = options.now ?? (() => new Date());
  const send = options.fetch ?? fetch;
  const claimedAt = clock();
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookOutbox.id })
      .from(webhookOutbox)
      .where(
        and(
          eq(webhookOutbox.status, 'pending'),
          lte(webhookOutbox.nextAttemptAt, claimedAt),
          or(sql`${webhookOutbox.lockedUntil} is null`, lte(webhookOutbox.lockedUntil, claimedAt)),
        ),
      )
      .orderBy(webhookOutbox.nextAttemptAt)
      .limit(options.batch ?? 20)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(webhookOutbox)
      .set({ lockedUntil: new Date(claimedAt.getTime() + LEASE_MS) })
      .where(
        inArray(
          webhookOutbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });
  const outcome: DispatchOutcome = { attempted: 0, delivered: 0, failed: 0 };
  if (claimed.length === 0) return outcome;
  const hooks = await db
    .select()
    .from(webhooks)
    .where(inArray(webhooks.id, [...new Set(claimed.map((row) => row.webhookId))]));
  for (const item of claimed) {
    const hook = hooks.find((candidate) => candidate.id === item.webhookId);
    if (!hook) continue;
    const body = JSON.stringify({ id: item.id, ...(item.payload as object) });
    const timestamp = String(Math.floor(clock().getTime() / 1000));
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await send(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Steward-Webhooks/1',
          'x-steward-event': item.eventType,
          'x-steward-delivery': item.id,
          'x-steward-timestamp': timestamp,
          'x-steward-signature': signWebhookBody(secrets.open(hook.sealedSecret), timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => {});
      if (statusCode < 200 || statusCode >= 300) error = `The receiver answered HTTP ${statusCode}`;
    } catch (cause) {
      error =
        cause instanceof Error
          ? cause.name === 'TimeoutError'
            ? 'No answer within 10 s'
            : cause.message
          : String(cause);
    }
    const at = clock();
    const attempt = item.attempts + 1;
    const delay = error ? webhookRetryDelayMs(attempt) : null;
    await db.transaction(async (tx) => {
      await tx.insert(webhookDeliveryAttempts).values({
        outboxId: item.id,
        attempt,
        statusCode,
        error: error?.slice(0, 1000) ?? null,
        durationMs: Date.now() - started,
        at,
      });
      await tx
        .update(webhookOutbox)
        .set(
          error
            ? delay === null
              ? { status: 'failed', attempts: attempt, lockedUntil: null }
              : { attempts: attempt, nextAttemptAt: new Date(at.getTime() + delay), lockedUntil: null }
            : { status: 'delivered', attempts: attempt, deliveredAt: at, lockedUntil: null },
        )
        .where(eq(webhookOutbox.id, item.id));
    });
    outcome.attempted += 1;
    if (!error) outcome.delivered += 1;
    else if (delay === null) outcome.failed += 1;
  }
  return outcome;
}

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
  ticketKey: string | null;
}

/** A webhook's newest deliveries (admins read what was sent and how the receiver answered). */
export async function deliveriesOfWebhook(
  db: Queryable,
  actor: Actor,
  webhookId: string,
  first = 50,
): Promise<WebhookDelivery[]> {
  assertCan(actor, 'webhooks:manage');
  if (!idSchema.safeParse(webhookId).success) return [];
  const rows = await db
    .select()
    .from(webhookOutbox)
    .where(eq(webhookOutbox.webhookId, webhookId))
    .orderBy(desc(webhookOutbox.createdAt), desc(webhookOutbox.id))
    .limit(Math.max(1, Math.min(first, 200)));
  return rows.map((row) => ({
    ...row,
    status: row.status as WebhookDelivery['status'],
    ticketKey: ((row.payload as { ticket?: { key?: string } }).ticket?.key as string | undefined) ?? null,
  }));
}

export interface WebhookDeliveryAttempt {
  id: string;
  outboxId: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: Date;
}

export async function attemptsOfDeliveries(
  db: Queryable,
  outboxIds: readonly string[],
): Promise<WebhookDeliveryAttempt[][]> {
  if (outboxIds.length === 0) return [];
  const rows = await db
    .select()
    .from(webhookDeliveryAttempts)
    .where(inArray(webhookDeliveryAttempts.outboxId, [...outboxIds]))
    .orderBy(webhookDeliveryAttempts.attempt);
  return outboxIds.map((id) => rows.filter((row) => row.outboxId === id));
}
