import {
  attestationsOfControls,
  complianceHistory,
  exceptionRegister,
  exceptionsOfPolicy,
  resolveRecordLinks,
  updateControl,
  updatePolicyDetails,
  versionsOfPolicies,
} from '@steward/core';
import { type ControlParams, diffPolicyContent, type PolicyContent } from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf } from '../../context.js';
import { ResolvedRecordLinkRef } from '../../record-links.js';
import { withoutNulls } from '../../without-nulls.js';
import { Person } from '../stewardship/types.js';
import {
  ControlFrequencyEnum,
  ControlParamsInput,
  ControlRef,
  PolicyKindEnum,
  PolicyRef,
  PolicyVersionRef,
} from './policies.js';

/** What a control checks, as the editor shows and changes it (the fields of its kind are set). */
const ControlSettingsRef = builder.objectRef<ControlParams>('ControlSettings').implement({
  fields: (t) => ({
    ruleIds: t.idList({ resolve: (params) => (params.kind === 'quality_rule' ? params.ruleIds : []) }),
    rules: t.field({
      type: [ResolvedRecordLinkRef],
      resolve: (params, _args, context) =>
        params.kind === 'quality_rule'
          ? resolveRecordLinks(
              context.db,
              params.ruleIds.map((id) => ({ type: 'quality_rule' as const, id })),
            )
          : [],
    }),
    requireSteward: t.boolean({
      nullable: true,
      resolve: (params) => (params.kind === 'classification_requirement' ? params.requireSteward : null),
    }),
    requireMaskingNote: t.boolean({
      nullable: true,
      resolve: (params) => (params.kind === 'classification_requirement' ? params.requireMaskingNote : null),
    }),
    keepDays: t.int({ nullable: true, resolve: (params) => (params.kind === 'retention' ? params.keepDays : null) }),
    action: t.string({
      nullable: true,
      description: 'retention: archive or delete',
      resolve: (params) => (params.kind === 'retention' ? params.action : null),
    }),
    timestampColumn: t.string({
      nullable: true,
      resolve: (params) => (params.kind === 'retention' ? params.timestampColumn : null),
    }),
    assets: t.field({
      type: [ResolvedRecordLinkRef],
      resolve: (params, _args, context) =>
        params.kind === 'retention'
          ? resolveRecordLinks(
              context.db,
              params.assetIds.map((id) => ({ type: 'asset' as const, id })),
            )
          : [],
    }),
  }),
});

type Attestation = NonNullable<ReturnType<Awaited<ReturnType<typeof attestationsOfControls>>['get']>>[number];
const AttestationRef = builder.objectRef<Attestation>('ControlAttestation').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    outcome: t.exposeString('outcome', { description: 'pass or fail' }),
    statement: t.exposeString('statement'),
    evidenceUrl: t.exposeString('evidenceUrl', { nullable: true }),
    attestedAt: t.expose('attestedAt', { type: 'DateTime' }),
    person: t.field({ type: Person, nullable: true, resolve: (row) => row.personId }),
  }),
});

builder.objectFields(ControlRef, (t) => ({
  version: t.int({ resolve: (entry) => entry.control.version }),
  active: t.boolean({
    description: 'An inactive control keeps its history but is not evaluated and leaves compliance.',
    resolve: (entry) => entry.control.active,
  }),
  settings: t.field({ type: ControlSettingsRef, resolve: (entry) => entry.control.params }),
  attestations: t.field({
    type: [AttestationRef],
    description: 'The latest ten attestations (access reviews, manual checks), newest first.',
    resolve: (entry, _args, context) =>
      context
        .loader('control-attestations', async (ids) => {
          const byControl = await attestationsOfControls(context.db, ids);
          return ids.map((id) => byControl.get(id) ?? []);
        })
        .load(entry.control.id),
  }),
}));

type PolicyException = Awaited<ReturnType<typeof exceptionsOfPolicy>>[number];
const PolicyExceptionRef = builder.objectRef<PolicyException>('PolicyException').implement({
  description: 'An exception the approver granted to a control, until a date.',
  fields: (t) => ({
    id: t.exposeID('id'),
    controlId: t.exposeID('controlId'),
    controlName: t.exposeString('controlName'),
    policy: t.field({ type: PolicyRef, resolve: (row) => row.policyId }),
    reason: t.exposeString('reason'),
    approvedBy: t.field({ type: Person, nullable: true, resolve: (row) => row.approvedBy }),
    grantedAt: t.expose('grantedAt', { type: 'DateTime' }),
    expiresOn: t.exposeString('expiresOn', { description: 'YYYY-MM-DD' }),
    inForce: t.exposeBoolean('inForce'),
  }),
});

const CompliancePointRef = builder
  .objectRef<Awaited<ReturnType<typeof complianceHistory>>[number]>('PolicyCompliancePoint')
  .implement({
    fields: (t) => ({
      day: t.exposeString('day', { description: 'YYYY-MM-DD' }),
      share: t.exposeFloat('share'),
      passing: t.exposeInt('passing'),
      evaluated: t.exposeInt('evaluated'),
    }),
  });

