import { dataAssets, domains, governancePolicies, governancePolicyVersions, people, type Queryable } from '@steward/db';
import {
  type Actor,
  availablePolicyVersionActions,
  can,
  createPolicyInputSchema,
  type GovernancePolicy,
  type GovernancePolicyVersion,
  InputError,
  idSchema,
  NotAllowedError,
  NotFoundError,
  type PolicyContent,
  type PolicyKind,
  type PolicyVersionAction,
  type PolicyVersionStatus,
  planPolicyVersionTransition,
  transitionPolicyVersionInputSchema,
  updateGovernancePolicyDraftInputSchema,
  updatePolicyDetailsInputSchema,
} from '@steward/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';

type PolicyRow = typeof governancePolicies.$inferSelect;
type VersionRow = typeof governancePolicyVersions.$inferSelect;
const toPolicy = (row: PolicyRow): GovernancePolicy => ({ ...row, kind: row.kind as PolicyKind });
const toVersion = (row: VersionRow): GovernancePolicyVersion => ({
  ...row,
  status: row.status as PolicyVersionStatus,
  content: row.content as PolicyContent,
});

async function assertPeople(tx: Queryable, entries: [string, string][]) {
  for (const [field, id] of entries) {
    const [person] = await tx.select({ active: people.active }).from(people).where(eq(people.id, id));
    if (!person) throw new NotFoundError('Person', id, { field });
    if (!person.active) throw InputError.forField(field, 'is no longer active');
  }
}

/** Every domain and asset a policy's scope names must exist. */
async function assertScope(tx: Queryable, content: PolicyContent, prefix: string) {
  const check = async (
    ids: readonly string[],
    table: typeof domains | typeof dataAssets,
    field: string,
    entity: string,
  ) => {
    if (ids.length === 0) return;
    const found = new Set(
      (
        await tx
          .select({ id: table.id })
          .from(table)
          .where(inArray(table.id, [...ids]))
      ).map((row) => row.id),
    );
    const index = ids.findIndex((id) => !found.has(id));
    if (index >= 0) throw new NotFoundError(entity, ids[index]!, { field: `${prefix}.scope.${field}.${index}` });
  };
  await check(content.scope.domainIds, domains, 'domainIds', 'Domain');
  await check(content.scope.assetIds, dataAssets, 'assetIds', 'Asset');
}

