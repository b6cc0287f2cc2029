import { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { InvalidTransitionError, NotAllowedError } from '../shared/errors.js';
import { idSchema, optionalTextSchema, versionSchema } from '../shared/schemas.js';
import { type TermContent, type TermStatus, termContentSchema } from './term.js';

/**
 * The approval workflow. A change to the glossary is a proposal; the live term only changes when
 * a reviewer other than the author approves it. Rejecting a proposal leaves the live term as it
 * was: a rejected edit never marks an approved term rejected.
 */
export const proposalKinds = ['create', 'update', 'deprecate', 'reinstate'] as const;
export type ProposalKind = (typeof proposalKinds)[number];

export const proposalStatuses = ['draft', 'pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A proposal is open while it can still change the term. One open proposal per term. */
export const openProposalStatuses: readonly ProposalStatus[] = ['draft', 'pending'];

export type ProposalAction = 'submit' | 'approve' | 'reject' | 'withdraw';

const proposalTransitions: Record<ProposalAction, { from: readonly ProposalStatus[]; to: ProposalStatus }> = {
  submit: { from: ['draft'], to: 'pending' },
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
  withdraw: { from: ['draft', 'pending'], to: 'withdrawn' },
};

/** The status a proposal moves to, or an InvalidTransitionError naming both ends. */
export function nextProposalStatus(from: ProposalStatus, action: ProposalAction): ProposalStatus {
  const rule = proposalTransitions[action];
  if (!rule.from.includes(from)) throw new InvalidTransitionError('Proposal', from, rule.to, { field: 'status' });
  return rule.to;
}

/** Which kinds of proposal a term in each status can receive. */
const kindsByTermStatus: Record<TermStatus, readonly ProposalKind[]> = {
  draft: ['create'],
  in_review: [],
  rejected: ['create'],
  approved: ['update', 'deprecate'],
  deprecated: ['reinstate'],
};

export function assertProposalKindAllowed(status: TermStatus, kind: ProposalKind): void {
  if (!kindsByTermStatus[status].includes(kind)) {
    throw new InvalidTransitionError('Term', status, kind === 'deprecate' ? 'deprecated' : kind, { field: 'kind' });
  }
}

/**
 * The term's status after an event of its open proposal. Only `create` proposals move an
 * unapproved term; on an approved term only approval of a deprecate or reinstate does.
 */
export function termStatusAfter(current: TermStatus, kind: ProposalKind, proposalStatus: ProposalStatus): TermStatus {
  if (kind === 'create') {
    if (proposalStatus === 'draft' || proposalStatus === 'withdrawn') return 'draft';
    if (proposalStatus === 'pending') return 'in_review';
    if (proposalStatus === 'approved') return 'approved';
    return 'rejected';
  }
  if (proposalStatus !== 'approved') return current;
  if (kind === 'deprecate') return 'deprecated';
  if (kind === 'reinstate') return 'approved';
  return current;
}

/** Who reviews a term: its own reviewers, else the glossary's, else the domain's stewards. */
export function effectiveReviewers(
  termReviewerIds: readonly string[],
  glossaryReviewerIds: readonly string[],
  domainStewardIds: readonly string[],
): string[] {
  if (termReviewerIds.length > 0) return [...termReviewerIds];
  if (glossaryReviewerIds.length > 0) return [...glossaryReviewerIds];
  return [...domainStewardIds];
}

export interface ProposalAuthorship {
  authorAccountId: string | null;
  authorPersonId: string | null;
}

function isAuthor(actor: Actor, proposal: ProposalAuthorship): boolean {
  return (
    (actor.accountId !== null && actor.accountId === proposal.authorAccountId) ||
    (actor.personId !== null && actor.personId === proposal.authorPersonId)
  );
}

export function isReviewer(actor: Actor, reviewerIds: readonly string[]): boolean {
  return actor.personId !== null && reviewerIds.includes(actor.personId);
}

/**
 * May this actor approve or reject the proposal? A reviewer of the term who is not its author;
 * the author only when the glossary lets reviewers' own edits through. Admins stand in for a
 * missing reviewer, never for a second pair of eyes on their own change.
 */
export function assertCanDecide(
  actor: Actor,
  proposal: ProposalAuthorship,
  reviewerIds: readonly string[],
  reviewerEditsNeedSecondReviewer: boolean,
): void {
  const reviewer = isReviewer(actor, reviewerIds) || actor.role === 'admin';
  if (!reviewer) {
    throw new NotAllowedError('Only a reviewer of this term can approve or reject its changes.');
  }
  if (isAuthor(actor, proposal) && (reviewerEditsNeedSecondReviewer || !isReviewer(actor, reviewerIds))) {
    throw new NotAllowedError('A change needs a reviewer other than its author.');
  }
}

/** A reviewer's own proposal takes effect at once when the glossary allows it. */
export function isSelfApproved(actor: Actor, reviewerIds: readonly string[], reviewerEditsNeedSecondReviewer: boolean) {
  return !reviewerEditsNeedSecondReviewer && isReviewer(actor, reviewerIds);
}

export const proposeTermInputSchema = z.object({
  glossaryId: idSchema,
  content: termContentSchema,
  /** Why the term is needed; kept with the revision. */
  reason: optionalTextSchema(2000),
  /** Save without sending to review (a draft only its author works on). */
  asDraft: z.boolean().default(false),
});
export type ProposeTermInput = z.input<typeof proposeTermInputSchema>;

export const proposeTermChangeInputSchema = z.object({
  termId: idSchema,
  /** The term version you read: a change to a term that moved on is refused. */
  version: versionSchema,
  content: termContentSchema,
  reason: optionalTextSchema(2000),
  asDraft: z.boolean().default(false),
});
export type ProposeTermChangeInput = z.input<typeof proposeTermChangeInputSchema>;

export const proposeDeprecationInputSchema = z.object({
  termId: idSchema,
  version: versionSchema,
  replacedById: idSchema.nullish().transform((value) => value ?? null),
  reason: optionalTextSchema(2000),
});
export type ProposeDeprecationInput = z.input<typeof proposeDeprecationInputSchema>;

export const decideProposalInputSchema = z
  .object({
    proposalId: idSchema,
    decision: z.enum(['approve', 'reject'], { error: 'must be approve or reject' }),
    comment: optionalTextSchema(2000),
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'reject' && !input.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'is required when rejecting: say what to change' });
    }
  });
