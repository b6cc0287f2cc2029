import { z } from 'zod';
import { InputError, InvalidTransitionError, NotAllowedError } from '../shared/errors.js';
import { idSchema, optionalTextSchema, versionSchema } from '../shared/schemas.js';
import type { TicketStatus } from './ticket.js';

/**
 * The ticket lifecycle: open → triaged → in_progress ⇄ blocked → resolved → closed, with
 * wont_fix and duplicate as the other ways out and reopen as the way back. Each move says where
 * it may start, where it lands, who may make it and what it needs (a root cause to resolve).
 */
export const ticketActions = [
  'triage',
  'start',
  'block',
  'unblock',
  'resolve',
  'close',
  'wont_fix',
  'mark_duplicate',
  'reopen',
  'clear',
] as const;
export const ticketActionSchema = z.enum(ticketActions, { error: `must be one of ${ticketActions.join(', ')}` });
export type TicketAction = z.infer<typeof ticketActionSchema>;

/**
 * How a person stands to a ticket. A person can stand in several ways at once; a move is
 * allowed when any of them is.
 * - `triager`: a steward or admin of Steward (works the triage queue).
 * - `responsible_steward`: a steward of what the ticket links to, or of its domain.
 * - `accountable_owner`: the accountable data owner of the same.
 * - `system`: Steward itself (quality rules and policy controls closing and reopening their tickets).
 */
export const ticketRelations = [
  'reporter',
  'assignee',
  'watcher',
  'responsible_steward',
  'accountable_owner',
  'triager',
  'system',
] as const;
export type TicketRelation = (typeof ticketRelations)[number];

/** What a move needs besides the move itself. */
type Requirement = 'rootCause' | 'resolution' | 'duplicateOf' | 'comment';

interface TransitionRule {
  from: readonly TicketStatus[];
  to: TicketStatus;
  by: readonly TicketRelation[];
  requires: readonly Requirement[];
}

const workers: readonly TicketRelation[] = ['assignee', 'responsible_steward', 'triager'];
const working: readonly TicketStatus[] = ['open', 'triaged', 'in_progress', 'blocked'];

export const ticketTransitions: Record<TicketAction, TransitionRule> = {
  triage: { from: ['open'], to: 'triaged', by: [...workers, 'system'], requires: [] },
  start: { from: ['open', 'triaged'], to: 'in_progress', by: workers, requires: [] },
  block: { from: ['triaged', 'in_progress'], to: 'blocked', by: workers, requires: ['comment'] },
  unblock: { from: ['blocked'], to: 'in_progress', by: workers, requires: [] },
  resolve: { from: working, to: 'resolved', by: workers, requires: ['rootCause', 'resolution'] },
  // The reporter or the owner accepts the fix; a quality rule that passes again verifies it.
  close: {
    from: ['resolved'],
    to: 'closed',
    by: ['reporter', 'accountable_owner', 'responsible_steward', 'triager', 'system'],
    requires: [],
  },
  wont_fix: {
    from: working,
    to: 'wont_fix',
    by: ['responsible_steward', 'accountable_owner', 'triager'],
    requires: ['resolution'],
  },
  mark_duplicate: { from: working, to: 'duplicate', by: workers, requires: ['duplicateOf'] },
  reopen: {
    from: ['resolved', 'closed', 'wont_fix', 'duplicate'],
    to: 'open',
    by: ['reporter', 'assignee', 'responsible_steward', 'accountable_owner', 'triager', 'system'],
    requires: ['comment'],
  },
  // A policy control that passes again ends the exception it raised: Steward closes its issue,
  // saying so; a person can reopen it. No root cause is invented for it.
  clear: { from: working, to: 'closed', by: ['system'], requires: [] },
};

export const transitionTicketInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  action: ticketActionSchema,
  comment: optionalTextSchema(20_000),
  rootCauseId: idSchema.nullish().transform((value) => value ?? null),
  resolution: optionalTextSchema(20_000),
  duplicateOfId: idSchema.nullish().transform((value) => value ?? null),
});
export type TransitionTicketInput = z.output<typeof transitionTicketInputSchema>;

type RequirementField = 'rootCauseId' | 'resolution' | 'duplicateOfId' | 'comment';

const requirementField: Record<Requirement, RequirementField> = {
  rootCause: 'rootCauseId',
  resolution: 'resolution',
  duplicateOf: 'duplicateOfId',
  comment: 'comment',
};

const requirementMessage: Record<Requirement, string> = {
  rootCause: 'is required: choose the root cause',
  resolution: 'is required: say what was done',
  duplicateOf: 'is required: name the ticket this one duplicates',
  comment: 'is required: say why',
};

const actionPhrase: Record<TicketAction, string> = {
  triage: 'triage',
  start: 'start work on',
  block: 'mark as blocked',
  unblock: 'unblock',
  resolve: 'resolve',
  close: 'close',
  wont_fix: "close as won't fix",
  mark_duplicate: 'mark as a duplicate',
  reopen: 'reopen',
  clear: 'close as cleared',
};

const relationLabel: Record<TicketRelation, string> = {
  reporter: 'its reporter',
  assignee: 'its assignee',
  watcher: 'a watcher',
  responsible_steward: 'a steward of what it concerns',
  accountable_owner: 'the accountable owner',
  triager: 'the triage team (stewards and admins)',
  system: 'Steward',
};

/** The moves a person may make on a ticket in this status, in lifecycle order. */
export function availableTicketActions(status: TicketStatus, relations: ReadonlySet<TicketRelation>): TicketAction[] {
  return ticketActions.filter((action) => {
    const rule = ticketTransitions[action];
    return rule.from.includes(status) && rule.by.some((relation) => relations.has(relation));
  });
}

/**
 * Checks one move and gives the status it lands in: the status must allow it (else
 * INVALID_TRANSITION), the person must stand in an allowed way (else FORBIDDEN, naming who may),
 * and what it requires must be there (else BAD_USER_INPUT naming each missing field).
 */
export function planTicketTransition(
  status: TicketStatus,
  input: Pick<TransitionTicketInput, 'action' | RequirementField>,
  relations: ReadonlySet<TicketRelation>,
): TicketStatus {
  const rule = ticketTransitions[input.action];
  if (!rule.from.includes(status)) throw new InvalidTransitionError('Ticket', status, rule.to, { field: 'action' });
  if (!rule.by.some((relation) => relations.has(relation))) {
    const who = rule.by.filter((relation) => relation !== 'system').map((relation) => relationLabel[relation]);
    throw new NotAllowedError(`Only ${joinOr(who)} may ${actionPhrase[input.action]} this ticket.`);
  }
  const missing = rule.requires
    .filter((requirement) => !(requirement === 'comment' && relations.has('system')))
    .filter((requirement) => !input[requirementField[requirement]]);
  if (missing.length > 0) {
    throw new InputError(
      missing.map((requirement) => ({
        field: requirementField[requirement],
        message: requirementMessage[requirement],
      })),
    );
  }
  return rule.to;
}

/** Who may hand a ticket to someone else, or change its priority or domain. */
export const ticketEditors: readonly TicketRelation[] = [
  'assignee',
  'responsible_steward',
  'accountable_owner',
  'triager',
];

export function assertMayEditTicket(relations: ReadonlySet<TicketRelation>, what: string): void {
  if (!ticketEditors.some((relation) => relations.has(relation))) {
    throw new NotAllowedError(
      `Only ${joinOr(ticketEditors.map((relation) => relationLabel[relation]))} may ${what} this ticket.`,
    );
  }
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
