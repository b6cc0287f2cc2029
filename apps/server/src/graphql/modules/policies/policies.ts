import {
  attestControl,
  complianceOfControls,
  controlsOfPolicy,
  createControl,
  createPolicy,
  evaluateControl,
  getPolicies,
  grantPolicyException,
  listPolicies,
  newPolicyVersion,
  policiesCovering,
  policyVersionActionsFor,
  resolveRecordLinks,
  transitionPolicyVersion,
  updateGovernancePolicyDraft,
  versionsOfPolicies,
} from '@steward/core';
import {
  type ControlEvidence,
  controlFrequencies,
  controlKinds,
  type GovernancePolicy,
  type GovernancePolicyVersion,
  policyKinds,
  policyVersionActions,
  policyVersionStatuses,
  systemActor,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { ResolvedRecordLinkRef } from '../../record-links.js';
import { withoutNulls } from '../../without-nulls.js';
import { DataAssetRef } from '../catalog/catalog.js';
import { GlossaryTermRef } from '../glossary/glossary.types.js';
import { Person } from '../stewardship/types.js';

export const PolicyKindEnum = builder.enumType('PolicyKind', { values: policyKinds });
const PolicyVersionStatusEnum = builder.enumType('PolicyVersionStatus', { values: policyVersionStatuses });
const PolicyVersionActionEnum = builder.enumType('PolicyVersionAction', { values: policyVersionActions });
const ControlKindEnum = builder.enumType('ControlKind', { values: controlKinds });
export const ControlFrequencyEnum = builder.enumType('ControlFrequency', { values: controlFrequencies });
const ControlStateEnum = builder.enumType('ControlState', { values: ['pass', 'fail', 'not_evaluated'] as const });

const PolicyScopeRef = builder.objectRef<GovernancePolicyVersion['content']['scope']>('PolicyScope').implement({
  fields: (t) => ({
    domains: t.field({
      type: [ResolvedRecordLinkRef],
      resolve: (scope, _args, context) =>
        resolveRecordLinks(
          context.db,
          scope.domainIds.map((id) => ({ type: 'domain' as const, id })),
        ),
    }),
    classifications: t.stringList({ resolve: (scope) => scope.classifications }),
    assets: t.field({
      type: [ResolvedRecordLinkRef],
      resolve: (scope, _args, context) =>
        resolveRecordLinks(
          context.db,
          scope.assetIds.map((id) => ({ type: 'asset' as const, id })),
        ),
    }),
  }),
});

export const PolicyVersionRef = builder.objectRef<GovernancePolicyVersion>('GovernancePolicyVersion').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    number: t.exposeInt('number'),
    status: t.field({ type: PolicyVersionStatusEnum, resolve: (version) => version.status }),
    statement: t.string({ description: 'Markdown.', resolve: (version) => version.content.statement }),
    driver: t.string({ nullable: true, resolve: (version) => version.content.driver }),
    scope: t.field({ type: PolicyScopeRef, resolve: (version) => version.content.scope }),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    decidedBy: t.field({ type: Person, nullable: true, resolve: (version) => version.decidedBy }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionComment: t.exposeString('decisionComment', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    actions: t.field({
      type: [PolicyVersionActionEnum],
      resolve: (version, _args, context) => policyVersionActionsFor(context.db, actorOf(context), version),
    }),
  }),
});

const EvidenceRef = builder.objectRef<ControlEvidence>('ControlEvidence').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    ok: t.exposeBoolean('ok'),
    href: t.exposeString('href', { nullable: true }),
  }),
});

type ControlEntry = Awaited<ReturnType<typeof controlsOfPolicy>>[number];
export const ControlRef = builder.objectRef<ControlEntry>('PolicyControl').implement({
  fields: (t) => ({
    id: t.string({ resolve: (entry) => entry.control.id }),
    name: t.string({ resolve: (entry) => entry.control.name }),
    description: t.string({ nullable: true, resolve: (entry) => entry.control.description }),
    kind: t.field({ type: ControlKindEnum, resolve: (entry) => entry.control.params.kind }),
    frequency: t.field({ type: ControlFrequencyEnum, resolve: (entry) => entry.control.frequency }),
    owner: t.field({ type: Person, resolve: (entry) => entry.control.ownerPersonId }),
    state: t.field({ type: ControlStateEnum, resolve: (entry) => entry.latest?.state ?? 'not_evaluated' }),
    summary: t.string({ nullable: true, resolve: (entry) => entry.latest?.summary ?? null }),
    evidence: t.field({ type: [EvidenceRef], resolve: (entry) => entry.latest?.evidence ?? [] }),
    evaluatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (entry) => entry.latest?.evaluatedAt ?? null }),
    ticketKey: t.string({
      nullable: true,
      resolve: async (entry, _args, context) => {
        if (!entry.ticketId) return null;
        const [link] = await resolveRecordLinks(context.db, [{ type: 'ticket', id: entry.ticketId }]);
        return link?.exists ? link.label.split(' ')[0]! : null;
      },
    }),
    exceptionUntil: t.string({ nullable: true, resolve: (entry) => entry.exception?.expiresOn ?? null }),
    exceptionReason: t.string({ nullable: true, resolve: (entry) => entry.exception?.reason ?? null }),
  }),
});

