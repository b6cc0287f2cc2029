import type { GovernanceRole, Raci } from '../stewardship/role-assignment.js';

/** One person's responsibility for something a ticket concerns, held there or inherited. */
export interface Responsible {
  personId: string;
  role: GovernanceRole;
  raci: Raci | null;
  /** The name of the record the role is held on when inherited (a parent domain); null when held. */
  inheritedFrom: string | null;
}

/** Something a ticket concerns (a linked record, or its domain) and who answers for it. */
export interface RoutingTarget {
  /** How a person reads it: `crm.customer.email`, `Customer` (a domain). */
  label: string;
  responsibles: readonly Responsible[];
}

export type RouteKind = 'link' | 'domain' | 'triage_queue';

/** Where a new ticket went and why, so the ticket can say it ("steward of crm.customer, inherited from Customer"). */
export interface TicketRoute {
  assigneeId: string | null;
  kind: RouteKind;
  /** The record whose steward got it; null for the triage queue. */
  via: string | null;
  role: GovernanceRole | null;
  inheritedFrom: string | null;
  /** Accountable owners of the same targets: watchers, and whom an SLA breach escalates to. */
  accountableOwnerIds: string[];
}

/** Stewards first by the role that works issues, then R before other letters. */
const stewardRoles: readonly GovernanceRole[] = ['business_steward', 'technical_steward', 'custodian'];

function stewardOf(target: RoutingTarget): Responsible | undefined {
  for (const role of stewardRoles) {
    const holders = target.responsibles.filter((responsible) => responsible.role === role);
    const found = holders.find((responsible) => responsible.raci === 'R') ?? holders[0];
    if (found) return found;
  }
  return undefined;
}

/**
 * Routes a new ticket: to the steward responsible for the first linked record that has one
 * (held there or inherited from its domain), else to the steward of the ticket's domain, else to
 * the triage queue. The accountable owners of everything it concerns watch it.
 */
export function routeTicket(links: readonly RoutingTarget[], domain: RoutingTarget | null): TicketRoute {
  const everything = domain ? [...links, domain] : [...links];
  const accountableOwnerIds = [
    ...new Set(
      everything.flatMap((target) =>
        target.responsibles
          .filter((responsible) => responsible.role === 'data_owner' && responsible.raci === 'A')
          .map((responsible) => responsible.personId),
      ),
    ),
  ];
  for (const [kind, targets] of [
    ['link', links],
    ['domain', domain ? [domain] : []],
  ] as const) {
    for (const target of targets) {
      const steward = stewardOf(target);
      if (steward) {
        return {
          assigneeId: steward.personId,
          kind,
          via: target.label,
          role: steward.role,
          inheritedFrom: steward.inheritedFrom,
          accountableOwnerIds,
        };
      }
    }
  }
  return { assigneeId: null, kind: 'triage_queue', via: null, role: null, inheritedFrom: null, accountableOwnerIds };
}