export type DecideProposalInput = z.input<typeof decideProposalInputSchema>;

export const decideBatchInputSchema = z
  .object({
    batchId: idSchema,
    decision: z.enum(['approve', 'reject'], { error: 'must be approve or reject' }),
    comment: optionalTextSchema(2000),
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'reject' && !input.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'is required when rejecting: say what to change' });
    }
  });
export type DecideBatchInput = z.input<typeof decideBatchInputSchema>;

export const proposalIdInputSchema = z.object({ proposalId: idSchema });

export interface TermProposal {
  id: string;
  termId: string;
  glossaryId: string;
  batchId: string | null;
  kind: ProposalKind;
  status: ProposalStatus;
  content: TermContent;
  /** The approved revision the proposal started from (0 for a new term). */
  baseRevision: number;
  replacedById: string | null;
  reason: string | null;
  authorAccountId: string | null;
  authorPersonId: string | null;
  authorLabel: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decidedByLabel: string | null;
  decisionComment: string | null;
  createdAt: Date;
  version: number;
}

export interface TermRevision {
  id: string;
  termId: string;
  revision: number;
  content: TermContent;
  status: TermStatus;
  proposalId: string | null;
  reason: string | null;
  authorLabel: string;
  approvedByLabel: string;
  /** True when the glossary let a reviewer approve their own change. */
  selfApproved: boolean;
  createdAt: Date;
}