const ComplianceRef = builder
  .objectRef<{ passing: number; evaluated: number; share: number | null }>('PolicyCompliance')
  .implement({
    fields: (t) => ({
      passing: t.exposeInt('passing'),
      evaluated: t.exposeInt('evaluated'),
      share: t.exposeFloat('share', { nullable: true }),
    }),
  });

/** A policy's controls, read once per request (its controls and its compliance both need them). */
const controlsRead = (context: GraphQLContext, policyId: string) =>
  context.memo(`policy-controls:${policyId}`, () => controlsOfPolicy(context.db, policyId));

export const PolicyRef = builder.loadableObject('GovernancePolicy', {
  description: 'A governance policy: what is required of data, why, for what, who owns and approves it.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('GovernancePolicy', ids, (batch) => getPolicies(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key'),
    title: t.exposeString('title'),
    kind: t.field({ type: PolicyKindEnum, resolve: (policy) => policy.kind }),
    owner: t.field({ type: Person, resolve: (policy) => policy.ownerPersonId }),
    approver: t.field({ type: Person, resolve: (policy) => policy.approverPersonId }),
    versions: t.field({
      type: [PolicyVersionRef],
      description: 'Newest first.',
      resolve: async (policy: GovernancePolicy, _args, context) =>
        (await versionsOfPolicies(context.db, [policy.id]))[0] ?? [],
    }),
    controls: t.field({
      type: [ControlRef],
      resolve: (policy, _args, context) => controlsRead(context, policy.id),
    }),
    compliance: t.field({
      type: ComplianceRef,
      resolve: async (policy, _args, context) => complianceOfControls(await controlsRead(context, policy.id)),
    }),
  }),
});

builder.queryFields((t) => ({
  policies: t.field({ type: [PolicyRef], resolve: (_root, _args, context) => listPolicies(context.db) }),
  policy: t.field({
    type: PolicyRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getPolicies(context.db, ids)),
  }),
}));

const PolicyScopeInput = builder.inputType('PolicyScopeInput', {
  fields: (t) => ({ domainIds: t.idList(), classifications: t.stringList(), assetIds: t.idList() }),
});

const PolicyContentInput = builder.inputType('PolicyContentInput', {
  fields: (t) => ({
    statement: t.string({ required: true }),
    driver: t.string({ description: 'The regulation or business driver: GDPR, PIPL, SOX, an internal standard.' }),
    scope: t.field({ type: PolicyScopeInput }),
  }),
});

const CreatePolicyInput = builder.inputType('CreatePolicyInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    kind: t.field({ type: PolicyKindEnum, required: true }),
    ownerPersonId: t.id({ required: true }),
    approverPersonId: t.id({ required: true }),
    content: t.field({ type: PolicyContentInput, required: true }),
  }),
});

export const ControlParamsInput = builder.inputType('ControlParamsInput', {
  fields: (t) => ({
    kind: t.field({ type: ControlKindEnum, required: true }),
    ruleIds: t.idList({ description: 'quality_rule' }),
    requireSteward: t.boolean({ description: 'classification_requirement' }),
    requireMaskingNote: t.boolean({ description: 'classification_requirement' }),
    keepDays: t.int({ description: 'retention' }),
    action: t.string({ description: 'retention: archive or delete' }),
    timestampColumn: t.string({ description: 'retention' }),
    assetIds: t.idList({ description: 'retention' }),
  }),
});

