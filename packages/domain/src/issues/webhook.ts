import { z } from 'zod';
import { idSchema, nameSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** What an outgoing webhook can subscribe to: the events of an issue's timeline. */
export const webhookEventTypes = [
  'ticket.created',
  'ticket.transitioned',
  'ticket.assigned',
  'ticket.commented',
  'ticket.priority_changed',
  'ticket.sla_breached',
  'ticket.escalated',
  'ticket.quality_result',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** The webhook event a timeline entry of each kind sends (entries of other kinds send none). */
export const webhookEventOfTicketEvent: Readonly<Record<string, WebhookEventType>> = {
  created: 'ticket.created',
  transition: 'ticket.transitioned',
  assignment: 'ticket.assigned',
  comment: 'ticket.commented',
  priority: 'ticket.priority_changed',
  sla_breach: 'ticket.sla_breached',
  escalation: 'ticket.escalated',
  quality_result: 'ticket.quality_result',
};

const urlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000, { error: 'must be at most 2000 characters' });

const eventsSchema = z
  .array(z.enum(webhookEventTypes, { error: `must be among ${webhookEventTypes.join(', ')}` }))
  .min(1, { error: 'must name at least one event' })
  .transform((events) => [...new Set(events)]);

export const createWebhookInputSchema = z.object({
  name: nameSchema,
  url: urlSchema,
  events: eventsSchema,
});

export const updateWebhookInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  url: urlSchema.optional(),
  events: eventsSchema.optional(),
  active: z.boolean().optional(),
});

export interface Webhook extends RecordMeta {
  name: string;
  url: string;
  events: WebhookEventType[];
  active: boolean;
}

/** Attempts before a delivery is given up (the last one about a day after the first). */
export const MAX_WEBHOOK_ATTEMPTS = 8;

/**
 * How long to wait after a failed attempt: 10 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h. Null
 * after the last attempt: the delivery has failed for good.
 */
export function webhookRetryDelayMs(attemptsMade: number): number | null {
  const delays = [10, 30, 120, 600, 1800, 7200, 21_600].map((seconds) => seconds * 1000);
  if (attemptsMade >= MAX_WEBHOOK_ATTEMPTS) return null;
  return delays[Math.min(attemptsMade - 1, delays.length - 1)] ?? delays[0]!;
}
