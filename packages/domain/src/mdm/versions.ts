import { z } from 'zod';
import { InvalidTransitionError } from '../shared/errors.js';
import { idSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';
import { type GoldenRecordPolicy, goldenRecordPolicySchema } from './policy.js';

/**
 * Golden-record policies are versioned per MDM domain and approved like glossary terms:
 * draft → in_review → approved → active → retired, one active version per domain, approved by
 * the accountable data owner of the MDM domain's governance domain. Only a draft can change.
 */
export const policyStatuses = ['draft', 'in_review', 'approved', 'active', 'retired'] as const;
export type PolicyStatus = (typeof policyStatuses)[number];

export const policyActions = ['submit', 'approve', 'send_back', 'activate', 'retire'] as const;
export type PolicyAction = (typeof policyActions)[number];

/** Who may take each step: the policy's designers (architects) or the approver (the data owner). */
export type PolicyActor = 'designer' | 'approver';

const transitions: Record<PolicyAction, { from: readonly PolicyStatus[]; to: PolicyStatus; by: PolicyActor }> = {
  submit: { from: ['draft'], to: 'in_review', by: 'designer' },
  approve: { from: ['in_review'], to: 'approved', by: 'approver' },
  send_back: { from: ['in_review'], to: 'draft', by: 'approver' },
  activate: { from: ['approved'], to: 'active', by: 'designer' },
  retire: { from: ['approved', 'active'], to: 'retired', by: 'designer' },
};

/** The status an action leads to from `status`, or an error naming the move. */
export function planPolicyTransition(
  status: PolicyStatus,
  action: PolicyAction,
): { to: PolicyStatus; by: PolicyActor } {
  const rule = transitions[action];
  if (!rule.from.includes(status)) throw new InvalidTransitionError('GoldenRecordPolicyVersion', status, rule.to);
  return { to: rule.to, by: rule.by };
}

/** The actions open on a version for someone who is a designer and/or the approver. */
export function availablePolicyActions(
  status: PolicyStatus,
  as: { designer: boolean; approver: boolean },
): PolicyAction[] {
  return policyActions.filter((action) => {
    const rule = transitions[action];
    return rule.from.includes(status) && (rule.by === 'designer' ? as.designer : as.approver);
  });
}

export const createPolicyVersionInputSchema = z.object({
  mdmDomainId: idSchema,
  /** Start from this version's policy; without it, from the domain's active version, else a starter policy. */
  fromVersionId: idSchema.nullish().transform((value) => value ?? null),
  note: optionalTextSchema(2000),
});
export type CreatePolicyVersionInput = z.input<typeof createPolicyVersionInputSchema>;

export const updatePolicyDraftInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  policy: goldenRecordPolicySchema,
  note: optionalTextSchema(2000).optional(),
});
export type UpdatePolicyDraftInput = z.input<typeof updatePolicyDraftInputSchema>;

export const transitionPolicyInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  action: z.enum(policyActions, { error: `must be one of ${policyActions.join(', ')}` }),
  comment: optionalTextSchema(2000),
});
export type TransitionPolicyInput = z.input<typeof transitionPolicyInputSchema>;

export interface PolicyVersion extends RecordMeta {
  mdmDomainId: string;
  /** 1, 2, 3 … per MDM domain. */
  number: number;
  status: PolicyStatus;
  policy: GoldenRecordPolicy;
  note: string | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionComment: string | null;
  activatedAt: Date | null;
  retiredAt: Date | null;
}

/** One difference between two policy versions, by section, for a reviewer. */
export interface PolicyChange {
  section: 'attributes' | 'blocking' | 'comparisons' | 'scoring' | 'thresholds' | 'survivorship' | 'sources';
  /** What changed, in words: "comparison surname", "auto-merge threshold". */
  item: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

/** JSON with sorted keys, so key order is no change. */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_name, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );

/**
 * What changed from `before` to `after`: list sections are matched by their key (attribute
 * name; a blocking pass by its key parts), so a reordered list is no change and an edited item
 * is one change, not a removal and an addition.
 */
export function diffPolicies(before: GoldenRecordPolicy, after: GoldenRecordPolicy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const keyed = <T>(
    section: PolicyChange['section'],
    label: string,
    left: readonly T[],
    right: readonly T[],
    keyOf: (item: T) => string,
  ) => {
    const leftBy = new Map(left.map((item) => [keyOf(item), item]));
    const rightBy = new Map(right.map((item) => [keyOf(item), item]));
    for (const [key, item] of rightBy) {
      const previous = leftBy.get(key);
      if (previous === undefined)
        changes.push({ section, item: `${label} ${key}`, kind: 'added', before: null, after: item });
      else if (canonical(previous) !== canonical(item))
        changes.push({ section, item: `${label} ${key}`, kind: 'changed', before: previous, after: item });
    }
    for (const [key, item] of leftBy) {
      if (!rightBy.has(key))
        changes.push({ section, item: `${label} ${key}`, kind: 'removed', before: item, after: null });
    }
  };
  const scalar = (section: PolicyChange['section'], item: string, left: unknown, right: unknown) => {
    if (canonical(left) !== canonical(right))
      changes.push({ section, item, kind: 'changed', before: left, after: right });
  };
  keyed('attributes', 'attribute', before.attributes, after.attributes, (item) => item.name);
  keyed('blocking', 'blocking pass', before.blocking, after.blocking, (pass) =>
    pass.keys
      .map((key) => (key.transform === 'exact' ? key.attribute : `${key.transform}(${key.attribute})`))
      .join(' + '),
  );
  keyed('comparisons', 'comparison', before.comparisons, after.comparisons, (item) => item.attribute);
  scalar('scoring', 'scoring method', before.scoring, after.scoring);
  scalar('scoring', 'prior match rate', before.priorMatchRate, after.priorMatchRate);
  scalar('thresholds', 'auto-merge threshold', before.autoMergeThreshold, after.autoMergeThreshold);
  scalar('thresholds', 'review threshold', before.reviewThreshold, after.reviewThreshold);
  scalar('thresholds', 'largest cluster', before.maxClusterSize, after.maxClusterSize);
  keyed('survivorship', 'survivorship of', before.survivorship, after.survivorship, (item) => item.attribute);
  keyed('sources', 'source', before.sources, after.sources, (item) => item.name);
  return changes;
}