builder.objectFields(PolicyRef, (t) => ({
  version: t.exposeInt('version'),
  exceptions: t.field({
    type: [PolicyExceptionRef],
    description: 'Every exception granted to its controls, newest first.',
    resolve: (policy, _args, context) => exceptionsOfPolicy(context.db, policy.id),
  }),
  complianceHistory: t.field({
    type: [CompliancePointRef],
    description: 'Compliance at the end of each day, from the first evaluation (at most the last `days`).',
    args: { days: t.arg.int({ defaultValue: 90 }) },
    resolve: (policy, { days }, context) =>
      complianceHistory(context.db, policy.id, { days: Math.min(Math.max(days ?? 90, 1), 730) }),
  }),
}));

builder.mutationFields((t) => ({
  updatePolicyDetails: t.field({
    type: PolicyRef,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      title: t.arg.string(),
      kind: t.arg({ type: PolicyKindEnum }),
      ownerPersonId: t.arg.id(),
      approverPersonId: t.arg.id(),
    },
    resolve: (_root, args, context) =>
      updatePolicyDetails(context.db, actorOf(context), withoutNulls({ ...args, id: String(args.id) }) as never),
  }),
  updateControl: t.field({
    type: PolicyRef,
    errors: {},
    description: 'Changes a control; returns its policy.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      name: t.arg.string(),
      description: t.arg.string({ description: 'An empty string clears it.' }),
      ownerPersonId: t.arg.id(),
      frequency: t.arg({ type: ControlFrequencyEnum }),
      params: t.arg({ type: ControlParamsInput }),
      active: t.arg.boolean(),
    },
    resolve: async (_root, args, context) =>
      (await updateControl(context.db, actorOf(context), withoutNulls({ ...args, id: String(args.id) }) as never))
        .policyId,
  }),
}));
interface PolicyChange {
  field: ReturnType<typeof diffPolicyContent>[number]['field'];
  before: string | null;
  after: string | null;
  added: { type: 'domain' | 'asset' | null; id: string }[];
  removed: { type: 'domain' | 'asset' | null; id: string }[];
}

const PolicyChangeRef = builder.objectRef<PolicyChange>('GovernancePolicyChange').implement({
  description:
    'One field that changed from the previous version: the statement and driver as texts, the scope as what was added and removed.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'statement, driver, domains, classifications or assets' }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
    added: t.field({
      type: [ResolvedRecordLinkRef],
      description: 'Domains or tables added (classifications: in addedValues).',
      resolve: (change, _args, context) => linksOf(context, change.added),
    }),
    removed: t.field({
      type: [ResolvedRecordLinkRef],
      resolve: (change, _args, context) => linksOf(context, change.removed),
    }),
    addedValues: t.stringList({
      resolve: (change) => change.added.filter((item) => item.type === null).map((item) => item.id),
    }),
    removedValues: t.stringList({
      resolve: (change) => change.removed.filter((item) => item.type === null).map((item) => item.id),
    }),
  }),
});

const linksOf = (context: { db: Parameters<typeof resolveRecordLinks>[0] }, items: PolicyChange['added']) =>
  resolveRecordLinks(
    context.db,
    items.flatMap((item) => (item.type ? [{ type: item.type, id: item.id }] : [])),
  );

/** What changed from one content to the next, as the version history shows it. */
function changesBetween(before: PolicyContent, after: PolicyContent): PolicyChange[] {
  return diffPolicyContent(before, after).map((change) => {
    if (change.field === 'statement' || change.field === 'driver')
      return {
        field: change.field,
        before: (change.before as string | null) ?? null,
        after: (change.after as string | null) ?? null,
        added: [],
        removed: [],
      };
    const type = change.field === 'domains' ? 'domain' : change.field === 'assets' ? 'asset' : null;
    const was = change.before as string[];
    const now = change.after as string[];
    return {
      field: change.field,
      before: null,
      after: null,
      added: now.filter((id) => !was.includes(id)).map((id) => ({ type, id })),
      removed: was.filter((id) => !now.includes(id)).map((id) => ({ type, id })),
    };
  });
}

builder.objectFields(PolicyVersionRef, (t) => ({
  changes: t.field({
    type: [PolicyChangeRef],
    description: 'What changed from the version before it (none for the first version).',
    resolve: async (version, _args, context) => {
      const [versions = []] = await context.memo(`policy-versions:${version.policyId}`, () =>
        versionsOfPolicies(context.db, [version.policyId]),
      );
      const previous = versions.find((other) => other.number === version.number - 1);
      return previous ? changesBetween(previous.content, version.content) : [];
    },
  }),
}));

builder.queryFields((t) => ({
  policyExceptions: t.field({
    type: [PolicyExceptionRef],
    description: 'The exception register: every exception granted to a control of any policy, newest first.',
    resolve: (_root, _args, context) => exceptionRegister(context.db),
  }),
}));
