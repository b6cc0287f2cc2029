import { councilDecisions, councilMembers, councils, type Queryable } from '@steward/db';
import {
  type Actor,
  type CouncilDecision,
  can,
  deleteDecisionInputSchema,
  InputError,
  NotAllowedError,
  NotFoundError,
  type RecordLink,
  recordDecisionInputSchema,
  updateDecisionInputSchema,
} from '@steward/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { assertRecordLinks } from '../shared/record-links.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';

type DecisionRow = typeof councilDecisions.$inferSelect;
const toDecision = (row: DecisionRow): CouncilDecision => ({ ...row, links: row.links as RecordLink[] });

/** Stewardship writers keep any council's log; a council's own members keep theirs. */
async function assertMayKeepLog(tx: Queryable, actor: Actor, councilId: string) {
  const [council] = await tx.select({ id: councils.id }).from(councils).where(eq(councils.id, councilId));
  if (!council) throw new NotFoundError('Council', councilId, { field: 'councilId' });
  if (can(actor, 'stewardship:write')) return;
  if (actor.personId) {
    const [member] = await tx
      .select({ id: councilMembers.id })
      .from(councilMembers)
      .where(and(eq(councilMembers.councilId, councilId), eq(councilMembers.personId, actor.personId)));
    if (member) return;
  }
  throw new NotAllowedError("Only the council's members or a steward may keep its decision log.");
}

/**
 * A recorded decision is changed or deleted by whoever recorded it, the council's chair or
 * secretary, or an admin — not by every steward.
 */
async function assertMayChange(tx: Queryable, actor: Actor, decision: CouncilDecision) {
  if (actor.role === 'admin' || actor.kind === 'system') return;
  if (actor.personId && actor.personId === decision.recordedByPersonId) return;
  if (actor.personId) {
    const [seat] = await tx
      .select({ role: councilMembers.role })
      .from(councilMembers)
      .where(and(eq(councilMembers.councilId, decision.councilId), eq(councilMembers.personId, actor.personId)));
    if (seat && (seat.role === 'chair' || seat.role === 'secretary')) return;
  }
  throw new NotAllowedError(
    'Only whoever recorded the decision, the council’s chair or secretary, or an admin may change it.',
  );
}

/** A decision is taken on a day that has come (a minute of the future is a plan, not a decision). */
function assertNotFuture(decidedOn: string | undefined, now: Date) {
  if (decidedOn && decidedOn > now.toISOString().slice(0, 10))
    throw InputError.forField('decidedOn', 'must not be in the future');
}

/** Records a council's decision, why it was taken and the records it changed. */
export const recordDecision = defineUseCase({
  action: 'stewardship.decision.record',
  input: recordDecisionInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, input): Promise<CouncilDecision> {
    await assertMayKeepLog(tx, actor, input.councilId);
    assertNotFuture(input.decidedOn, now);
    await assertRecordLinks(tx, input.links, (index) => `links.${index}.id`);
    const [row] = await tx
      .insert(councilDecisions)
      .values({
        ...input,
        recordedByPersonId: actor.personId,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const decision = toDecision(row!);
    await audit({
      entityType: 'CouncilDecision',
      entityId: decision.id,
      after: decision,
      relatedIds: [decision.councilId, decision.programId, ...decision.links.map((link) => link.id)],
    });
    return decision;
  },
});

/** Corrects a recorded decision (the audit log keeps what it said before). */
export const updateDecision = defineUseCase({
  action: 'stewardship.decision.update',
  input: updateDecisionInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<CouncilDecision> {
    const [current] = await tx.select().from(councilDecisions).where(eq(councilDecisions.id, id)).for('update');
    assertVersion('CouncilDecision', current, id, version);
    const before = toDecision(current as DecisionRow);
    await assertMayChange(tx, actor, before);
    assertNotFuture(patch.decidedOn, now);
    if (patch.links) await assertRecordLinks(tx, patch.links, (index) => `links.${index}.id`);
    const [row] = await tx
      .update(councilDecisions)
      .set({ ...definedOnly(patch), version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(councilDecisions.id, id))
      .returning();
    const after = toDecision(row!);
    await audit({ entityType: 'CouncilDecision', entityId: id, before, after, relatedIds: [after.councilId] });
    return after;
  },
});

export const deleteDecision = defineUseCase({
  action: 'stewardship.decision.delete',
  input: deleteDecisionInputSchema,
  permission: null,
  async run({ tx, actor, audit }, { id, version }): Promise<CouncilDecision> {
    const [current] = await tx.select().from(councilDecisions).where(eq(councilDecisions.id, id)).for('update');
    assertVersion('CouncilDecision', current, id, version);
    const before = toDecision(current as DecisionRow);
    await assertMayChange(tx, actor, before);
    await tx.delete(councilDecisions).where(eq(councilDecisions.id, id));
    await audit({ entityType: 'CouncilDecision', entityId: id, before, relatedIds: [before.councilId] });
    return before;
  },
});

/** Decisions of some councils (all when none given), newest first. */
export async function decisionsOf(
  db: Queryable,
  filter: { councilIds?: readonly string[]; programId?: string | null; limit?: number } = {},
): Promise<CouncilDecision[]> {
  const conditions = [];
  if (filter.councilIds) {
    if (filter.councilIds.length === 0) return [];
    conditions.push(inArray(councilDecisions.councilId, [...filter.councilIds]));
  }
  if (filter.programId) conditions.push(eq(councilDecisions.programId, filter.programId));
  const rows = await db
    .select()
    .from(councilDecisions)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(councilDecisions.decidedOn), desc(councilDecisions.createdAt))
    .limit(filter.limit ?? 500);
  return rows.map(toDecision);
}
