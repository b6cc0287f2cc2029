import {
  type Database,
  mdmDomains,
  mdmPairLabels,
  mdmPolicyVersions,
  mdmReviewTasks,
  mdmSimulations,
  type Queryable,
  rootCauses,
  tickets,
} from '@steward/db';
import {
  decideDuplicateReviewInputSchema,
  estimatePolicyFromLabelsInputSchema,
  type GoldenRecordPolicy,
  goldenRecordPolicySchema,
  InputError,
  MAX_REVIEW_TASKS_PER_SEND,
  MIN_MATCH_LABELS_FOR_M,
  NotFoundError,
  orderedPair,
  sendReviewTasksInputSchema,
} from '@steward/domain';
import { estimateMFromMatches, type LevelShares, prepareRecords, withEstimates } from '@steward/mdm';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { createTicket, transitionTicket } from '../issues/tickets.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion } from '../shared/versioning.js';
import { domainOf } from './domains.js';
import { sampleRecordsOf } from './samples.js';
import type { SimulatedRecord, SimulatedReviewTask } from './simulations.js';

export interface MdmReviewTask {
  id: string;
  mdmDomainId: string;
  simulationId: string;
  ticketId: string | null;
  records: SimulatedRecord[];
  pairs: SimulatedReviewTask['pairs'];
  status: 'open' | 'decided';
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

type TaskRow = typeof mdmReviewTasks.$inferSelect;

const toTask = (row: TaskRow): MdmReviewTask => ({
  ...row,
  records: row.records as SimulatedRecord[],
  pairs: row.pairs as SimulatedReviewTask['pairs'],
  status: row.status as MdmReviewTask['status'],
});

/** One stored decision on a pair, as a regression case. */
export interface PairLabel {
  recordA: string;
  recordB: string;
  match: boolean;
  decidedAt: Date;
  decidedBy: string | null;
}

/**
 * Sends a simulation's review band to stewards: one duplicate_review ticket per candidate cluster
 * (not per pair), routed like any issue of the MDM domain's governance domain. A simulation's
 * tasks go out once.
 */
export const sendReviewTasks = defineUseCase({
  action: 'mdm.review.send',
  input: sendReviewTasksInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, { simulationId }): Promise<MdmReviewTask[]> {
    const [simulation] = await tx
      .select({
        id: mdmSimulations.id,
        mdmDomainId: mdmSimulations.mdmDomainId,
        status: mdmSimulations.status,
        review: mdmSimulations.review,
        clusters: mdmSimulations.clusters,
        sampleId: mdmSimulations.sampleId,
      })
      .from(mdmSimulations)
      .where(eq(mdmSimulations.id, simulationId))
      .for('update');
    if (!simulation) throw new NotFoundError('MdmSimulation', simulationId, { field: 'simulationId' });
    if (simulation.status !== 'succeeded') throw InputError.forField('simulationId', 'has not finished');
    const [sent] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(mdmReviewTasks)
      .where(eq(mdmReviewTasks.simulationId, simulationId));
    if (Number(sent?.count ?? 0) > 0)
      throw InputError.forField('simulationId', 'has already sent its review tasks to stewards');
    const review = (simulation.review as SimulatedReviewTask[] | null) ?? [];
    if (review.length === 0) throw InputError.forField('simulationId', 'has nothing in the review band');
    if (review.length > MAX_REVIEW_TASKS_PER_SEND)
      throw InputError.forField(
        'simulationId',
        `has ${review.length} review tasks; at most ${MAX_REVIEW_TASKS_PER_SEND} go out at once (narrow the review band first)`,
      );
    const domain = await domainOf(tx, simulation.mdmDomainId);
    const records = await recordsOfSample(tx, simulation.sampleId, new Set(review.flatMap((task) => task.recordIds)));
    const created: MdmReviewTask[] = [];
    for (const task of review) {
      const members = task.recordIds.map((id) => records.get(id)).filter((record) => record !== undefined);
      const ticket = await createTicket(
        tx as unknown as Database,
        actor,
        {
          kind: 'duplicate_review',
          title: `Possible duplicate ${domain.name.toLowerCase()}: ${members.length} records (${task.recordIds.slice(0, 3).join(', ')}${task.recordIds.length > 3 ? ', …' : ''})`,
          description: describeTask(members, task.pairs),
          priority: 'P3',
          domainId: domain.domainId,
        },
        { clock: { now: () => now } },
      );
      const [row] = await tx
        .insert(mdmReviewTasks)
        .values({
          mdmDomainId: domain.id,
          simulationId,
          ticketId: ticket.id,
          records: members,
          pairs: task.pairs,
          createdAt: now,
          createdBy: actor.accountId,
        })
        .returning();
      created.push(toTask(row!));
    }
    await audit({
      entityType: 'MdmSimulation',
      entityId: simulationId,
      after: { reviewTasks: created.length, ticketIds: created.map((task) => task.ticketId) },
      relatedIds: [domain.id, ...created.map((task) => task.ticketId)],
    });
    return created;
  },
});

