import { mdmDomains, mdmPolicyVersions, type Queryable } from '@steward/db';
import {
  type Actor,
  availablePolicyActions,
  can,
  createPolicyVersionInputSchema,
  diffPolicies,
  type GoldenRecordPolicy,
  goldenRecordPolicySchema,
  InputError,
  idSchema,
  NotAllowedError,
  NotFoundError,
  type PolicyAction,
  type PolicyChange,
  type PolicyStatus,
  type PolicyVersion,
  planPolicyTransition,
  transitionPolicyInputSchema,
  updatePolicyDraftInputSchema,
} from '@steward/domain';
import { starterPolicy } from '@steward/mdm';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion } from '../shared/versioning.js';
import { domainOf, policyApproversOf } from './domains.js';

type VersionRow = typeof mdmPolicyVersions.$inferSelect;

export const toPolicyVersion = (row: VersionRow): PolicyVersion => ({
  ...row,
  status: row.status as PolicyStatus,
  policy: row.policy as GoldenRecordPolicy,
});

/**
 * Starts a new draft version: a copy of the named version, else of the active one, else a
 * starter policy built from the domain's attributes in scope.
 */
export const createPolicyVersion = defineUseCase({
  action: 'mdm.policy.create',
  input: createPolicyVersionInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, input): Promise<PolicyVersion> {
    const domain = await domainOf(tx, input.mdmDomainId);
    // One writer at a time per domain, so version numbers never collide.
    await tx.select({ id: mdmDomains.id }).from(mdmDomains).where(eq(mdmDomains.id, domain.id)).for('update');
    let policy: GoldenRecordPolicy;
    if (input.fromVersionId) {
      const [from] = await tx.select().from(mdmPolicyVersions).where(eq(mdmPolicyVersions.id, input.fromVersionId));
      if (!from || from.mdmDomainId !== domain.id)
        throw InputError.forField('fromVersionId', 'must be a version of the same MDM domain');
      policy = from.policy as GoldenRecordPolicy;
    } else {
      const [active] = await tx
        .select()
        .from(mdmPolicyVersions)
        .where(and(eq(mdmPolicyVersions.mdmDomainId, domain.id), eq(mdmPolicyVersions.status, 'active')));
      if (active) policy = active.policy as GoldenRecordPolicy;
      else {
        if (domain.attributes.length === 0)
          throw InputError.forField('mdmDomainId', 'has no attributes in scope yet: add them before drafting a policy');
        policy = goldenRecordPolicySchema.parse(starterPolicy(domain.attributes));
      }
    }
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${mdmPolicyVersions.number}), 0) + 1` })
      .from(mdmPolicyVersions)
      .where(eq(mdmPolicyVersions.mdmDomainId, domain.id))) as [{ next: number }];
    const [row] = await tx
      .insert(mdmPolicyVersions)
      .values({
        mdmDomainId: domain.id,
        number: Number(next),
        status: 'draft',
        policy,
        note: input.note,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const version = toPolicyVersion(row!);
    await audit({ entityType: 'PolicyVersion', entityId: version.id, after: version, relatedIds: [domain.id] });
    return version;
  },
});

/** Changes a draft's policy (the editor saves the whole policy; the schema checks every part). */
export const updatePolicyDraft = defineUseCase({
  action: 'mdm.policy.update',
  input: updatePolicyDraftInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, { id, version, policy, note }): Promise<PolicyVersion> {
    const [current] = await tx.select().from(mdmPolicyVersions).where(eq(mdmPolicyVersions.id, id)).for('update');
    assertVersion('PolicyVersion', current, id, version);
    const before = toPolicyVersion(current as VersionRow);
    if (before.status !== 'draft')
      throw InputError.forField(
        'id',
        `is ${before.status.replace('_', ' ')}: only a draft can change (start a new version)`,
      );
    const [row] = await tx
      .update(mdmPolicyVersions)
      .set({
        policy,
        ...(note !== undefined ? { note } : {}),
        version: before.version + 1,
        updatedAt: now,
        updatedBy: actor.accountId,
      })
      .where(eq(mdmPolicyVersions.id, id))
      .returning();
    const after = toPolicyVersion(row!);
    await audit({
      entityType: 'PolicyVersion',
      entityId: id,
      before: { ...before, changes: undefined },
      after: { ...after, changes: diffPolicies(before.policy, after.policy) },
      relatedIds: [after.mdmDomainId],
    });
    return after;
  },
});

/** How an actor stands to a version: may they design it, and are they its approver? */
export async function policyStanding(
  db: Queryable,
  actor: Actor,
  version: Pick<PolicyVersion, 'mdmDomainId'>,
): Promise<{ designer: boolean; approver: boolean }> {
  const domain = await domainOf(db, version.mdmDomainId);
  const approvers = await policyApproversOf(db, domain);
  return {
    designer: can(actor, 'mdm:design'),
    approver: actor.personId !== null && approvers.includes(actor.personId),
  };
}

/**
 * Moves a version along its workflow: submit (designer), approve or send back (the domain's
 * data owner), activate (designer; the previously active version retires), retire.
 */
export const transitionPolicy = defineUseCase({
  action: 'mdm.policy.transition',
  input: transitionPolicyInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, action, comment }): Promise<PolicyVersion> {
    const [current] = await tx.select().from(mdmPolicyVersions).where(eq(mdmPolicyVersions.id, id)).for('update');
    assertVersion('PolicyVersion', current, id, version);
    const before = toPolicyVersion(current as VersionRow);
    const { to, by } = planPolicyTransition(before.status, action);
    const standing = await policyStanding(tx, actor, before);
    if (by === 'designer' && !standing.designer)
      throw new NotAllowedError('Only an architect (or an admin) may do this with a policy.');
    if (by === 'approver' && !standing.approver) {
      const domain = await domainOf(tx, before.mdmDomainId);
      throw new NotAllowedError(
        domain.domainId
          ? "Only the accountable data owner of the MDM domain's governance domain may approve or send back its policies."
          : 'This MDM domain has no governance domain, so no data owner can approve its policies: link one in its scope.',
      );
    }
    if (action === 'send_back' && !comment) throw InputError.forField('comment', 'must say what to change');
    const changes: Partial<VersionRow> = { status: to };
    if (action === 'submit') Object.assign(changes, { submittedAt: now, submittedBy: actor.personId });
    if (action === 'approve' || action === 'send_back')
      Object.assign(changes, { decidedAt: now, decidedBy: actor.personId, decisionComment: comment });
    if (action === 'retire') changes.retiredAt = now;
    let retired: string | null = null;
    if (action === 'activate') {
      changes.activatedAt = now;
      const [previous] = await tx
        .update(mdmPolicyVersions)
        .set({
          status: 'retired',
          retiredAt: now,
          updatedAt: now,
          updatedBy: actor.accountId,
          version: sql`${mdmPolicyVersions.version} + 1`,
        })
        .where(and(eq(mdmPolicyVersions.mdmDomainId, before.mdmDomainId), eq(mdmPolicyVersions.status, 'active')))
        .returning({ id: mdmPolicyVersions.id });
      retired = previous?.id ?? null;
    }
    const [row] = await tx
      .update(mdmPolicyVersions)
      .set({ ...changes, version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(mdmPolicyVersions.id, id))
      .returning();
    const after = toPolicyVersion(row!);
    await audit({
      entityType: 'PolicyVersion',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, comment, retiredVersionId: retired },
      relatedIds: [after.mdmDomainId, retired],
    });
    return after;
  },
});

export async function listPolicyVersions(db: Queryable, mdmDomainIds: readonly string[]): Promise<PolicyVersion[][]> {
  if (mdmDomainIds.length === 0) return [];
  const rows = await db
    .select()
    .from(mdmPolicyVersions)
    .where(inArray(mdmPolicyVersions.mdmDomainId, [...mdmDomainIds]))
    .orderBy(desc(mdmPolicyVersions.number));
  return mdmDomainIds.map((id) => rows.filter((row) => row.mdmDomainId === id).map(toPolicyVersion));
}

export async function getPolicyVersions(db: Queryable, ids: readonly string[]): Promise<(PolicyVersion | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(mdmPolicyVersions).where(inArray(mdmPolicyVersions.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toPolicyVersion(row)]));
  return ids.map((id) => byId.get(id));
}

/** The actions open to the actor on a version. */
export async function policyActionsFor(db: Queryable, actor: Actor, version: PolicyVersion): Promise<PolicyAction[]> {
  return availablePolicyActions(version.status, await policyStanding(db, actor, version));
}

/** What changed between two versions of one domain's policy. */
export async function comparePolicyVersions(db: Queryable, beforeId: string, afterId: string): Promise<PolicyChange[]> {
  const [before, after] = await getPolicyVersions(db, [beforeId, afterId]);
  if (!before) throw new NotFoundError('PolicyVersion', beforeId, { field: 'beforeId' });
  if (!after) throw new NotFoundError('PolicyVersion', afterId, { field: 'afterId' });
  if (before.mdmDomainId !== after.mdmDomainId)
    throw InputError.forField('afterId', 'must be a version of the same MDM domain');
  return diffPolicies(before.policy, after.policy);
}
