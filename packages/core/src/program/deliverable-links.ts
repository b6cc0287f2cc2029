import { deliverableLinks, programs, type Queryable } from '@steward/db';
import {
  catalogueDeliverable,
  type DeliverableLink,
  InputError,
  linkDeliverableInputSchema,
  NotFoundError,
  type RecordLinkType,
  unlinkDeliverableInputSchema,
} from '@steward/domain';
import { and, asc, eq } from 'drizzle-orm';
import { assertRecordLinks } from '../shared/record-links.js';
import { defineUseCase } from '../shared/use-case.js';

type LinkRow = typeof deliverableLinks.$inferSelect;
const toLink = (row: LinkRow): DeliverableLink => ({
  id: row.id,
  programId: row.programId,
  stepNumber: row.stepNumber,
  deliverableKey: row.deliverableKey,
  target: { type: row.targetType as RecordLinkType, id: row.targetId },
  note: row.note,
  createdAt: row.createdAt,
  createdBy: row.createdBy,
});

/** Names a record as (part of) a step's deliverable: the working group's council, the roadmap. */
export const linkDeliverable = defineUseCase({
  action: 'program.deliverable.link',
  input: linkDeliverableInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<DeliverableLink> {
    const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
    if (!program) throw new NotFoundError('Program', input.programId, { field: 'programId' });
    if (input.deliverableKey && catalogueDeliverable(input.deliverableKey)?.step !== input.stepNumber)
      throw InputError.forField('deliverableKey', `is not a deliverable of step ${input.stepNumber}`);
    await assertRecordLinks(tx, [input.target], () => 'target.id');
    const [row] = await tx
      .insert(deliverableLinks)
      .values({
        programId: input.programId,
        stepNumber: input.stepNumber,
        deliverableKey: input.deliverableKey,
        targetType: input.target.type,
        targetId: input.target.id,
        note: input.note,
        createdAt: now,
        createdBy: actor.accountId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw InputError.forField('target', 'is already linked to this deliverable');
    const link = toLink(row);
    await audit({ entityType: 'DeliverableLink', entityId: link.id, after: link, relatedIds: [link.programId] });
    return link;
  },
});

export const unlinkDeliverable = defineUseCase({
  action: 'program.deliverable.unlink',
  input: unlinkDeliverableInputSchema,
  permission: 'program:manage',
  async run({ tx, audit }, { id }): Promise<DeliverableLink> {
    const [row] = await tx.delete(deliverableLinks).where(eq(deliverableLinks.id, id)).returning();
    if (!row) throw new NotFoundError('DeliverableLink', id, { field: 'id' });
    const link = toLink(row);
    await audit({ entityType: 'DeliverableLink', entityId: id, before: link, relatedIds: [link.programId] });
    return link;
  },
});

/** A program's deliverable links, of one step or all. */
export async function deliverableLinksOf(
  db: Queryable,
  programId: string,
  stepNumber: number | null = null,
): Promise<DeliverableLink[]> {
  const rows = await db
    .select()
    .from(deliverableLinks)
    .where(
      stepNumber === null
        ? eq(deliverableLinks.programId, programId)
        : and(eq(deliverableLinks.programId, programId), eq(deliverableLinks.stepNumber, stepNumber)),
    )
    .orderBy(asc(deliverableLinks.stepNumber), asc(deliverableLinks.createdAt));
  return rows.map(toLink);
}