/** The records a review needs, from the sample (one read of its records). */
async function recordsOfSample(
  tx: Queryable,
  sampleId: string,
  ids: Set<string>,
): Promise<Map<string, SimulatedRecord>> {
  const sample = await sampleRecordsOf(tx, sampleId);
  const found = new Map<string, SimulatedRecord>();
  for (const record of sample?.records ?? []) {
    if (!ids.has(record.id)) continue;
    found.set(record.id, {
      id: record.id,
      source: record.source ?? null,
      updatedAt: record.updatedAt ? new Date(record.updatedAt).toISOString() : null,
      values: Object.fromEntries(
        Object.entries(record.values).map(([name, value]) => [name, value == null ? null : String(value)]),
      ),
    });
  }
  return found;
}

/** The ticket's description: the records side by side and the suspect pairs, in Markdown. */
function describeTask(records: readonly SimulatedRecord[], pairs: SimulatedReviewTask['pairs']): string {
  const attributes = [...new Set(records.flatMap((record) => Object.keys(record.values)))];
  const cell = (value: string | null | undefined) => (value ? value.replaceAll('|', '\\|') : '—');
  const header = `| | ${records.map((record) => `${record.id}${record.source ? ` (${record.source})` : ''}`).join(' | ')} |`;
  const rule = `| --- | ${records.map(() => '---').join(' | ')} |`;
  const rows = attributes.map(
    (name) => `| ${name} | ${records.map((record) => cell(record.values[name])).join(' | ')} |`,
  );
  const suspects = pairs
    .map(
      (pair) =>
        `- ${pair.a} and ${pair.b}: score ${(pair.score * 100).toFixed(2)} %${pair.reason === 'cluster_size' ? ' (held back by the cluster-size guard)' : ''}`,
    )
    .join('\n');
  return `The golden-record policy could not decide whether these records are one entity. Decide each pair below: a match or not. Decisions are kept and teach the policy.\n\n${header}\n${rule}\n${rows.join('\n')}\n\nSuspect pairs:\n${suspects}`;
}

/**
 * A steward's decisions on a review task: each pair is kept as a label (the latest per pair),
 * the task is decided and its ticket resolved (root cause: an entry error when any pair was one
 * entity, else a match rule too strict).
 */
