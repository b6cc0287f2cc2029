import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, InvalidTransitionError, NotAllowedError } from '../shared/errors.js';
import {
  assertMayEditTicket,
  availableTicketActions,
  planTicketTransition,
  type TicketAction,
  type TicketRelation,
  type TransitionTicketInput,
  ticketActions,
  ticketEditors,
  ticketRelations,
  ticketTransitions,
} from './lifecycle.js';
import { type TicketStatus, ticketStatuses } from './ticket.js';

type PlanInput = Parameters<typeof planTicketTransition>[1];

/** Everything any move may need, so only the status and the relation decide. */
const complete = (action: TicketAction, overrides: Partial<TransitionTicketInput> = {}): PlanInput => ({
  action,
  comment: 'The upstream feed is back.',
  rootCauseId: 'rc-1',
  resolution: 'Re-ran the load with the corrected mapping.',
  duplicateOfId: 'ticket-7',
  ...overrides,
});

/** Only the action: nothing a move may require is given. */
const bare = (action: TicketAction, overrides: Partial<TransitionTicketInput> = {}): PlanInput => ({
  action,
  comment: null,
  rootCauseId: null,
  resolution: null,
  duplicateOfId: null,
  ...overrides,
});

const as = (...relations: TicketRelation[]): ReadonlySet<TicketRelation> => new Set(relations);
const everyone = as(...ticketRelations);

/** Catches what a call throws, so a test can look at the error's fields. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Written out from the lifecycle (not read from ticketTransitions), so the table checks it. */
const allowedMoves: Record<TicketAction, Partial<Record<TicketStatus, TicketStatus>>> = {
  triage: { open: 'triaged' },
  start: { open: 'in_progress', triaged: 'in_progress' },
  block: { triaged: 'blocked', in_progress: 'blocked' },
  unblock: { blocked: 'in_progress' },
  resolve: { open: 'resolved', triaged: 'resolved', in_progress: 'resolved', blocked: 'resolved' },
  close: { resolved: 'closed' },
  wont_fix: { open: 'wont_fix', triaged: 'wont_fix', in_progress: 'wont_fix', blocked: 'wont_fix' },
  mark_duplicate: { open: 'duplicate', triaged: 'duplicate', in_progress: 'duplicate', blocked: 'duplicate' },
  reopen: { resolved: 'open', closed: 'open', wont_fix: 'open', duplicate: 'open' },
  clear: { open: 'closed', triaged: 'closed', in_progress: 'closed', blocked: 'closed' },
};

const workers: TicketRelation[] = ['assignee', 'responsible_steward', 'triager'];
const allowedBy: Record<TicketAction, TicketRelation[]> = {
  triage: [...workers, 'system'],
  start: workers,
  block: workers,
  unblock: workers,
  resolve: workers,
  close: ['reporter', 'accountable_owner', 'responsible_steward', 'triager', 'system'],
  wont_fix: ['responsible_steward', 'accountable_owner', 'triager'],
  mark_duplicate: workers,
  reopen: ['reporter', 'assignee', 'responsible_steward', 'accountable_owner', 'triager', 'system'],
  clear: ['system'],
};

/** A status each action may start from. */
const startOf = (action: TicketAction) => Object.keys(allowedMoves[action])[0] as TicketStatus;

describe('the ticket state machine', () => {
  it('the written-out table covers every action and matches the rules', () => {
    expect(Object.keys(allowedMoves).sort()).toEqual([...ticketActions].sort());
    for (const action of ticketActions) {
      expect([...ticketTransitions[action].from].sort()).toEqual(Object.keys(allowedMoves[action]).sort());
    }
  });

  const cases = ticketActions.flatMap((action) =>
    ticketStatuses.map((from) => ({ action, from, to: allowedMoves[action][from] })),
  );

  it.each(cases)('$action from $from → $to', ({ action, from, to }) => {
    if (to) {
      expect(planTicketTransition(from, complete(action), everyone)).toBe(to);
      return;
    }
    const error = thrown(() => planTicketTransition(from, complete(action), everyone));
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'action',
      from,
      to: ticketTransitions[action].to,
    });
  });

  it('checks the status before who asks and what is given', () => {
    const error = thrown(() => planTicketTransition('closed', bare('resolve'), as('watcher')));
    expect(error).toBeInstanceOf(InvalidTransitionError);
  });

  it('checks who asks before what is given', () => {
    const error = thrown(() => planTicketTransition('in_progress', bare('resolve'), as('reporter')));
    expect(error).toBeInstanceOf(NotAllowedError);
  });
});

