import { glossaries, glossaryTerms, type Transaction, termProposals } from '@steward/db';
import {
  type Actor,
  assertCanDecide,
  assertProposalKindAllowed,
  decideProposalInputSchema,
  type GlossaryTerm,
  InputError,
  InvalidTransitionError,
  isSelfApproved,
  NotAllowedError,
  NotFoundError,
  nextProposalStatus,
  type ProposalKind,
  proposalIdInputSchema,
  proposeDeprecationInputSchema,
  proposeTermChangeInputSchema,
  proposeTermInputSchema,
  sameTermContent,
  type TermContent,
  type TermProposal,
  termContentSchema,
  termStatusAfter,
} from '@steward/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../shared/use-case.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion } from '../shared/versioning.js';
import { applyApproval } from './approve.js';
import { reviewContextOf } from './reviewers.js';
import { assertContentReferences } from './term-references.js';
import { contentColumns, contentOf, loadTerms, toProposal } from './term-rows.js';

export interface ProposalOutcome {
  term: GlossaryTerm;
  proposal: TermProposal;
}

async function lockTerm(tx: Transaction, termId: string): Promise<GlossaryTerm> {
  const [row] = await tx
    .select({ id: glossaryTerms.id })
    .from(glossaryTerms)
    .where(eq(glossaryTerms.id, termId))
    .for('update');
  if (!row) throw new NotFoundError('Term', termId, { field: 'termId' });
  return (await loadTerms(tx, [termId])).get(termId)!;
}

async function lockProposal(tx: Transaction, proposalId: string): Promise<TermProposal> {
  const [row] = await tx.select().from(termProposals).where(eq(termProposals.id, proposalId)).for('update');
  if (!row) throw new NotFoundError('Proposal', proposalId, { field: 'proposalId' });
  return toProposal(row);
}

/** The open proposal of a term, named in the error, or nothing. */
async function assertNoOpenProposal(tx: Transaction, termId: string) {
  const [open] = await tx
    .select({ authorLabel: termProposals.authorLabel, status: termProposals.status })
    .from(termProposals)
    .where(and(eq(termProposals.termId, termId), inArray(termProposals.status, ['draft', 'pending'])));
  if (open) {
    throw new InputError([
      {
        field: 'termId',
        message: `already has an open change by ${open.authorLabel} (${open.status === 'draft' ? 'a draft' : 'in review'}); it must be decided or withdrawn first`,
      },
    ]);
  }
}

interface NewProposal {
  kind: ProposalKind;
  content: TermContent;
  reason: string | null;
  asDraft: boolean;
  replacedById?: string | null;
  batchId?: string | null;
}

/** Records a proposal; when the glossary lets this reviewer's own change through, applies it. */
async function recordProposal(
  tx: Transaction,
  actor: Actor,
  term: GlossaryTerm,
  proposal: NewProposal,
  now = new Date(),
): Promise<ProposalOutcome & { selfApproved: boolean }> {
  const status = proposal.asDraft ? 'draft' : 'pending';
  const [row] = await tx
    .insert(termProposals)
    .values({
      termId: term.id,
      glossaryId: term.glossaryId,
      batchId: proposal.batchId ?? null,
      kind: proposal.kind,
      status,
      content: proposal.content,
      baseRevision: term.approvedRevision,
      replacedById: proposal.replacedById ?? null,
      reason: proposal.reason,
      authorAccountId: actor.accountId,
      authorPersonId: actor.personId,
      authorLabel: actor.label,
      submittedAt: proposal.asDraft ? null : now,
      createdBy: actor.accountId,
      updatedBy: actor.accountId,
    })
    .returning();
  const recorded = toProposal(row!);
  if (!proposal.asDraft) {
    const context = await reviewContextOf(tx, { ...term, reviewerIds: proposal.content.reviewerIds });
    if (isSelfApproved(actor, context.reviewerIds, context.reviewerEditsNeedSecondReviewer)) {
      const applied = await applyApproval(tx, actor, term, recorded, { selfApproved: true, comment: null, now });
      return { ...applied, selfApproved: true };
    }
  }
  return { term, proposal: recorded, selfApproved: false };
}

