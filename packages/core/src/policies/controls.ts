import {
  controlAttestations,
  controlEvaluations,
  type Database,
  dataAssets,
  dataFields,
  governancePolicies,
  governancePolicyVersions,
  people,
  policyControls,
  policyExceptions,
  type Queryable,
  qualityResults,
  qualityRules,
  tickets,
} from '@steward/db';
import {
  type Actor,
  type Control,
  type ControlFrequency,
  type ControlOutcome,
  type ControlParams,
  type ControlState,
  can,
  checkAttestation,
  checkClassificationRequirement,
  checkRetention,
  complianceOf,
  createControlInputSchema,
  InputError,
  idSchema,
  NotAllowedError,
  NotFoundError,
  optionalTextSchema,
  type PolicyContent,
  reconcileControlTicket,
  scoreOf,
  systemActor,
  type TicketStatus,
  updateControlInputSchema,
} from '@steward/domain';
import { and, desc, eq, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import { withSourceSession } from '../catalog/postgres-connector.js';
import type { SecretBox } from '../catalog/secret-box.js';
import { credentialsOf, loadDataSourceRow } from '../catalog/sources.js';
import { createTicket, transitionTicket } from '../issues/tickets.js';
import { appendTicketEvent } from '../issues/timeline.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly, touch } from '../shared/versioning.js';
import { classifiedColumnsOf } from './coverage.js';
import { standingHolds } from './lifecycle.js';

type ControlRow = typeof policyControls.$inferSelect;
const toControl = ({ kind: _kind, ticketId: _ticketId, ...row }: ControlRow): Control => ({
  ...row,
  frequency: row.frequency as ControlFrequency,
  params: row.params as ControlParams,
});

const DAY = 86_400_000;

/** The scope a policy is held to: its approved version's, else its newest version's. */
async function scopeOfPolicy(db: Queryable, policyId: string): Promise<PolicyContent['scope']> {
  const versions = await db
    .select({ status: governancePolicyVersions.status, content: governancePolicyVersions.content })
    .from(governancePolicyVersions)
    .where(eq(governancePolicyVersions.policyId, policyId))
    .orderBy(desc(governancePolicyVersions.number));
  const chosen = versions.find((version) => version.status === 'approved') ?? versions[0];
  return (chosen?.content as PolicyContent | undefined)?.scope ?? { domainIds: [], classifications: [], assetIds: [] };
}

/** What a control checks must exist: its quality rules, its tables and their dating column. */
async function assertControlParams(tx: Queryable, params: ControlParams) {
  if (params.kind === 'quality_rule') {
    const found = new Set(
      (await tx.select({ id: qualityRules.id }).from(qualityRules).where(inArray(qualityRules.id, params.ruleIds))).map(
        (row) => row.id,
      ),
    );
    const index = params.ruleIds.findIndex((id) => !found.has(id));
    if (index >= 0)
      throw new NotFoundError('QualityRule', params.ruleIds[index]!, { field: `params.ruleIds.${index}` });
  }
  if (params.kind === 'retention') {
    for (const [index, assetId] of params.assetIds.entries()) {
      const [asset] = await tx.select({ id: dataAssets.id }).from(dataAssets).where(eq(dataAssets.id, assetId));
      if (!asset) throw new NotFoundError('DataAsset', assetId, { field: `params.assetIds.${index}` });
      const [column] = await tx
        .select({ id: dataFields.id })
        .from(dataFields)
        .where(
          and(
            eq(dataFields.assetId, assetId),
            eq(dataFields.name, params.timestampColumn),
            isNull(dataFields.removedAt),
          ),
        );
      if (!column)
        throw InputError.forField(
          'params.timestampColumn',
          `is not a column of every table covered (${params.timestampColumn})`,
        );
    }
  }
}

/** Adds a control to a policy: what checks it, who owns it, how often. */
export const createControl = defineUseCase({
  action: 'policies.control.create',
  input: createControlInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<Control> {
    const [policy] = await tx
      .select({ id: governancePolicies.id })
      .from(governancePolicies)
      .where(eq(governancePolicies.id, input.policyId));
    if (!policy) throw new NotFoundError('GovernancePolicy', input.policyId, { field: 'policyId' });
    const [owner] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.ownerPersonId));
    if (!owner) throw new NotFoundError('Person', input.ownerPersonId, { field: 'ownerPersonId' });
    const params = input.params;
    await assertControlParams(tx, params);
    const [row] = await tx
      .insert(policyControls)
      .values({
        policyId: input.policyId,
        name: input.name,
        description: input.description,
        ownerPersonId: input.ownerPersonId,
        frequency: input.frequency,
        kind: params.kind,
        params,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const control = toControl(row!);
    await audit({ entityType: 'PolicyControl', entityId: control.id, after: control, relatedIds: [control.policyId] });
    return control;
  },
});

/**
 * Changes a control: name, description, owner, frequency, what it checks (the same kind), or
 * whether it is active. Its evaluations and attestations stay; the next evaluation uses the change.
 */
export const updateControl = defineUseCase({
  action: 'policies.control.update',
  input: updateControlInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<Control> {
    const [current] = await tx.select().from(policyControls).where(eq(policyControls.id, id)).for('update');
    assertVersion('PolicyControl', current, id, version);
    const before = toControl(current as ControlRow);
    if (patch.ownerPersonId) {
      const [owner] = await tx.select({ active: people.active }).from(people).where(eq(people.id, patch.ownerPersonId));
      if (!owner) throw new NotFoundError('Person', patch.ownerPersonId, { field: 'ownerPersonId' });
      if (!owner.active) throw InputError.forField('ownerPersonId', 'is no longer active');
    }
    if (patch.params) {
      if (patch.params.kind !== current!.kind)
        throw InputError.forField(
          'params.kind',
          `must stay ${current!.kind.replace('_', ' ')}: add a new control to check another way`,
        );
      await assertControlParams(tx, patch.params);
    }
    const [row] = await tx
      .update(policyControls)
      .set({ ...definedOnly(patch), ...touch(current!, actor.accountId), updatedAt: now })
      .where(eq(policyControls.id, id))
      .returning();
    const after = toControl(row!);
    // Switched off, it leaves compliance from now on; the days before keep what it measured then.
    if (before.active && !after.active)
      await tx.insert(controlEvaluations).values({
        controlId: id,
        state: 'not_evaluated',
        summary: `Switched off by ${actor.label}.`,
        evidence: [],
        evaluatedAt: now,
      });
    await audit({ entityType: 'PolicyControl', entityId: id, before, after, relatedIds: [after.policyId] });
    return after;
  },
});

/** Reads what a control checks, now (the source is read before any transaction opens). */
async function measureControl(
  db: Database,
  control: ControlRow,
  secrets: SecretBox,
  now: Date,
): Promise<ControlOutcome> {
  const params = control.params as ControlParams;
  switch (params.kind) {
    case 'classification_requirement':
      return checkClassificationRequirement(
        await classifiedColumnsOf(db, await scopeOfPolicy(db, control.policyId)),
        params,
      );
    case 'quality_rule': {
      const rules = await db
        .select({ id: qualityRules.id, name: qualityRules.name, assetId: qualityRules.assetId })
        .from(qualityRules)
        .where(inArray(qualityRules.id, params.ruleIds));
      const evidence = [];
      for (const rule of rules) {
        const [latest] = await db
          .select({ outcome: qualityResults.outcome, runAt: qualityResults.runAt })
          .from(qualityResults)
          .where(and(eq(qualityResults.ruleId, rule.id), ne(qualityResults.outcome, 'error')))
          .orderBy(desc(qualityResults.runAt))
          .limit(1);
        evidence.push({
          label: latest
            ? `${rule.name}: ${latest.outcome} on ${latest.runAt.toISOString().slice(0, 10)}`
            : `${rule.name}: not run yet`,
          ok: latest?.outcome === 'passed',
          href: `/catalog/assets/${rule.assetId}`,
        });
      }
      if (evidence.length === 0)
        return { state: 'not_evaluated', summary: 'Its quality rules no longer exist.', evidence };
      const failing = evidence.filter((item) => !item.ok).length;
      return failing
        ? { state: 'fail', summary: `${failing} of ${evidence.length} quality rules do not pass.`, evidence }
        : { state: 'pass', summary: `All ${evidence.length} quality rules pass.`, evidence };
    }
    case 'retention': {
      const held = await standingHolds(db, params.assetIds);
      const tables = [];
      for (const assetId of params.assetIds) {
        const [asset] = await db.select().from(dataAssets).where(eq(dataAssets.id, assetId));
        if (!asset) continue;
        const label = `${asset.schemaName}.${asset.name}`;
        try {
          const source = await loadDataSourceRow(db, asset.sourceId);
          const [row] = await withSourceSession(
            credentialsOf(source, secrets),
            (sql) =>
              sql`select min(${sql(params.timestampColumn)}) as oldest from ${sql(asset.schemaName)}.${sql(asset.name)}`,
          );
          const oldest = row?.oldest ? new Date(row.oldest as string) : null;
          tables.push({
            assetId,
            label,
            oldestAgeDays: oldest ? Math.floor((now.getTime() - oldest.getTime()) / DAY) : null,
            heldFor: held.get(assetId) ?? [],
          });
        } catch (error) {
          tables.push({
            assetId,
            label,
            oldestAgeDays: null,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
      return checkRetention(tables, params.keepDays);
    }
    case 'access_review':
    case 'attestation': {
      const [latest] = await db
        .select({
          at: controlAttestations.attestedAt,
          outcome: controlAttestations.outcome,
          statement: controlAttestations.statement,
          byName: people.name,
        })
        .from(controlAttestations)
        .leftJoin(people, eq(people.id, controlAttestations.personId))
        .where(and(eq(controlAttestations.controlId, control.id), lte(controlAttestations.attestedAt, now)))
        .orderBy(desc(controlAttestations.attestedAt))
        .limit(1);
      return checkAttestation(
        latest ? { ...latest, outcome: latest.outcome as 'pass' | 'fail', byName: latest.byName ?? 'Someone' } : null,
        control.frequency as ControlFrequency,
        now,
        control.createdAt,
      );
    }
  }
}

/**
 * Evaluates a control and records it, in one transaction: a failure opens one policy_exception
 * issue for its owner (or adds to the open one, or reopens it); a pass closes it (reconcileControlTicket).
 */
export async function evaluateControl(
  db: Database,
  actor: Actor,
  controlId: string,
  secrets: SecretBox,
  options: { now?: Date } = {},
): Promise<{ state: ControlState; summary: string; evidence: ControlOutcome['evidence']; ticketId: string | null }> {
  if (!can(actor, 'program:manage') && actor.kind !== 'system')
    throw new NotAllowedError("Only the program's team evaluates controls on demand.");
  const now = options.now ?? new Date();
  const [control] = await db.select().from(policyControls).where(eq(policyControls.id, controlId));
  if (!control) throw new NotFoundError('PolicyControl', controlId, { field: 'controlId' });
  const outcome = await measureControl(db, control, secrets, now);
  const system = systemActor(`Control “${control.name}”`);
  const clock = { now: () => now };
  return db.transaction(async (tx) => {
    await tx.insert(controlEvaluations).values({ controlId, ...outcome, evaluatedAt: now });
    let ticketId = control.ticketId;
    if (outcome.state !== 'not_evaluated') {
      const [ticket] = ticketId
        ? await tx
            .select({ status: tickets.status, version: tickets.version })
            .from(tickets)
            .where(eq(tickets.id, ticketId))
        : [];
      const action = reconcileControlTicket(outcome.state, (ticket?.status as TicketStatus | undefined) ?? null);
      const [policy] = await tx.select().from(governancePolicies).where(eq(governancePolicies.id, control.policyId));
      const note = `${control.name} ${outcome.state === 'pass' ? 'passes' : 'fails'}: ${outcome.summary}`;
      const asDatabase = tx as unknown as Database;
      if (action === 'open_ticket') {
        const failing = outcome.evidence.filter((item) => !item.ok);
        const missing = failing.slice(0, 20);
        const more = failing.length > missing.length ? `\n- … and ${failing.length - missing.length} more` : '';
        const created = await createTicket(
          asDatabase,
          system,
          {
            kind: 'policy_exception',
            title: `${control.name} fails (${policy?.key ?? 'policy'})`,
            description: `The control **${control.name}** of [${policy?.key} ${policy?.title}](/policies/${control.policyId}) fails: ${outcome.summary}\n\n${missing.map((item) => `- ${item.label}`).join('\n')}${more}\n\nFix what is listed, then evaluate the control on the policy's page: once it passes, Steward closes this issue. If it cannot be fixed for now, the policy's approver can grant an exception until a date.`,
            priority: 'P2',
            assigneeId: control.ownerPersonId,
            // What it concerns: the tables listed as failing, and the policy's first domain.
            links: [
              ...new Set(
                failing.flatMap((item) => item.href?.match(/^\/catalog\/assets\/([0-9a-f-]{36})$/)?.[1] ?? []),
              ),
            ]
              .slice(0, 20)
              .map((id) => ({ type: 'asset' as const, id })),
            domainId: (await scopeOfPolicy(tx, control.policyId)).domainIds[0] ?? null,
          },
          { clock },
        );
        ticketId = created.id;
      } else if (action === 'add_result' && ticketId) {
        await appendTicketEvent(tx, system, { ticketId, kind: 'comment', body: note, at: now });
      } else if (action === 'reopen' && ticketId && ticket) {
        await transitionTicket(
          asDatabase,
          system,
          { id: ticketId, version: ticket.version, action: 'reopen', comment: `The control fails again. ${note}` },
          { clock },
        );
      } else if ((action === 'clear' || action === 'close') && ticketId && ticket) {
        await transitionTicket(
          asDatabase,
          system,
          {
            id: ticketId,
            version: ticket.version,
            action,
            comment: action === 'clear' ? `The control passes again: ${note}` : `Verified: ${note}`,
          },
          { clock },
        );
      }
      if (ticketId !== control.ticketId)
        await tx.update(policyControls).set({ ticketId }).where(eq(policyControls.id, controlId));
    }
    await recordAudit(tx, actor, 'policies.control.evaluate', {
      entityType: 'PolicyControl',
      entityId: controlId,
      after: { state: outcome.state, summary: outcome.summary, ticketId },
      relatedIds: [control.policyId, ticketId],
    });
    return { ...outcome, ticketId };
  });
}

const attestInputSchema = z.object({
  controlId: idSchema,
  outcome: z.enum(['pass', 'fail'], { error: 'must be pass or fail' }),
  statement: z.string().trim().min(1, { error: 'must say what was checked' }).max(4000),
  evidenceUrl: optionalTextSchema(2000),
});

/** The control's owner attests it: an access review done, a manual check, with evidence. */
export const attestControl = defineUseCase({
  action: 'policies.control.attest',
  input: attestInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, input) {
    const [control] = await tx.select().from(policyControls).where(eq(policyControls.id, input.controlId));
    if (!control) throw new NotFoundError('PolicyControl', input.controlId, { field: 'controlId' });
    if (control.kind !== 'access_review' && control.kind !== 'attestation')
      throw InputError.forField('controlId', 'is checked by Steward, not attested by a person');
    if (actor.personId !== control.ownerPersonId) throw new NotAllowedError("Only the control's owner attests it.");
    const [row] = await tx
      .insert(controlAttestations)
      .values({ ...input, personId: actor.personId, attestedAt: now })
      .returning();
    await audit({
      entityType: 'PolicyControl',
      entityId: control.id,
      after: { attestation: row },
      relatedIds: [control.policyId],
    });
    return row!;
  },
});

const exceptionInputSchema = z.object({
  controlId: idSchema,
  reason: z.string().trim().min(10, { error: 'must say why, in a sentence' }).max(4000),
  expiresOn: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
});

/** The policy's approver grants an exception to a control until a date. */
export const grantPolicyException = defineUseCase({
  action: 'policies.exception.grant',
  input: exceptionInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, input) {
    const [control] = await tx.select().from(policyControls).where(eq(policyControls.id, input.controlId));
    if (!control) throw new NotFoundError('PolicyControl', input.controlId, { field: 'controlId' });
    const [policy] = await tx.select().from(governancePolicies).where(eq(governancePolicies.id, control.policyId));
    if (actor.personId !== policy?.approverPersonId)
      throw new NotAllowedError("Only the policy's approver grants exceptions to its controls.");
    if (input.expiresOn <= now.toISOString().slice(0, 10))
      throw InputError.forField('expiresOn', 'must be in the future');
    const [row] = await tx
      .insert(policyExceptions)
      .values({
        ...input,
        approvedBy: actor.personId,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    await audit({
      entityType: 'PolicyException',
      entityId: row!.id,
      after: row,
      relatedIds: [control.id, control.policyId],
    });
    return row!;
  },
});

/** A policy's controls with their latest evaluation and any exception in force. */
export async function controlsOfPolicy(db: Queryable, policyId: string, now = new Date()) {
  const rows = await db
    .select()
    .from(policyControls)
    .where(eq(policyControls.policyId, policyId))
    .orderBy(policyControls.createdAt);
  const today = now.toISOString().slice(0, 10);
  return Promise.all(
    rows.map(async (row) => {
      const [latest] = await db
        .select()
        .from(controlEvaluations)
        .where(eq(controlEvaluations.controlId, row.id))
        .orderBy(desc(controlEvaluations.evaluatedAt))
        .limit(1);
      const [exception] = await db
        .select()
        .from(policyExceptions)
        .where(and(eq(policyExceptions.controlId, row.id), gte(policyExceptions.expiresOn, today)))
        .orderBy(desc(policyExceptions.expiresOn))
        .limit(1);
      return {
        control: toControl(row),
        ticketId: row.ticketId,
        latest: latest
          ? { ...latest, state: latest.state as ControlState, evidence: latest.evidence as ControlOutcome['evidence'] }
          : null,
        exception: exception ?? null,
      };
    }),
  );
}

/** A policy's compliance now: the share of its evaluated controls passing (exceptions in force count). */
export async function policyCompliance(db: Queryable, policyId: string, now = new Date()) {
  return complianceOfControls(await controlsOfPolicy(db, policyId, now));
}

/** Compliance from a policy's controls as controlsOfPolicy read them (its active ones count). */
export function complianceOfControls(controls: Awaited<ReturnType<typeof controlsOfPolicy>>) {
  return complianceOf(
    controls
      .filter((item) => item.control.active)
      .map((item) => ({
        state: item.latest?.state ?? ('not_evaluated' as const),
        excepted: item.exception !== null,
        score: item.latest ? scoreOf(item.latest) : null,
      })),
  );
}

/** The job that evaluates every active control once a day. */
export const POLICY_CONTROLS_JOB = 'policies.evaluate';

/** Evaluates every active control (the daily job); one control's failure to evaluate does not stop the rest. */
export async function evaluateAllControls(
  db: Database,
  secrets: SecretBox,
  now = new Date(),
): Promise<{ evaluated: number; failed: number }> {
  const rows = await db.select({ id: policyControls.id }).from(policyControls).where(eq(policyControls.active, true));
  let failed = 0;
  const actor = systemActor('policy controls');
  for (const row of rows) {
    try {
      await evaluateControl(db, actor, row.id, secrets, { now });
    } catch {
      failed += 1;
    }
  }
  return { evaluated: rows.length - failed, failed };
}
