import {
  controlEvaluations,
  dataAssets,
  governancePolicies,
  governancePolicyVersions,
  legalHolds,
  people,
  policyControls,
  policyExceptions,
  type Queryable,
  tickets,
} from '@steward/db';
import {
  type ControlEvidence,
  type ControlParams,
  InputError,
  idSchema,
  isActiveTicketStatus,
  NotFoundError,
  nameSchema,
  optionalTextSchema,
  type PolicyContent,
  type TicketStatus,
  versionSchema,
} from '@steward/domain';
import { and, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, touch } from '../shared/versioning.js';

/**
 * Information lifecycle governance (DGUP step 13): a table's retention class is the schedule of an
 * approved policy's retention control that covers it; legal holds keep a table's rows whatever the
 * schedule says; a table past its schedule is covered by the control's open issue (its disposal
 * task) or by an exception the approver granted.
 */

const placeInputSchema = z.object({
  assetId: idSchema,
  matter: nameSchema,
  reason: optionalTextSchema(4000),
});

/** Places a legal hold on a table for a matter (a case, an audit, an investigation). */
export const placeLegalHold = defineUseCase({
  action: 'policies.legal_hold.place',
  input: placeInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input) {
    const [asset] = await tx
      .select({ id: dataAssets.id, removedAt: dataAssets.removedAt })
      .from(dataAssets)
      .where(eq(dataAssets.id, input.assetId));
    if (!asset) throw new NotFoundError('DataAsset', input.assetId, { field: 'assetId' });
    if (asset.removedAt) throw InputError.forField('assetId', 'is no longer in its source');
    const [row] = await tx
      .insert(legalHolds)
      .values({
        ...input,
        placedBy: actor.personId,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    await audit({ entityType: 'LegalHold', entityId: row!.id, after: row, relatedIds: [input.assetId] });
    return row!;
  },
});

const releaseInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  note: z.string().trim().min(1, { error: 'must say why the hold is lifted' }).max(4000),
});

/** Lifts a legal hold, saying why; the table's schedule applies again from the next evaluation. */
export const releaseLegalHold = defineUseCase({
  action: 'policies.legal_hold.release',
  input: releaseInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input) {
    const [current] = await tx.select().from(legalHolds).where(eq(legalHolds.id, input.id)).for('update');
    assertVersion('LegalHold', current, input.id, input.version);
    if (current!.releasedAt) throw InputError.forField('id', 'was already lifted');
    const [row] = await tx
      .update(legalHolds)
      .set({
        releasedAt: now,
        releasedBy: actor.personId,
        releaseNote: input.note,
        ...touch(current!, actor.accountId),
        updatedAt: now,
      })
      .where(eq(legalHolds.id, input.id))
      .returning();
    await audit({
      entityType: 'LegalHold',
      entityId: input.id,
      before: current,
      after: row,
      relatedIds: [row!.assetId],
    });
    return row!;
  },
});

/** The legal holds of a table, standing ones first, then the lifted ones newest first. */
export async function legalHoldsOf(db: Queryable, assetId: string) {
  const rows = await db
    .select()
    .from(legalHolds)
    .where(eq(legalHolds.assetId, assetId))
    .orderBy(desc(legalHolds.createdAt));
  return [...rows.filter((row) => !row.releasedAt), ...rows.filter((row) => row.releasedAt)];
}

/** The legal-hold register: every hold on every table, standing ones first, newest first. */
export async function legalHoldRegister(db: Queryable) {
  const rows = await db
    .select({ hold: legalHolds, schemaName: dataAssets.schemaName, assetName: dataAssets.name })
    .from(legalHolds)
    .innerJoin(dataAssets, eq(dataAssets.id, legalHolds.assetId))
    .orderBy(desc(legalHolds.createdAt));
  const entries = rows.map((row) => ({ ...row.hold, assetLabel: `${row.schemaName}.${row.assetName}` }));
  return [...entries.filter((entry) => !entry.releasedAt), ...entries.filter((entry) => entry.releasedAt)];
}

/** The matters holding each table, for the tables under a standing hold. */
export async function standingHolds(db: Queryable, assetIds?: readonly string[]): Promise<Map<string, string[]>> {
  if (assetIds?.length === 0) return new Map();
  const rows = await db
    .select({ assetId: legalHolds.assetId, matter: legalHolds.matter })
    .from(legalHolds)
    .where(
      assetIds
        ? and(isNull(legalHolds.releasedAt), inArray(legalHolds.assetId, [...assetIds]))
        : isNull(legalHolds.releasedAt),
    );
  const held = new Map<string, string[]>();
  for (const row of rows) held.set(row.assetId, [...(held.get(row.assetId) ?? []), row.matter]);
  return held;
}