/** Writes a new policy (GP-n; its exception issues are POL-n) with its first version as a draft. */
export const createPolicy = defineUseCase({
  action: 'policies.policy.create',
  input: createPolicyInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<{ policy: GovernancePolicy; version: GovernancePolicyVersion }> {
    await assertPeople(tx, [
      ['ownerPersonId', input.ownerPersonId],
      ['approverPersonId', input.approverPersonId],
    ]);
    await assertScope(tx, input.content, 'content');
    const [same] = await tx
      .select({ id: governancePolicies.id })
      .from(governancePolicies)
      .where(sql`lower(${governancePolicies.title}) = lower(${input.title})`);
    if (same) throw InputError.forField('title', 'is the title of another policy');
    // Keys are handed out in order under a lock, so two writers never take the same number.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('steward.policy.key'))`);
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(substring(${governancePolicies.key} from 4)::int), 0) + 1` })
      .from(governancePolicies);
    const meta = { createdAt: now, updatedAt: now, createdBy: actor.accountId, updatedBy: actor.accountId };
    const [policyRow] = await tx
      .insert(governancePolicies)
      .values({
        key: `GP-${Number(next)}`,
        title: input.title,
        kind: input.kind,
        ownerPersonId: input.ownerPersonId,
        approverPersonId: input.approverPersonId,
        ...meta,
      })
      .returning();
    const policy = toPolicy(policyRow!);
    const [versionRow] = await tx
      .insert(governancePolicyVersions)
      .values({ policyId: policy.id, number: 1, content: input.content, ...meta })
      .returning();
    const version = toVersion(versionRow!);
    await audit({
      entityType: 'GovernancePolicy',
      entityId: policy.id,
      after: { ...policy, content: version.content },
    });
    return { policy, version };
  },
});

async function policyOf(tx: Queryable, id: string): Promise<GovernancePolicy> {
  const [row] = await tx.select().from(governancePolicies).where(eq(governancePolicies.id, id));
  if (!row) throw new NotFoundError('GovernancePolicy', id, { field: 'policyId' });
  return toPolicy(row);
}

/** The owner (or the program's team) writes; the named approver approves. */
function standingOf(actor: Actor, policy: GovernancePolicy) {
  return {
    author: can(actor, 'program:manage') || actor.personId === policy.ownerPersonId,
    approver: actor.personId === policy.approverPersonId,
  };
}

export async function policyVersionActionsFor(
  db: Queryable,
  actor: Actor,
  version: GovernancePolicyVersion,
): Promise<PolicyVersionAction[]> {
  return availablePolicyVersionActions(version.status, standingOf(actor, await policyOf(db, version.policyId)));
}

/** Changes a policy's title, kind, owner or approver (the owner or the program's team). */
export const updatePolicyDetails = defineUseCase({
  action: 'policies.policy.details',
  input: updatePolicyDetailsInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<GovernancePolicy> {
    const [current] = await tx.select().from(governancePolicies).where(eq(governancePolicies.id, id)).for('update');
    assertVersion('GovernancePolicy', current, id, version);
    const before = toPolicy(current as PolicyRow);
    if (!standingOf(actor, before).author)
      throw new NotAllowedError("Only the policy's owner or the program's team changes its details.");
    const named: [string, string][] = [];
    if (patch.ownerPersonId) named.push(['ownerPersonId', patch.ownerPersonId]);
    if (patch.approverPersonId) named.push(['approverPersonId', patch.approverPersonId]);
    await assertPeople(tx, named);
    if (patch.title && patch.title.toLowerCase() !== before.title.toLowerCase()) {
      const [same] = await tx
        .select({ id: governancePolicies.id })
        .from(governancePolicies)
        .where(sql`lower(${governancePolicies.title}) = lower(${patch.title})`);
      if (same) throw InputError.forField('title', 'is the title of another policy');
    }
    const [row] = await tx
      .update(governancePolicies)
      .set({ ...definedOnly(patch), ...touch(before, actor.accountId), updatedAt: now })
      .where(eq(governancePolicies.id, id))
      .returning();
    const after = toPolicy(row!);
    await audit({ entityType: 'GovernancePolicy', entityId: id, before, after });
    return after;
  },
});

/** Edits a draft version's content. */
export const updateGovernancePolicyDraft = defineUseCase({
  action: 'policies.policy.edit',
  input: updateGovernancePolicyDraftInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, content, changeNote }): Promise<GovernancePolicyVersion> {
    const [current] = await tx
      .select()
      .from(governancePolicyVersions)
      .where(eq(governancePolicyVersions.id, id))
      .for('update');
    assertVersion('GovernancePolicyVersion', current, id, version);
    const before = toVersion(current as VersionRow);
    if (!standingOf(actor, await policyOf(tx, before.policyId)).author)
      throw new NotAllowedError("Only the policy's owner or the program's team edits its drafts.");
    if (before.status !== 'draft')
      throw InputError.forField(
        'id',
        `is ${before.status.replace('_', ' ')}: only a draft can change (start a new version)`,
      );
    await assertScope(tx, content, 'content');
    const [row] = await tx
      .update(governancePolicyVersions)
      .set({ content, changeNote, version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(governancePolicyVersions.id, id))
      .returning();
    const after = toVersion(row!);
    await audit({
      entityType: 'GovernancePolicyVersion',
      entityId: id,
      before: before.content,
      after: after.content,
      relatedIds: [after.policyId],
    });
    return after;
  },
});

/**
 * Moves a version along: submit and retire (owner or program team), approve or send back (the
 * approver named on the policy). Approving retires the version approved before.
 */
export const transitionPolicyVersion = defineUseCase({
  action: 'policies.policy.transition',
  input: transitionPolicyVersionInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, action, comment }): Promise<GovernancePolicyVersion> {
    const [current] = await tx
      .select()
      .from(governancePolicyVersions)
      .where(eq(governancePolicyVersions.id, id))
      .for('update');
    assertVersion('GovernancePolicyVersion', current, id, version);
    const before = toVersion(current as VersionRow);
    const plan = planPolicyVersionTransition(before.status, action);
    if ('error' in plan) throw InputError.forField('action', plan.error);
    const standing = standingOf(actor, await policyOf(tx, before.policyId));
    if (plan.by === 'author' && !standing.author)
      throw new NotAllowedError("Only the policy's owner or the program's team may do this.");
    if (plan.by === 'approver' && !standing.approver)
      throw new NotAllowedError('Only the approver named on the policy may approve it or send it back.');
    if (action === 'send_back' && !comment) throw InputError.forField('comment', 'must say what to change');
    if (action === 'approve')
      await tx
        .update(governancePolicyVersions)
        .set({ status: 'retired', updatedAt: now, version: sql`${governancePolicyVersions.version} + 1` })
        .where(
          and(eq(governancePolicyVersions.policyId, before.policyId), eq(governancePolicyVersions.status, 'approved')),
        );
    const changes: Partial<VersionRow> = { status: plan.to };
    if (action === 'submit') changes.submittedBy = actor.personId;
    if (action === 'approve' || action === 'send_back')
      Object.assign(changes, { decidedBy: actor.personId, decidedAt: now, decisionComment: comment });
    const [row] = await tx
      .update(governancePolicyVersions)
      .set({ ...changes, version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(governancePolicyVersions.id, id))
      .returning();
    const after = toVersion(row!);
    await audit({
      entityType: 'GovernancePolicyVersion',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, comment },
      relatedIds: [after.policyId],
    });
    return after;
  },
});

/** Starts the next version from the latest one; refused while a draft or review is open. */
export const newPolicyVersion = defineUseCase({
  action: 'policies.policy.new_version',
  input: z.object({ policyId: idSchema }),
  permission: null,
  async run({ tx, actor, audit, now }, { policyId }): Promise<GovernancePolicyVersion> {
    const policy = await policyOf(tx, policyId);
    if (!standingOf(actor, policy).author)
      throw new NotAllowedError("Only the policy's owner or the program's team starts a new version.");
    const [latest] = await tx
      .select()
      .from(governancePolicyVersions)
      .where(eq(governancePolicyVersions.policyId, policyId))
      .orderBy(desc(governancePolicyVersions.number))
      .limit(1);
    if (latest && (latest.status === 'draft' || latest.status === 'in_review'))
      throw InputError.forField('policyId', `already has version ${latest.number} ${latest.status.replace('_', ' ')}`);
    const [row] = await tx
      .insert(governancePolicyVersions)
      .values({
        policyId,
        number: (latest?.number ?? 0) + 1,
        content: latest?.content ?? {
          statement: '',
          driver: null,
          scope: { domainIds: [], classifications: [], assetIds: [] },
        },
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const version = toVersion(row!);
    await audit({
      entityType: 'GovernancePolicyVersion',
      entityId: version.id,
      after: { number: version.number },
      relatedIds: [policyId],
    });
    return version;
  },
});

export async function listPolicies(db: Queryable): Promise<GovernancePolicy[]> {
  const rows = await db.select().from(governancePolicies).orderBy(governancePolicies.title);
  return rows.map(toPolicy);
}

export async function getPolicies(db: Queryable, ids: readonly string[]): Promise<(GovernancePolicy | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(governancePolicies).where(inArray(governancePolicies.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toPolicy(row)]));
  return ids.map((id) => byId.get(id));
}

/** The versions of each policy, newest first. */
export async function versionsOfPolicies(
  db: Queryable,
  policyIds: readonly string[],
): Promise<GovernancePolicyVersion[][]> {
  if (policyIds.length === 0) return [];
  const rows = await db
    .select()
    .from(governancePolicyVersions)
    .where(inArray(governancePolicyVersions.policyId, [...policyIds]))
    .orderBy(desc(governancePolicyVersions.number));
  return policyIds.map((id) => rows.filter((row) => row.policyId === id).map(toVersion));
}