/** Proposes a new term. It exists at once (in review, or as a draft) but is approved only by a reviewer. */
export const proposeTerm = defineUseCase({
  action: 'glossary.term.propose',
  input: proposeTermInputSchema,
  permission: 'glossary:write',
  async run({ tx, actor, audit }, input) {
    const [glossary] = await tx
      .select({ id: glossaries.id })
      .from(glossaries)
      .where(eq(glossaries.id, input.glossaryId));
    if (!glossary) throw new NotFoundError('Glossary', input.glossaryId, { field: 'glossaryId' });
    await assertContentReferences(tx, input.glossaryId, null, input.content);
    const [row] = await tx
      .insert(glossaryTerms)
      .values({
        glossaryId: input.glossaryId,
        ...contentColumns(input.content),
        status: input.asDraft ? 'draft' : 'in_review',
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning({ id: glossaryTerms.id });
    const term = (await loadTerms(tx, [row!.id])).get(row!.id)!;
    const outcome = await recordProposal(tx, actor, term, {
      kind: 'create',
      content: input.content,
      reason: input.reason,
      asDraft: input.asDraft,
    });
    await audit({
      entityType: 'GlossaryTerm',
      entityId: term.id,
      after: { proposal: outcome.proposal, selfApproved: outcome.selfApproved },
      relatedIds: [term.glossaryId, term.domainId, outcome.proposal.id],
    });
    return outcome;
  },
});

/**
 * Proposes a change to a term. On an approved term the live version stays in force until a
 * reviewer decides; on a draft or rejected term this is its next proposal.
 */
export const proposeTermChange = defineUseCase({
  action: 'glossary.term.proposeChange',
  input: proposeTermChangeInputSchema,
  permission: 'glossary:write',
  async run({ tx, actor, audit }, input) {
    const term = await lockTerm(tx, input.termId);
    assertVersion('Term', term, term.id, input.version);
    const kind: ProposalKind = term.status === 'approved' ? 'update' : 'create';
    if (term.status === 'in_review') {
      throw new InvalidTransitionError('Term', term.status, 'in_review', { field: 'termId' });
    }
    assertProposalKindAllowed(term.status, kind);
    await assertNoOpenProposal(tx, term.id);
    if (kind === 'update' && sameTermContent(contentOf(term), input.content)) {
      throw InputError.forField('content', 'changes nothing: the proposal is the same as the approved term');
    }
    await assertContentReferences(tx, term.glossaryId, term.id, input.content);
    let current = term;
    if (kind === 'create') {
      // A term never approved shows its latest proposal.
      await tx
        .update(glossaryTerms)
        .set({
          ...contentColumns(input.content),
          status: input.asDraft ? 'draft' : 'in_review',
          version: term.version + 1,
          updatedAt: new Date(),
          updatedBy: actor.accountId,
        })
        .where(eq(glossaryTerms.id, term.id));
      current = (await loadTerms(tx, [term.id])).get(term.id)!;
    }
    const outcome = await recordProposal(tx, actor, current, {
      kind,
      content: input.content,
      reason: input.reason,
      asDraft: input.asDraft,
    });
    await audit({
      entityType: 'GlossaryTerm',
      entityId: term.id,
      before: contentOf(term),
      after: { proposal: outcome.proposal, selfApproved: outcome.selfApproved },
      relatedIds: [term.glossaryId, term.domainId, input.content.domainId, outcome.proposal.id],
    });
    return outcome;
  },
});

/** Proposes to deprecate an approved term, optionally naming the term that replaces it. */
export const proposeDeprecation = defineUseCase({
  action: 'glossary.term.proposeDeprecation',
  input: proposeDeprecationInputSchema,
  permission: 'glossary:write',
  async run({ tx, actor, audit }, input) {
    const term = await lockTerm(tx, input.termId);
    assertVersion('Term', term, term.id, input.version);
    assertProposalKindAllowed(term.status, 'deprecate');
    await assertNoOpenProposal(tx, term.id);
    if (input.replacedById) {
      if (input.replacedById === term.id) throw InputError.forField('replacedById', 'cannot be the term itself');
      const found = await loadTerms(tx, [input.replacedById]);
      if (!found.has(input.replacedById))
        throw new NotFoundError('Term', input.replacedById, { field: 'replacedById' });
    }
    const outcome = await recordProposal(tx, actor, term, {
      kind: 'deprecate',
      content: contentOf(term),
      reason: input.reason,
      asDraft: false,
      replacedById: input.replacedById,
    });
    await audit({
      entityType: 'GlossaryTerm',
      entityId: term.id,
      after: { proposal: outcome.proposal, selfApproved: outcome.selfApproved },
      relatedIds: [term.glossaryId, term.domainId, input.replacedById, outcome.proposal.id],
    });
    return outcome;
  },
});

/** Proposes to bring a deprecated term back into use. */
export const proposeReinstatement = defineUseCase({
  action: 'glossary.term.proposeReinstatement',
  input: z.object({
    termId: z.uuid({ error: 'must be a valid id' }),
    version: z.number().int().positive(),
    reason: z.string().trim().max(2000).nullish(),
  }),
  permission: 'glossary:write',
  async run({ tx, actor, audit }, input) {
    const term = await lockTerm(tx, input.termId);
    assertVersion('Term', term, term.id, input.version);
    assertProposalKindAllowed(term.status, 'reinstate');
    await assertNoOpenProposal(tx, term.id);
    const outcome = await recordProposal(tx, actor, term, {
      kind: 'reinstate',
      content: contentOf(term),
      reason: input.reason ?? null,
      asDraft: false,
    });
    await audit({
      entityType: 'GlossaryTerm',
      entityId: term.id,
      after: { proposal: outcome.proposal, selfApproved: outcome.selfApproved },
      relatedIds: [term.glossaryId, term.domainId, outcome.proposal.id],
    });
    return outcome;
  },
});

function assertAuthor(actor: Actor, proposal: TermProposal) {
  const mine =
    (actor.accountId !== null && actor.accountId === proposal.authorAccountId) ||
    (actor.personId !== null && actor.personId === proposal.authorPersonId);
  if (!mine && actor.role !== 'admin')
    throw new NotAllowedError('Only the author of a proposal can change or withdraw it.');
}

/** Sends a draft proposal to review. */
export const submitProposal = defineUseCase({
  action: 'glossary.proposal.submit',
  input: proposalIdInputSchema,
  permission: 'glossary:write',
  async run({ tx, actor, audit }, { proposalId }) {
    const proposal = await lockProposal(tx, proposalId);
    assertAuthor(actor, proposal);
    const status = nextProposalStatus(proposal.status, 'submit');
    const term = await lockTerm(tx, proposal.termId);
    const now = new Date();
    const [row] = await tx
      .update(termProposals)
      .set({ status, submittedAt: now, version: proposal.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(termProposals.id, proposalId))
      .returning();
    let outcome: ProposalOutcome = { term, proposal: toProposal(row!) };
    await moveUnapprovedTerm(tx, actor, term, proposal.kind, status);
    outcome.term = (await loadTerms(tx, [term.id])).get(term.id)!;
    const context = await reviewContextOf(tx, { ...term, reviewerIds: proposal.content.reviewerIds });
    const selfApproved = isSelfApproved(actor, context.reviewerIds, context.reviewerEditsNeedSecondReviewer);
    if (selfApproved) {
      outcome = await applyApproval(tx, actor, outcome.term, outcome.proposal, { selfApproved, comment: null, now });
    }
    await audit({
      entityType: 'GlossaryTerm',
      entityId: term.id,
      after: { proposalId, status: outcome.proposal.status, selfApproved },
      relatedIds: [term.glossaryId, term.domainId, proposalId],
    });
    return outcome;
  },
});

/** For a term never approved, its status follows its proposal's. */
async function moveUnapprovedTerm(
  tx: Transaction,
  actor: Actor,
  term: GlossaryTerm,
  kind: ProposalKind,
  proposalStatus: TermProposal['status'],
) {
  const next = termStatusAfter(term.status, kind, proposalStatus);
  if (next === term.status) return;
  await tx
    .update(glossaryTerms)
    .set({ status: next, version: term.version + 1, updatedAt: new Date(), updatedBy: actor.accountId })
    .where(eq(glossaryTerms.id, term.id));
}

/** The author takes a proposal back. A new term goes back to draft; an approved one is untouched. */
export const withdrawProposal = defineUseCase({
  action: 'glossary.proposal.withdraw',
  input: proposalIdInputSchema,
  permission: 'glossary:write',
  async run({ tx, actor, audit }, { proposalId }) {
    const proposal = await lockProposal(tx, proposalId);
    assertAuthor(actor, proposal);
    const status = nextProposalStatus(proposal.status, 'withdraw');
    const term = await lockTerm(tx, proposal.termId);
    const now = new Date();
    const [row] = await tx
      .update(termProposals)
      .set({ status, decidedAt: now, version: proposal.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(termProposals.id, proposalId))
      .returning();
    await moveUnapprovedTerm(tx, actor, term, proposal.kind, status);
    await audit({
      entityType: 'GlossaryTerm',
      entityId: term.id,
      after: { proposalId, status },
      relatedIds: [term.glossaryId, term.domainId, proposalId],
    });
    return { term: (await loadTerms(tx, [term.id])).get(term.id)!, proposal: toProposal(row!) };
  },
});

/** The author amends an open proposal (a reviewer's comment asked for it, say). */
export const reviseProposal = defineUseCase({
  action: 'glossary.proposal.revise',
  input: z.object({
    proposalId: z.uuid({ error: 'must be a valid id' }),
    version: z.number({ error: 'must be the version you read' }).int().positive(),
    content: termContentSchema,
    reason: z.string().trim().max(2000, { error: 'must be at most 2000 characters' }).nullish(),
  }),
  permission: 'glossary:write',
  async run({ tx, actor, audit }, input) {
    const proposal = await lockProposal(tx, input.proposalId);
    assertVersion('Proposal', proposal, proposal.id, input.version);
    assertAuthor(actor, proposal);
    if (proposal.status !== 'draft' && proposal.status !== 'pending') {
      throw new InvalidTransitionError('Proposal', proposal.status, proposal.status, { field: 'proposalId' });
    }
    if (proposal.kind === 'deprecate' || proposal.kind === 'reinstate') {
      throw InputError.forField('content', `a ${proposal.kind} proposal has no content to revise`);
    }
    const term = await lockTerm(tx, proposal.termId);
    await assertContentReferences(tx, term.glossaryId, term.id, input.content);
    const now = new Date();
    const [row] = await tx
      .update(termProposals)
      .set({
        content: input.content,
        reason: input.reason === undefined ? proposal.reason : (input.reason ?? null),
        version: proposal.version + 1,
        updatedAt: now,
        updatedBy: actor.accountId,
      })
      .where(eq(termProposals.id, proposal.id))
      .returning();
    if (proposal.kind === 'create') {
      await tx
        .update(glossaryTerms)
        .set({
          ...contentColumns(input.content),
          version: term.version + 1,
          updatedAt: now,
          updatedBy: actor.accountId,
        })
        .where(eq(glossaryTerms.id, term.id));
    }
    await audit({
      entityType: 'GlossaryTerm',
      entityId: term.id,
      before: proposal.content,
      after: { proposalId: proposal.id, content: input.content },
      relatedIds: [term.glossaryId, term.domainId, proposal.id],
    });
    return { term: (await loadTerms(tx, [term.id])).get(term.id)!, proposal: toProposal(row!) };
  },
});

/** Decides one pending proposal inside the caller's transaction (shared by one-by-one and batch). */
export async function decideOne(
  { tx, actor }: Pick<UseCaseContext, 'tx' | 'actor'>,
  proposal: TermProposal,
  decision: 'approve' | 'reject',
  comment: string | null,
  now = new Date(),
): Promise<ProposalOutcome> {
  const status = nextProposalStatus(proposal.status, decision);
  const term = await lockTerm(tx, proposal.termId);
  const context = await reviewContextOf(tx, term);
  assertCanDecide(actor, proposal, context.reviewerIds, context.reviewerEditsNeedSecondReviewer);
  if (decision === 'approve') return applyApproval(tx, actor, term, proposal, { selfApproved: false, comment, now });
  const [row] = await tx
    .update(termProposals)
    .set({
      status,
      decidedAt: now,
      decidedByAccountId: actor.accountId,
      decidedByLabel: actor.label,
      decisionComment: comment,
      version: proposal.version + 1,
      updatedAt: now,
      updatedBy: actor.accountId,
    })
    .where(eq(termProposals.id, proposal.id))
    .returning();
  await moveUnapprovedTerm(tx, actor, term, proposal.kind, status);
  return { term: (await loadTerms(tx, [term.id])).get(term.id)!, proposal: toProposal(row!) };
}

/** A reviewer other than the author approves or rejects (with a comment) one proposal. */
export const decideProposal = defineUseCase({
  action: 'glossary.proposal.decide',
  input: decideProposalInputSchema,
  permission: null,
  async run({ tx, actor, audit }, input) {
    const proposal = await lockProposal(tx, input.proposalId);
    const outcome = await decideOne({ tx, actor }, proposal, input.decision, input.comment);
    await audit({
      entityType: 'GlossaryTerm',
      entityId: proposal.termId,
      before: proposal.kind === 'create' ? null : proposal.content,
      after: { proposalId: proposal.id, decision: input.decision, comment: input.comment, status: outcome.term.status },
      relatedIds: [proposal.glossaryId, outcome.term.domainId, proposal.id, proposal.batchId],
    });
    return outcome;
  },
});