/** An approved policy's active retention control, with its latest evaluation and what covers a miss. */
export interface RetentionSchedule {
  controlId: string;
  controlName: string;
  policyId: string;
  policyKey: string;
  policyTitle: string;
  driver: string | null;
  keepDays: number;
  action: 'archive' | 'delete';
  assetIds: string[];
  /** The latest evaluation's evidence (null: never evaluated). */
  evidence: ControlEvidence[] | null;
  /** The control's policy_exception issue while it is worked (the disposal task). */
  openTicketKey: string | null;
  exceptionUntil: string | null;
}

/** The retention schedules in force: active retention controls of approved policies. */
export async function retentionSchedules(db: Queryable, now = new Date()): Promise<RetentionSchedule[]> {
  const rows = await db
    .select({
      controlId: policyControls.id,
      controlName: policyControls.name,
      params: policyControls.params,
      ticketId: policyControls.ticketId,
      policyId: governancePolicies.id,
      policyKey: governancePolicies.key,
      policyTitle: governancePolicies.title,
      content: governancePolicyVersions.content,
    })
    .from(policyControls)
    .innerJoin(governancePolicies, eq(governancePolicies.id, policyControls.policyId))
    .innerJoin(
      governancePolicyVersions,
      and(
        eq(governancePolicyVersions.policyId, governancePolicies.id),
        eq(governancePolicyVersions.status, 'approved'),
      ),
    )
    .where(and(eq(policyControls.kind, 'retention'), eq(policyControls.active, true)))
    .orderBy(governancePolicies.key, policyControls.createdAt);
  const today = now.toISOString().slice(0, 10);
  return Promise.all(
    rows.map(async (row) => {
      const params = row.params as Extract<ControlParams, { kind: 'retention' }>;
      const [latest] = await db
        .select({ evidence: controlEvaluations.evidence, state: controlEvaluations.state })
        .from(controlEvaluations)
        .where(eq(controlEvaluations.controlId, row.controlId))
        .orderBy(desc(controlEvaluations.evaluatedAt))
        .limit(1);
      const [ticket] = row.ticketId
        ? await db
            .select({ key: tickets.key, status: tickets.status })
            .from(tickets)
            .where(eq(tickets.id, row.ticketId))
        : [];
      const [exception] = await db
        .select({ expiresOn: policyExceptions.expiresOn })
        .from(policyExceptions)
        .where(and(eq(policyExceptions.controlId, row.controlId), gte(policyExceptions.expiresOn, today)))
        .orderBy(desc(policyExceptions.expiresOn))
        .limit(1);
      return {
        controlId: row.controlId,
        controlName: row.controlName,
        policyId: row.policyId,
        policyKey: row.policyKey,
        policyTitle: row.policyTitle,
        driver: (row.content as PolicyContent).driver ?? null,
        keepDays: params.keepDays,
        action: params.action,
        assetIds: params.assetIds,
        evidence: latest && latest.state !== 'not_evaluated' ? (latest.evidence as ControlEvidence[]) : null,
        openTicketKey: ticket && isActiveTicketStatus(ticket.status as TicketStatus) ? ticket.key : null,
        exceptionUntil: exception?.expiresOn ?? null,
      };
    }),
  );
}

/** A table's retention class in words: "keep 730 days, then delete (GP-2)". */
export function retentionClassOf(schedule: Pick<RetentionSchedule, 'keepDays' | 'action' | 'policyKey'>): string {
  return `keep ${schedule.keepDays} days, then ${schedule.action} (${schedule.policyKey})`;
}

/** Whether the schedule's latest evaluation found the table past its schedule (its evidence for it is not in order). */
export function isPastSchedule(schedule: RetentionSchedule, assetId: string): boolean {
  return (schedule.evidence ?? []).some(
    (item) => item.href === `/catalog/assets/${assetId}` && !item.ok && /days past the schedule/.test(item.label),
  );
}

/** What a table's lifecycle looks like: its retention classes and legal holds (the asset page). */
export async function lifecycleOfAsset(db: Queryable, assetId: string) {
  const schedules = (await retentionSchedules(db)).filter((schedule) => schedule.assetIds.includes(assetId));
  const holds = await legalHoldsOf(db, assetId);
  const peopleIds = [...new Set(holds.flatMap((hold) => [hold.placedBy, hold.releasedBy]).filter(Boolean))] as string[];
  const names = new Map(
    (peopleIds.length
      ? await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, peopleIds))
      : []
    ).map((row) => [row.id, row.name]),
  );
  return {
    schedules: schedules.map((schedule) => ({
      ...schedule,
      retentionClass: retentionClassOf(schedule),
      pastSchedule: isPastSchedule(schedule, assetId),
    })),
    holds: holds.map((hold) => ({
      ...hold,
      placedByName: hold.placedBy ? (names.get(hold.placedBy) ?? null) : null,
      releasedByName: hold.releasedBy ? (names.get(hold.releasedBy) ?? null) : null,
    })),
  };
}
