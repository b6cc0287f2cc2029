import {
  attemptsOfDeliveries,
  createWebhook,
  deliveriesOfWebhook,
  listWebhooks,
  updateWebhook,
  type WebhookDelivery,
  type WebhookDeliveryAttempt,
} from '@steward/core';
import { type Webhook, webhookEventTypes } from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { resolveUseCase } from '../../resolve-use-case.js';

const WebhookEventEnum = builder.enumType('WebhookEvent', {
  values: Object.fromEntries(webhookEventTypes.map((type) => [type.replace('.', '_'), { value: type }])) as Record<
    string,
    { value: (typeof webhookEventTypes)[number] }
  >,
});
const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  values: ['pending', 'delivered', 'failed'] as const,
});

const AttemptRef = builder.objectRef<WebhookDeliveryAttempt>('WebhookDeliveryAttempt').implement({
  fields: (t) => ({
    attempt: t.exposeInt('attempt'),
    statusCode: t.exposeInt('statusCode', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    durationMs: t.exposeInt('durationMs'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const DeliveryRef = builder.objectRef<WebhookDelivery>('WebhookDelivery').implement({
  description: 'One event sent (or being sent) to a webhook, with every attempt.',
  fields: (t) => ({
    id: t.exposeID('id'),
    event: t.field({ type: WebhookEventEnum, resolve: (delivery) => delivery.eventType as never }),
    status: t.field({ type: DeliveryStatusEnum, resolve: (delivery) => delivery.status }),
    attempts: t.exposeInt('attempts'),
    ticketKey: t.exposeString('ticketKey', { nullable: true }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    attemptLog: t.loadableList({
      type: AttemptRef,
      load: (keys: string[], context: GraphQLContext) => attemptsOfDeliveries(context.db, keys),
      resolve: (delivery) => delivery.id,
    }),
  }),
});

const WebhookRef = builder.objectRef<Webhook>('Webhook').implement({
  description: 'Issue events POSTed to a URL, signed with HMAC-SHA256 (`X-Steward-Signature`).',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    url: t.exposeString('url'),
    events: t.field({ type: [WebhookEventEnum], resolve: (webhook) => webhook.events as never }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveries: t.field({
      type: [DeliveryRef],
      args: { first: t.arg.int() },
      description: 'The newest deliveries (default 50).',
      resolve: (webhook, args, context) =>
        deliveriesOfWebhook(context.db, actorOf(context), webhook.id, args.first ?? 50),
    }),
  }),
});

const CreatedWebhookRef = builder.objectRef<{ webhook: Webhook; secret: string }>('CreatedWebhook').implement({
  fields: (t) => ({
    webhook: t.field({ type: WebhookRef, resolve: (created) => created.webhook }),
    secret: t.exposeString('secret', { description: 'The signing secret: shown this once.' }),
  }),
});

builder.queryField('webhooks', (t) =>
  t.field({
    type: [WebhookRef],
    description: 'Outgoing webhooks (admins).',
    resolve: (_root, _args, context) => listWebhooks(context.db, actorOf(context)),
  }),
);

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    url: t.string({ required: true }),
    events: t.field({ type: [WebhookEventEnum], required: true }),
  }),
});

const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    url: t.string(),
    events: t.field({ type: [WebhookEventEnum] }),
    active: t.boolean(),
  }),
});

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: CreatedWebhookRef,
    errors: {},
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_root, { input }, context) => createWebhook(context.db, actorOf(context), input, context.secrets),
  }),
  updateWebhook: t.field({
    type: WebhookRef,
    errors: {},
    args: { input: t.arg({ type: UpdateWebhookInput, required: true }) },
    resolve: resolveUseCase(updateWebhook),
  }),
}));