export const decideDuplicateReview = defineUseCase({
  action: 'mdm.review.decide',
  input: decideDuplicateReviewInputSchema,
  permission: 'issues:report',
  async run({ tx, actor, audit, now }, input): Promise<MdmReviewTask> {
    const [row] = await tx.select().from(mdmReviewTasks).where(eq(mdmReviewTasks.id, input.taskId)).for('update');
    if (!row) throw new NotFoundError('MdmReviewTask', input.taskId, { field: 'taskId' });
    const task = toTask(row);
    if (task.status === 'decided') throw InputError.forField('taskId', 'is already decided');
    const pairKeys = new Set(task.pairs.map((pair) => orderedPair(pair.a, pair.b).join('\u0001')));
    input.decisions.forEach((decision, index) => {
      if (!pairKeys.has(orderedPair(decision.a, decision.b).join('\u0001')))
        throw InputError.forField(`decisions.${index}`, 'is not a suspect pair of this task');
    });
    const decided = new Set(input.decisions.map((decision) => orderedPair(decision.a, decision.b).join('\u0001')));
    if (decided.size < pairKeys.size)
      throw InputError.forField('decisions', 'must decide every suspect pair of the task');
    // Resolving the ticket checks the actor may work it (assignee, steward, triager).
    if (task.ticketId) {
      const [ticket] = await tx
        .select({ version: tickets.version, status: tickets.status })
        .from(tickets)
        .where(eq(tickets.id, task.ticketId));
      if (ticket && !['resolved', 'closed', 'wont_fix', 'duplicate'].includes(ticket.status)) {
        const anyMatch = input.decisions.some((decision) => decision.match);
        const causeCode = anyMatch ? 'source_entry' : 'rule_too_strict';
        const [cause] = await tx
          .select({ id: rootCauses.id })
          .from(rootCauses)
          .where(and(eq(rootCauses.code, causeCode), eq(rootCauses.active, true)));
        const matches = input.decisions.filter((decision) => decision.match).length;
        await transitionTicket(
          tx as unknown as Database,
          actor,
          {
            id: task.ticketId,
            version: ticket.version,
            action: 'resolve',
            rootCauseId: cause?.id ?? null,
            resolution: `${matches} of ${input.decisions.length} suspect pairs are the same entity.${input.note ? ` ${input.note}` : ''}`,
          },
          { clock: { now: () => now } },
        );
      }
    }
    const byId = new Map(task.records.map((record) => [record.id, record]));
    for (const decision of input.decisions) {
      const [a, b] = orderedPair(decision.a, decision.b);
      const values = {
        valuesA: byId.get(a) ?? { id: a, values: {} },
        valuesB: byId.get(b) ?? { id: b, values: {} },
        match: decision.match,
        note: input.note,
        reviewTaskId: task.id,
        decidedBy: actor.personId,
        decidedAt: now,
      };
      await tx
        .insert(mdmPairLabels)
        .values({ mdmDomainId: task.mdmDomainId, recordA: a, recordB: b, ...values })
        .onConflictDoUpdate({
          target: [mdmPairLabels.mdmDomainId, mdmPairLabels.recordA, mdmPairLabels.recordB],
          set: values,
        });
    }
    const [updated] = await tx
      .update(mdmReviewTasks)
      .set({ status: 'decided', decidedAt: now, decidedBy: actor.personId })
      .where(eq(mdmReviewTasks.id, task.id))
      .returning();
    const after = toTask(updated!);
    await audit({
      entityType: 'MdmReviewTask',
      entityId: task.id,
      before: { status: task.status },
      after: { status: after.status, decisions: input.decisions, note: input.note },
      relatedIds: [task.mdmDomainId, task.ticketId],
    });
    return after;
  },
});

/** The review task behind each ticket (a DataLoader batch). */
export async function reviewTasksOfTickets(
  db: Queryable,
  ticketIds: readonly string[],
): Promise<(MdmReviewTask | null)[]> {
  if (ticketIds.length === 0) return [];
  const rows = await db
    .select()
    .from(mdmReviewTasks)
    .where(inArray(mdmReviewTasks.ticketId, [...ticketIds]));
  const byTicket = new Map(rows.map((row) => [row.ticketId, toTask(row)]));
  return ticketIds.map((id) => byTicket.get(id) ?? null);
}

/** How many review tasks each simulation sent (a DataLoader batch). */
export async function reviewTasksSentBySimulations(db: Queryable, simulationIds: readonly string[]): Promise<number[]> {
  if (simulationIds.length === 0) return [];
  const rows = await db
    .select({ simulationId: mdmReviewTasks.simulationId, count: sql<number>`count(*)::int` })
    .from(mdmReviewTasks)
    .where(inArray(mdmReviewTasks.simulationId, [...simulationIds]))
    .groupBy(mdmReviewTasks.simulationId);
  const counts = new Map(rows.map((row) => [row.simulationId, Number(row.count)]));
  return simulationIds.map((id) => counts.get(id) ?? 0);
}

/** Stewards' decisions of each MDM domain: how many, and how many were matches (a DataLoader batch). */
export async function labelCountsOfDomains(
  db: Queryable,
  mdmDomainIds: readonly string[],
): Promise<{ total: number; matches: number }[]> {
  if (mdmDomainIds.length === 0) return [];
  const rows = await db
    .select({
      mdmDomainId: mdmPairLabels.mdmDomainId,
      total: sql<number>`count(*)::int`,
      matches: sql<number>`count(*) filter (where ${mdmPairLabels.match})::int`,
    })
    .from(mdmPairLabels)
    .where(inArray(mdmPairLabels.mdmDomainId, [...mdmDomainIds]))
    .groupBy(mdmPairLabels.mdmDomainId);
  const byDomain = new Map(
    rows.map((row) => [row.mdmDomainId, { total: Number(row.total), matches: Number(row.matches) }]),
  );
  return mdmDomainIds.map((id) => byDomain.get(id) ?? { total: 0, matches: 0 });
}

