import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DbHandle, webhookDeliveryAttempts, webhookOutbox } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../catalog/secret-box.js';
import { buildPerson, testActor } from '../testing/index.js';
import { createTicket } from './tickets.js';
import { appendTicketEvent } from './timeline.js';
import { createWebhook, dispatchWebhooks, signWebhookBody, updateWebhook } from './webhooks.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1 that answers 500 to the first `failures` requests, then 204. */
async function startReceiver(failures: number) {
  const received: Received[] = [];
  let answered = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      answered += 1;
      response.statusCode = answered <= failures ? 500 : 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/steward`, received, close: () => new Promise((r) => server.close(r)) };
}

describe.each(testDrivers())('outgoing webhooks on %s', (driver) => {
  let handle: DbHandle;
  const secrets = createSecretBox('test-key');
  const admin = testActor('admin');
  let reporter: ReturnType<typeof testActor>;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const person = await buildPerson(handle.db);
    reporter = testActor('steward', { personId: person.id });
  });
  afterAll(async () => handle?.close());

  it('delivers after the receiver fails twice, retrying with backoff, signed so the receiver can verify it', async () => {
    const receiver = await startReceiver(2);
    try {
      const { webhook, secret } = await createWebhook(
        handle.db,
        admin,
        { name: 'Ops chat', url: receiver.url, events: ['ticket.created'] },
        secrets,
      );
      expect(secret).toMatch(/^whsec_/);
      const ticket = await createTicket(handle.db, reporter, { kind: 'data_quality', title: 'Null emails in CRM' });
      // Time moves by hand: each retry waits for its backoff.
      let now = new Date();
      const clock = () => now;
      expect(await dispatchWebhooks(handle.db, secrets, { now: clock })).toMatchObject({ attempted: 1, delivered: 0 });
      expect(await dispatchWebhooks(handle.db, secrets, { now: clock })).toMatchObject({ attempted: 0 });
      now = new Date(now.getTime() + 11_000);
      expect(await dispatchWebhooks(handle.db, secrets, { now: clock })).toMatchObject({ attempted: 1, delivered: 0 });
      now = new Date(now.getTime() + 31_000);
      expect(await dispatchWebhooks(handle.db, secrets, { now: clock })).toMatchObject({ attempted: 1, delivered: 1 });
      expect(receiver.received).toHaveLength(3);

      const last = receiver.received.at(-1)!;
      const timestamp = String(last.headers['x-steward-timestamp']);
      expect(last.headers['x-steward-signature']).toBe(signWebhookBody(secret, timestamp, last.body));
      expect(last.headers['x-steward-signature']).not.toBe(signWebhookBody('whsec_wrong', timestamp, last.body));
      expect(last.headers['x-steward-event']).toBe('ticket.created');
      const body = JSON.parse(last.body) as { event: string; ticket: { key: string; title: string } };
      expect(body).toMatchObject({ event: 'ticket.created', ticket: { key: ticket.key, title: 'Null emails in CRM' } });
      // Every attempt is kept for the admins to read.
      const [delivery] = await handle.db.select().from(webhookOutbox).where(eq(webhookOutbox.webhookId, webhook.id));
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 3 });
      const attempts = await handle.db
        .select()
        .from(webhookDeliveryAttempts)
        .where(eq(webhookDeliveryAttempts.outboxId, delivery!.id))
        .orderBy(webhookDeliveryAttempts.attempt);
      expect(attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 204]);
      expect(attempts[0]!.error).toBe('The receiver answered HTTP 500');
      await updateWebhook(handle.db, admin, { id: webhook.id, version: webhook.version, active: false });
    } finally {
      await receiver.close();
    }
  });

  it('sends nothing for an event whose change rolled back', async () => {
    const receiver = await startReceiver(0);
    try {
      const { webhook } = await createWebhook(
        handle.db,
        admin,
        { name: 'Audit sink', url: receiver.url, events: ['ticket.commented'] },
        secrets,
      );
      const ticket = await createTicket(handle.db, reporter, { kind: 'other', title: 'Who owns suppliers?' });
      await expect(
        handle.db.transaction(async (tx) => {
          await appendTicketEvent(tx, reporter, {
            ticketId: ticket.id,
            kind: 'comment',
            body: 'Never sent',
            at: new Date(),
          });
          throw new Error('the change fails after its event was written');
        }),
      ).rejects.toThrow('the change fails');
      expect(await dispatchWebhooks(handle.db, secrets)).toMatchObject({ attempted: 0 });
      expect(await handle.db.select().from(webhookOutbox).where(eq(webhookOutbox.webhookId, webhook.id))).toEqual([]);
      expect(receiver.received).toEqual([]);
      await updateWebhook(handle.db, admin, { id: webhook.id, version: webhook.version, active: false });
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the last attempt, and only admins manage webhooks', async () => {
    const { webhook } = await createWebhook(
      handle.db,
      admin,
      { name: 'Gone', url: 'http://127.0.0.1:9/nothing-listens', events: ['ticket.created'] },
      secrets,
    );
    await createTicket(handle.db, reporter, { kind: 'other', title: 'Nobody will hear of this' });
    let now = new Date();
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      await dispatchWebhooks(handle.db, secrets, { now: () => now });
      now = new Date(now.getTime() + 7 * 3600_000);
    }
    const [delivery] = await handle.db.select().from(webhookOutbox).where(eq(webhookOutbox.webhookId, webhook.id));
    expect(delivery).toMatchObject({ status: 'failed', attempts: 8 });
    await expect(
      createWebhook(
        handle.db,
        testActor('steward'),
        { name: 'x', url: 'http://a.example', events: ['ticket.created'] },
        secrets,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createWebhook(handle.db, admin, { name: 'x', url: 'ftp://a.example', events: [] }, secrets),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
  });
});
