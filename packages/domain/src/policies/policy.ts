import { z } from 'zod';
import { piiClasses } from '../catalog/classification.js';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/**
 * Governance policies (process tracks 12 and 13, the maturity model's policy category): what the
 * organisation requires of its data, why (the regulation or business driver), for what (domains,
 * classifications, assets), who owns and who approves it; versioned like glossary terms.
 */

export const policyKinds = [
  'security_and_privacy',
  'information_lifecycle',
  'data_quality',
  'access',
  'other',
] as const;
export type PolicyKind = (typeof policyKinds)[number];

export const policyVersionStatuses = ['draft', 'in_review', 'approved', 'retired'] as const;
export type PolicyVersionStatus = (typeof policyVersionStatuses)[number];

export const policyVersionActions = ['submit', 'approve', 'send_back', 'retire'] as const;
export type PolicyVersionAction = (typeof policyVersionActions)[number];

/** Who takes each move: the policy's owner (or the program's team) writes and retires; its approver approves. */
const transitions: Record<
  PolicyVersionAction,
  { from: readonly PolicyVersionStatus[]; to: PolicyVersionStatus; by: 'author' | 'approver' }
> = {
  submit: { from: ['draft'], to: 'in_review', by: 'author' },
  approve: { from: ['in_review'], to: 'approved', by: 'approver' },
  send_back: { from: ['in_review'], to: 'draft', by: 'approver' },
  retire: { from: ['approved'], to: 'retired', by: 'author' },
};

/** Where a move leads and who takes it, or why it cannot be taken from this status. */
export function planPolicyVersionTransition(
  status: PolicyVersionStatus,
  action: PolicyVersionAction,
): { to: PolicyVersionStatus; by: 'author' | 'approver' } | { error: string } {
  const transition = transitions[action];
  if (!transition.from.includes(status))
    return { error: `cannot ${action.replace('_', ' ')} a version that is ${status.replace('_', ' ')}` };
  return { to: transition.to, by: transition.by };
}

export function availablePolicyVersionActions(
  status: PolicyVersionStatus,
  standing: { author: boolean; approver: boolean },
): PolicyVersionAction[] {
  return policyVersionActions.filter((action) => {
    const transition = transitions[action];
    return transition.from.includes(status) && standing[transition.by];
  });
}

export const policyScopeSchema = z.object({
  domainIds: z.array(idSchema).max(200).default([]),
  /** Personal-data classes the policy governs (columns classified so, in the domains in scope). */
  classifications: z
    .array(z.enum(piiClasses, { error: `must be one of ${piiClasses.join(', ')}` }))
    .max(piiClasses.length)
    .default([]),
  assetIds: z.array(idSchema).max(500).default([]),
});
export type PolicyScope = z.output<typeof policyScopeSchema>;

/** What a version says: the statement, the driver, the scope. */
export const policyContentSchema = z.object({
  statement: z.string().trim().min(1, { error: 'must say what the policy requires' }).max(50_000),
  /** The regulation or business driver it serves: GDPR, PIPL, SOX, an internal standard. */
  driver: optionalTextSchema(200),
  scope: policyScopeSchema.default({ domainIds: [], classifications: [], assetIds: [] }),
});
export type PolicyContent = z.output<typeof policyContentSchema>;

export const createPolicyInputSchema = z.object({
  title: nameSchema,
  kind: z.enum(policyKinds, { error: `must be one of ${policyKinds.join(', ')}` }),
  ownerPersonId: idSchema,
  approverPersonId: idSchema,
  content: policyContentSchema,
});
export type CreatePolicyInput = z.input<typeof createPolicyInputSchema>;

/** Changes what is not versioned: the title, kind, owner and approver (absent fields stay). */
export const updatePolicyDetailsInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  title: nameSchema.optional(),
  kind: z.enum(policyKinds, { error: `must be one of ${policyKinds.join(', ')}` }).optional(),
  ownerPersonId: idSchema.optional(),
  approverPersonId: idSchema.optional(),
});
export type UpdatePolicyDetailsInput = z.input<typeof updatePolicyDetailsInputSchema>;

/** Edits a draft version's content (the id is the version's). */
export const updateGovernancePolicyDraftInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  content: policyContentSchema,
  changeNote: optionalTextSchema(500),
});

export const transitionPolicyVersionInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  action: z.enum(policyVersionActions, { error: `must be one of ${policyVersionActions.join(', ')}` }),
  comment: optionalTextSchema(2000),
});

export interface GovernancePolicy extends RecordMeta {
  /** `GP-1` … (governance policy): short and stable; its exception issues are `POL-n`. */
  key: string;
  title: string;
  kind: PolicyKind;
  ownerPersonId: string;
  approverPersonId: string;
}

export interface GovernancePolicyVersion extends RecordMeta {
  policyId: string;
  number: number;
  status: PolicyVersionStatus;
  content: PolicyContent;
  changeNote: string | null;
  submittedBy: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionComment: string | null;
}

/** A field-by-field account of what changed between two versions' contents. */
export function diffPolicyContent(
  before: PolicyContent,
  after: PolicyContent,
): { field: 'statement' | 'driver' | 'domains' | 'classifications' | 'assets'; before: unknown; after: unknown }[] {
  const changes: ReturnType<typeof diffPolicyContent> = [];
  if (before.statement !== after.statement)
    changes.push({ field: 'statement', before: before.statement, after: after.statement });
  if (before.driver !== after.driver) changes.push({ field: 'driver', before: before.driver, after: after.driver });
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item) => b.includes(item));
  if (!same(before.scope.domainIds, after.scope.domainIds))
    changes.push({ field: 'domains', before: before.scope.domainIds, after: after.scope.domainIds });
  if (!same(before.scope.classifications, after.scope.classifications))
    changes.push({
      field: 'classifications',
      before: before.scope.classifications,
      after: after.scope.classifications,
    });
  if (!same(before.scope.assetIds, after.scope.assetIds))
    changes.push({ field: 'assets', before: before.scope.assetIds, after: after.scope.assetIds });
  return changes;
}