describe('who may make each move', () => {
  it('the written-out table matches the rules', () => {
    for (const action of ticketActions) {
      expect([...ticketTransitions[action].by].sort()).toEqual([...allowedBy[action]].sort());
    }
  });

  const cases = ticketActions.flatMap((action) =>
    ticketRelations.map((relation) => ({
      action,
      relation,
      from: startOf(action),
      allowed: allowedBy[action].includes(relation),
    })),
  );

  it.each(cases)('$action from $from as $relation alone: allowed $allowed', ({ action, relation, from, allowed }) => {
    if (allowed) {
      expect(planTicketTransition(from, complete(action), as(relation))).toBe(ticketTransitions[action].to);
      return;
    }
    const error = thrown(() => planTicketTransition(from, complete(action), as(relation)));
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
    expect((error as Error).message).toMatch(/^Only /);
  });

  it('nobody at all may make any move', () => {
    for (const action of ticketActions) {
      expect(() => planTicketTransition(startOf(action), complete(action), as())).toThrow(NotAllowedError);
    }
  });

  it('one allowed relation among others is enough', () => {
    expect(planTicketTransition('resolved', complete('close'), as('watcher', 'reporter'))).toBe('closed');
    expect(planTicketTransition('open', complete('start'), as('reporter', 'watcher', 'triager'))).toBe('in_progress');
  });

  it('names who may, leaving Steward itself out', () => {
    expect(() => planTicketTransition('open', complete('triage'), as('reporter'))).toThrow(
      'Only its assignee, a steward of what it concerns or the triage team (stewards and admins) may triage this ticket.',
    );
    expect(() => planTicketTransition('resolved', complete('close'), as('watcher'))).toThrow(
      'Only its reporter, the accountable owner, a steward of what it concerns or the triage team (stewards and admins) may close this ticket.',
    );
  });
});

describe('what each move needs', () => {
  const fieldErrorsOf = (run: () => unknown) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    return (error as InputError).fieldErrors.map((fieldError) => fieldError.field);
  };

  it('resolving needs a root cause and a resolution, and names both when both are missing', () => {
    expect(fieldErrorsOf(() => planTicketTransition('in_progress', bare('resolve'), as('assignee')))).toEqual([
      'rootCauseId',
      'resolution',
    ]);
    expect(
      fieldErrorsOf(() =>
        planTicketTransition('in_progress', complete('resolve', { rootCauseId: null }), as('assignee')),
      ),
    ).toEqual(['rootCauseId']);
    expect(
      fieldErrorsOf(() =>
        planTicketTransition('in_progress', complete('resolve', { resolution: null }), as('assignee')),
      ),
    ).toEqual(['resolution']);
    expect(
      planTicketTransition(
        'in_progress',
        bare('resolve', { rootCauseId: 'rc-1', resolution: 'Fixed.' }),
        as('assignee'),
      ),
    ).toBe('resolved');
  });

  it('explains what is missing', () => {
    const error = thrown(() => planTicketTransition('in_progress', bare('resolve'), as('assignee'))) as InputError;
    expect(error.fieldErrors).toEqual([
      { field: 'rootCauseId', message: 'is required: choose the root cause' },
      { field: 'resolution', message: 'is required: say what was done' },
    ]);
    expect(error.field).toBe('rootCauseId');
  });

  it("won't fix needs a resolution, and nothing else", () => {
    expect(fieldErrorsOf(() => planTicketTransition('open', bare('wont_fix'), as('triager')))).toEqual(['resolution']);
    expect(planTicketTransition('open', bare('wont_fix', { resolution: 'Works as designed.' }), as('triager'))).toBe(
      'wont_fix',
    );
  });

  it('marking a duplicate needs the ticket it duplicates, and nothing else', () => {
    expect(fieldErrorsOf(() => planTicketTransition('triaged', bare('mark_duplicate'), as('assignee')))).toEqual([
      'duplicateOfId',
    ]);
    expect(planTicketTransition('triaged', bare('mark_duplicate', { duplicateOfId: 't-1' }), as('assignee'))).toBe(
      'duplicate',
    );
  });

  it('blocking needs a comment', () => {
    expect(fieldErrorsOf(() => planTicketTransition('in_progress', bare('block'), as('assignee')))).toEqual([
      'comment',
    ]);
    expect(
      planTicketTransition('in_progress', bare('block', { comment: 'Waiting on the vendor.' }), as('assignee')),
    ).toBe('blocked');
  });

  it('reopening needs a comment from a person', () => {
    for (const relation of allowedBy.reopen.filter((relation) => relation !== 'system')) {
      expect(fieldErrorsOf(() => planTicketTransition('closed', bare('reopen'), as(relation)))).toEqual(['comment']);
      expect(planTicketTransition('closed', bare('reopen', { comment: 'It failed again.' }), as(relation))).toBe(
        'open',
      );
    }
  });

  it('Steward itself reopens without a comment', () => {
    expect(planTicketTransition('closed', bare('reopen'), as('system'))).toBe('open');
    expect(planTicketTransition('resolved', bare('reopen'), as('system'))).toBe('open');
  });

  it('the other moves need nothing', () => {
    for (const action of ['triage', 'start', 'unblock', 'close'] as const) {
      expect(planTicketTransition(startOf(action), bare(action), as(...allowedBy[action]))).toBe(
        ticketTransitions[action].to,
      );
    }
  });
});