const CreateControlInput = builder.inputType('CreateControlInput', {
  fields: (t) => ({
    policyId: t.id({ required: true }),
    name: t.string({ required: true }),
    description: t.string(),
    ownerPersonId: t.id({ required: true }),
    frequency: t.field({ type: ControlFrequencyEnum }),
    params: t.field({ type: ControlParamsInput, required: true }),
  }),
});

const EvaluationRef = builder
  .objectRef<{ state: 'pass' | 'fail' | 'not_evaluated'; summary: string; ticketId: string | null }>(
    'ControlEvaluation',
  )
  .implement({
    fields: (t) => ({
      state: t.field({ type: ControlStateEnum, resolve: (evaluation) => evaluation.state }),
      summary: t.exposeString('summary'),
    }),
  });

builder.mutationFields((t) => ({
  createPolicy: t.field({
    type: PolicyRef,
    errors: {},
    args: { input: t.arg({ type: CreatePolicyInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      (await createPolicy(context.db, actorOf(context), withoutNulls(input) as never)).policy,
  }),
  updateGovernancePolicyDraft: t.field({
    type: PolicyVersionRef,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      content: t.arg({ type: PolicyContentInput, required: true }),
      changeNote: t.arg.string(),
    },
    resolve: (_root, args, context) =>
      updateGovernancePolicyDraft(
        context.db,
        actorOf(context),
        withoutNulls({ ...args, id: String(args.id) }) as never,
      ),
  }),
  transitionPolicyVersion: t.field({
    type: PolicyVersionRef,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      action: t.arg({ type: PolicyVersionActionEnum, required: true }),
      comment: t.arg.string(),
    },
    resolve: (_root, args, context) =>
      transitionPolicyVersion(context.db, actorOf(context), withoutNulls({ ...args, id: String(args.id) }) as never),
  }),
  newPolicyVersion: t.field({
    type: PolicyVersionRef,
    errors: {},
    args: { policyId: t.arg.id({ required: true }) },
    resolve: (_root, { policyId }, context) =>
      newPolicyVersion(context.db, actorOf(context), { policyId: String(policyId) }),
  }),
  createControl: t.field({
    type: PolicyRef,
    errors: {},
    description: 'Adds a control; returns its policy.',
    args: { input: t.arg({ type: CreateControlInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      (await createControl(context.db, actorOf(context), withoutNulls(input) as never)).policyId,
  }),
  evaluateControl: t.field({
    type: EvaluationRef,
    errors: {},
    description: 'Evaluates a control now (a failing one opens or updates its policy_exception issue).',
    args: { controlId: t.arg.id({ required: true }) },
    resolve: (_root, { controlId }, context) =>
      evaluateControl(context.db, actorOf(context), String(controlId), context.secrets),
  }),
  attestControl: t.field({
    type: 'Boolean',
    errors: {},
    args: {
      controlId: t.arg.id({ required: true }),
      outcome: t.arg.string({ required: true, description: 'pass or fail' }),
      statement: t.arg.string({ required: true }),
      evidenceUrl: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      await attestControl(
        context.db,
        actorOf(context),
        withoutNulls({ ...args, controlId: String(args.controlId) }) as never,
      );
      // The attestation is the control's evidence: evaluate it now, whoever attested.
      await evaluateControl(context.db, systemActor('attestation'), String(args.controlId), context.secrets);
      return true;
    },
  }),
  grantPolicyException: t.field({
    type: 'Boolean',
    errors: {},
    args: {
      controlId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
      expiresOn: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      await grantPolicyException(context.db, actorOf(context), { ...args, controlId: String(args.controlId) });
      return true;
    },
  }),
}));

const CoveringPolicyRef = builder
  .objectRef<{ policyId: string; key: string; title: string }>('CoveringPolicy')
  .implement({
    fields: (t) => ({
      policy: t.field({ type: PolicyRef, resolve: (row) => row.policyId }),
      key: t.exposeString('key'),
      title: t.exposeString('title'),
    }),
  });

builder.objectFields(DataAssetRef, (t) => ({
  policies: t.field({
    type: [CoveringPolicyRef],
    description: 'Approved policies whose scope covers this table.',
    resolve: (asset, _args, context) => policiesCovering(context.db, { assetId: asset.id }),
  }),
}));

builder.objectFields(GlossaryTermRef, (t) => ({
  policies: t.field({
    type: [CoveringPolicyRef],
    description: 'Approved policies whose scope covers this term’s domain.',
    resolve: (term, _args, context) => policiesCovering(context.db, { domainId: term.domainId }),
  }),
}));
