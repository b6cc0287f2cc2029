import { rootCauses, ticketLinks, tickets, ticketWatchers } from '@steward/db';
import {
  assertMayEditTicket,
  ConflictError,
  InputError,
  idSchema,
  NotFoundError,
  type RootCause,
  rootCauseSchema,
  ticketLinkInputSchema,
  versionSchema,
} from '@steward/domain';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';
import { assertLinksExist } from './targets.js';
import { ticketRelationsOf, toTicket } from './tickets.js';
import { appendTicketEvent } from './timeline.js';

/** Adds a cause to the root-cause taxonomy (at the end of the list). */
export const createRootCause = defineUseCase({
  action: 'issues.root_cause.create',
  input: rootCauseSchema,
  permission: 'issues:configure',
  async run({ tx, actor, audit, now }, input): Promise<RootCause> {
    const [taken] = await tx.select({ id: rootCauses.id }).from(rootCauses).where(eq(rootCauses.code, input.code));
    if (taken) throw new ConflictError(`A root cause with the code ${input.code} already exists.`, { field: 'code' });
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(${rootCauses.position}), 0)::int + 1` })
      .from(rootCauses);
    const [row] = await tx
      .insert(rootCauses)
      .values({
        ...input,
        position: next,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    await audit({ entityType: 'RootCause', entityId: row!.id, after: row });
    return row!;
  },
});

/** Relabels a cause, or retires it (tickets resolved with it keep it; new resolutions cannot pick it). */
export const updateRootCause = defineUseCase({
  action: 'issues.root_cause.update',
  input: z.object({
    id: idSchema,
    version: versionSchema,
    label: rootCauseSchema.shape.label.optional(),
    description: rootCauseSchema.shape.description.optional(),
    active: z.boolean().optional(),
  }),
  permission: 'issues:configure',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<RootCause> {
    const [current] = await tx.select().from(rootCauses).where(eq(rootCauses.id, id)).for('update');
    assertVersion('RootCause', current, id, version);
    const [row] = await tx
      .update(rootCauses)
      .set({ ...definedOnly(patch), version: current.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(rootCauses.id, id))
      .returning();
    await audit({ entityType: 'RootCause', entityId: id, before: current, after: row });
    return row!;
  },
});

/** Links a ticket to one more record (a table, column, term or rule); its timeline says so. */
export const linkTicket = defineUseCase({
  action: 'issues.ticket.link',
  input: z.object({ id: idSchema, link: ticketLinkInputSchema }),
  permission: null,
  async run({ tx, actor, audit, now }, { id, link }) {
    const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).for('update');
    if (!row) throw new NotFoundError('Ticket', id, { field: 'id' });
    const ticket = toTicket(row);
    const relations = await ticketRelationsOf(tx, actor, ticket);
    if (!relations.has('reporter')) assertMayEditTicket(relations, 'link records to');
    const [described] = await assertLinksExist(tx, [link], 'link');
    const added = await tx
      .insert(ticketLinks)
      .values({ ticketId: id, targetType: link.type, targetId: link.id, createdBy: actor.accountId })
      .onConflictDoNothing()
      .returning();
    if (added.length === 0) throw InputError.forField('link.id', 'is already linked to this ticket');
    await appendTicketEvent(tx, actor, {
      ticketId: id,
      kind: 'link',
      data: { ...link, label: described!.label },
      at: now,
    });
    await audit({ entityType: 'Ticket', entityId: id, after: { link }, relatedIds: [link.id] });
    return ticket;
  },
});

export const unlinkTicket = defineUseCase({
  action: 'issues.ticket.unlink',
  input: z.object({ id: idSchema, link: ticketLinkInputSchema }),
  permission: null,
  async run({ tx, actor, audit, now }, { id, link }) {
    const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).for('update');
    if (!row) throw new NotFoundError('Ticket', id, { field: 'id' });
    const ticket = toTicket(row);
    assertMayEditTicket(await ticketRelationsOf(tx, actor, ticket), 'unlink records from');
    const removed = await tx
      .delete(ticketLinks)
      .where(
        and(eq(ticketLinks.ticketId, id), eq(ticketLinks.targetType, link.type), eq(ticketLinks.targetId, link.id)),
      )
      .returning();
    if (removed.length === 0) throw InputError.forField('link.id', 'is not linked to this ticket');
    await appendTicketEvent(tx, actor, { ticketId: id, kind: 'unlink', data: link, at: now });
    await audit({ entityType: 'Ticket', entityId: id, before: { link }, relatedIds: [link.id] });
    return ticket;
  },
});

/** The signed-in person starts or stops watching a ticket. */
export const watchTicket = defineUseCase({
  action: 'issues.ticket.watch',
  input: z.object({ id: idSchema, watching: z.boolean() }),
  permission: null,
  async run({ tx, actor, audit }, { id, watching }) {
    if (!actor.personId) throw InputError.forField('id', 'can only be watched by someone in the directory');
    const [row] = await tx.select().from(tickets).where(eq(tickets.id, id));
    if (!row) throw new NotFoundError('Ticket', id, { field: 'id' });
    if (watching) {
      await tx
        .insert(ticketWatchers)
        .values({ ticketId: id, personId: actor.personId, reason: 'chose' })
        .onConflictDoNothing();
    } else {
      await tx
        .delete(ticketWatchers)
        .where(and(eq(ticketWatchers.ticketId, id), eq(ticketWatchers.personId, actor.personId)));
    }
    await audit({ entityType: 'Ticket', entityId: id, after: { watching }, relatedIds: [actor.personId] });
    return toTicket(row);
  },
});