describe('availableTicketActions', () => {
  it('an assignee on a ticket in progress may block, resolve or mark it a duplicate', () => {
    expect(availableTicketActions('in_progress', as('assignee'))).toEqual(['block', 'resolve', 'mark_duplicate']);
  });

  it("an assignee who is also a steward of what it concerns may also decide it won't be fixed", () => {
    expect(availableTicketActions('in_progress', as('assignee', 'responsible_steward'))).toEqual([
      'block',
      'resolve',
      'wont_fix',
      'mark_duplicate',
    ]);
  });

  it('a triager on a new ticket may triage, start, resolve, refuse or mark it a duplicate', () => {
    expect(availableTicketActions('open', as('triager'))).toEqual([
      'triage',
      'start',
      'resolve',
      'wont_fix',
      'mark_duplicate',
    ]);
  });

  it('a reporter on a resolved ticket may close or reopen it', () => {
    expect(availableTicketActions('resolved', as('reporter'))).toEqual(['close', 'reopen']);
  });

  it('a reporter on a ticket still being worked may do nothing', () => {
    expect(availableTicketActions('in_progress', as('reporter'))).toEqual([]);
  });

  it('the accountable owner of a blocked ticket may only refuse it', () => {
    expect(availableTicketActions('blocked', as('accountable_owner'))).toEqual(['wont_fix']);
  });

  it('Steward itself triages, closes, clears and reopens; no person clears', () => {
    expect(availableTicketActions('open', as('system'))).toEqual(['triage', 'clear']);
    expect(availableTicketActions('in_progress', as('system'))).toEqual(['clear']);
    expect(availableTicketActions('in_progress', as('assignee', 'triager', 'accountable_owner'))).not.toContain(
      'clear',
    );
    expect(availableTicketActions('resolved', as('system'))).toEqual(['close', 'reopen']);
  });

  it('a plain watcher, or nobody, may do nothing in any status', () => {
    for (const status of ticketStatuses) {
      expect(availableTicketActions(status, as('watcher'))).toEqual([]);
      expect(availableTicketActions(status, as())).toEqual([]);
    }
  });

  const agrees = (status: TicketStatus, relations: ReadonlySet<TicketRelation>) => {
    const available = availableTicketActions(status, relations);
    for (const action of ticketActions) {
      let planned: unknown;
      try {
        planned = planTicketTransition(status, complete(action), relations);
      } catch (error) {
        planned = error;
      }
      if (available.includes(action)) {
        expect(planned, `${action} from ${status}`).toBe(ticketTransitions[action].to);
      } else {
        expect(
          planned instanceof InvalidTransitionError || planned instanceof NotAllowedError,
          `${action} from ${status}`,
        ).toBe(true);
      }
    }
  };

  const singles = ticketStatuses.flatMap((status) => ticketRelations.map((relation) => ({ status, relation })));
  it.each(singles)('agrees with planTicketTransition: $status as $relation', ({ status, relation }) => {
    agrees(status, as(relation));
  });

  it('agrees with planTicketTransition for any mix of relations', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ticketStatuses), fc.subarray([...ticketRelations]), (status, relations) => {
        agrees(status, as(...relations));
      }),
      { numRuns: 300 },
    );
  });

  it('lists the moves in lifecycle order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ticketStatuses), fc.subarray([...ticketRelations]), (status, relations) => {
        const available = availableTicketActions(status, as(...relations));
        const positions = available.map((action) => ticketActions.indexOf(action));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
  });
});

describe('assertMayEditTicket', () => {
  const editors: TicketRelation[] = ['assignee', 'responsible_steward', 'accountable_owner', 'triager'];

  it('lists the editors', () => {
    expect([...ticketEditors].sort()).toEqual([...editors].sort());
  });

  it.each([...ticketRelations])('%s alone', (relation) => {
    if (editors.includes(relation)) {
      expect(() => assertMayEditTicket(as(relation), 'reassign')).not.toThrow();
      return;
    }
    const error = thrown(() => assertMayEditTicket(as(relation), 'reassign'));
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names who may, and what was asked', () => {
    expect(() => assertMayEditTicket(as('reporter', 'watcher'), 'change the priority of')).toThrow(
      'Only its assignee, a steward of what it concerns, the accountable owner or the triage team (stewards and admins) may change the priority of this ticket.',
    );
    expect(() => assertMayEditTicket(as(), 'reassign')).toThrow(NotAllowedError);
  });

  it('one editing relation among others is enough', () => {
    expect(() => assertMayEditTicket(as('reporter', 'watcher', 'accountable_owner'), 'reassign')).not.toThrow();
  });
});
