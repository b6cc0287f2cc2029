import { describe, expect, it } from 'vitest';
import { systemActor } from '../auth/actor.js';
import { InvalidTransitionError, NotAllowedError } from '../shared/errors.js';
import { type TermStatus, termStatuses } from './term.js';
import {
  assertCanDecide,
  assertProposalKindAllowed,
  effectiveReviewers,
  isSelfApproved,
  nextProposalStatus,
  type ProposalAction,
  type ProposalKind,
  type ProposalStatus,
  proposalKinds,
  proposalStatuses,
  termStatusAfter,
} from './workflow.js';

const allowedProposalMoves: Record<ProposalAction, Partial<Record<ProposalStatus, ProposalStatus>>> = {
  submit: { draft: 'pending' },
  approve: { pending: 'approved' },
  reject: { pending: 'rejected' },
  withdraw: { draft: 'withdrawn', pending: 'withdrawn' },
};

describe('the proposal state machine', () => {
  const cases = (Object.keys(allowedProposalMoves) as ProposalAction[]).flatMap((action) =>
    proposalStatuses.map((from) => ({ action, from, to: allowedProposalMoves[action][from] })),
  );

  it.each(cases)('$action from $from → $to', ({ action, from, to }) => {
    if (to) expect(nextProposalStatus(from, action)).toBe(to);
    else expect(() => nextProposalStatus(from, action)).toThrow(InvalidTransitionError);
  });
});

const allowedKinds: Record<TermStatus, ProposalKind[]> = {
  draft: ['create'],
  in_review: [],
  rejected: ['create'],
  approved: ['update', 'deprecate'],
  deprecated: ['reinstate'],
};

describe('which changes a term can receive', () => {
  const cases = termStatuses.flatMap((status) => proposalKinds.map((kind) => ({ status, kind })));
  it.each(cases)('a $status term and a $kind proposal', ({ status, kind }) => {
    if (allowedKinds[status].includes(kind)) expect(() => assertProposalKindAllowed(status, kind)).not.toThrow();
    else expect(() => assertProposalKindAllowed(status, kind)).toThrow(InvalidTransitionError);
  });
});

describe("the term's status after its proposal moves", () => {
  it.each([
    ['draft', 'create', 'pending', 'in_review'],
    ['in_review', 'create', 'approved', 'approved'],
    ['in_review', 'create', 'rejected', 'rejected'],
    ['in_review', 'create', 'withdrawn', 'draft'],
    ['rejected', 'create', 'pending', 'in_review'],
    ['approved', 'update', 'pending', 'approved'],
    ['approved', 'update', 'rejected', 'approved'],
    ['approved', 'update', 'approved', 'approved'],
    ['approved', 'deprecate', 'rejected', 'approved'],
    ['approved', 'deprecate', 'approved', 'deprecated'],
    ['deprecated', 'reinstate', 'approved', 'approved'],
    ['deprecated', 'reinstate', 'rejected', 'deprecated'],
  ] as const)('%s term, %s proposal %s → %s', (current, kind, proposalStatus, expected) => {
    expect(termStatusAfter(current, kind, proposalStatus)).toBe(expected);
  });
});

describe('who decides', () => {
  const reviewer = {
    ...systemActor(),
    kind: 'account' as const,
    role: 'steward' as const,
    accountId: 'acc-r',
    personId: 'p-r',
  };
  const author = {
    ...systemActor(),
    kind: 'account' as const,
    role: 'steward' as const,
    accountId: 'acc-a',
    personId: 'p-a',
  };
  const admin = {
    ...systemActor(),
    kind: 'account' as const,
    role: 'admin' as const,
    accountId: 'acc-x',
    personId: null,
  };
  const proposalBy = (actor: typeof author) => ({ authorAccountId: actor.accountId, authorPersonId: actor.personId });

  it('a reviewer decides a change by someone else', () => {
    expect(() => assertCanDecide(reviewer, proposalBy(author), ['p-r'], true)).not.toThrow();
  });
  it('nobody decides their own change while the glossary asks for a second reviewer', () => {
    expect(() => assertCanDecide(reviewer, proposalBy(reviewer), ['p-r'], true)).toThrow(NotAllowedError);
    expect(() => assertCanDecide(admin, { authorAccountId: 'acc-x', authorPersonId: null }, [], true)).toThrow(
      NotAllowedError,
    );
  });
  it('a reviewer may pass their own change when the glossary allows it; a non-reviewer never', () => {
    expect(() => assertCanDecide(reviewer, proposalBy(reviewer), ['p-r'], false)).not.toThrow();
    expect(isSelfApproved(reviewer, ['p-r'], false)).toBe(true);
    expect(isSelfApproved(author, ['p-r'], false)).toBe(false);
    expect(isSelfApproved(reviewer, ['p-r'], true)).toBe(false);
  });
  it('someone who is not a reviewer cannot decide; an admin stands in', () => {
    expect(() => assertCanDecide(author, proposalBy(reviewer), ['p-r'], true)).toThrow(NotAllowedError);
    expect(() => assertCanDecide(admin, proposalBy(author), ['p-r'], true)).not.toThrow();
  });
  it('takes the term reviewers first, then the glossary, then the domain', () => {
    expect(effectiveReviewers(['t'], ['g'], ['d'])).toEqual(['t']);
    expect(effectiveReviewers([], ['g'], ['d'])).toEqual(['g']);
    expect(effectiveReviewers([], [], ['d'])).toEqual(['d']);
  });
});