/** The decisions on pairs of records of a domain, for regression checks. */
export async function labelsOfDomain(db: Queryable, mdmDomainId: string): Promise<PairLabel[]> {
  return db
    .select({
      recordA: mdmPairLabels.recordA,
      recordB: mdmPairLabels.recordB,
      match: mdmPairLabels.match,
      decidedAt: mdmPairLabels.decidedAt,
      decidedBy: mdmPairLabels.decidedBy,
    })
    .from(mdmPairLabels)
    .where(eq(mdmPairLabels.mdmDomainId, mdmDomainId))
    .orderBy(asc(mdmPairLabels.recordA), asc(mdmPairLabels.recordB));
}

/** Laplace-smoothed shares (every level keeps a little), so m stays strictly between 0 and 1. */
function smoothed(estimates: LevelShares[], pairs: number): LevelShares[] {
  return estimates.map((estimate) => {
    const counted = pairs - estimate.missing;
    const levels = estimate.shares.length;
    return {
      ...estimate,
      shares: estimate.shares.map((share) => (Math.round(share * counted) + 1) / (counted + levels)),
    };
  });
}

/**
 * Sets a draft's m from the pairs stewards decided were one entity: per comparison, the share of
 * those pairs reaching each level (smoothed). u and everything else stay as written.
 */
export const estimatePolicyFromLabels = defineUseCase({
  action: 'mdm.policy.estimate_m',
  input: estimatePolicyFromLabelsInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, { id, version }) {
    const [current] = await tx.select().from(mdmPolicyVersions).where(eq(mdmPolicyVersions.id, id)).for('update');
    assertVersion('PolicyVersion', current, id, version);
    if (current!.status !== 'draft') throw InputError.forField('id', 'is not a draft: only a draft changes');
    const policy = current!.policy as GoldenRecordPolicy;
    if (policy.scoring !== 'fellegi_sunter')
      throw InputError.forField('id', 'scores by weights: there is no m to estimate');
    const labels = await tx
      .select({ valuesA: mdmPairLabels.valuesA, valuesB: mdmPairLabels.valuesB })
      .from(mdmPairLabels)
      .where(and(eq(mdmPairLabels.mdmDomainId, current!.mdmDomainId), eq(mdmPairLabels.match, true)));
    if (labels.length < MIN_MATCH_LABELS_FOR_M)
      throw InputError.forField(
        'id',
        `needs at least ${MIN_MATCH_LABELS_FOR_M} pairs decided as one entity to estimate m (the domain has ${labels.length})`,
      );
    const asRecord = (value: unknown) => value as SimulatedRecord;
    const prepared = prepareRecords(
      policy,
      labels.flatMap((label) => [asRecord(label.valuesA), asRecord(label.valuesB)]),
    );
    const pairs = labels.map(
      (_, index) => [prepared[index * 2]!, prepared[index * 2 + 1]!] as [(typeof prepared)[0], (typeof prepared)[0]],
    );
    const estimated = goldenRecordPolicySchema.parse(
      withEstimates(policy, { m: smoothed(estimateMFromMatches(policy, pairs), pairs.length) }),
    );
    const [row] = await tx
      .update(mdmPolicyVersions)
      .set({ policy: estimated, version: current!.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(mdmPolicyVersions.id, id))
      .returning();
    await audit({
      entityType: 'PolicyVersion',
      entityId: id,
      before: { comparisons: policy.comparisons },
      after: { comparisons: estimated.comparisons, fromMatches: labels.length },
      relatedIds: [current!.mdmDomainId],
    });
    const [domainRow] = await tx
      .select({ id: mdmDomains.id })
      .from(mdmDomains)
      .where(eq(mdmDomains.id, current!.mdmDomainId));
    return { versionId: row!.id, domainId: domainRow!.id, fromMatches: labels.length };
  },
});
