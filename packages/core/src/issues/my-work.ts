import { type Database, tickets } from '@steward/db';
import {
  type Actor,
  activeTicketStatuses,
  addSlaMinutes,
  can,
  type TermProposal,
  type TicketPriority,
} from '@steward/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { countPendingSuggestions } from '../catalog/suggestions.js';
import { listProposals } from '../glossary/terms-query.js';
import { type GovernanceTask, governanceTasksOf } from './governance-tasks.js';
import { loadSlaPolicy } from './sla-policy.js';
import { type StoredTicket, toTicket } from './tickets.js';

/** A glossary proposal waits at most this many working days for a decision (DGUP EC6.3). */
export const REVIEW_SLA_WORKING_DAYS = 10;

export type WorkItem =
  | { kind: 'ticket'; ticket: StoredTicket; dueAt: Date; priority: TicketPriority }
  | { kind: 'proposal'; proposal: TermProposal; dueAt: Date | null; priority: null }
  | { kind: 'suggestions'; suggestionCount: number; dueAt: null; priority: null }
  | { kind: 'task'; task: GovernanceTask; dueAt: Date | null; priority: null };

const priorityRank = (priority: TicketPriority | null) => (priority ? Number(priority.slice(1)) : 9);

/**
 * Everything waiting on one person, soonest due first, then most urgent: the tickets assigned to
 * them, the glossary changes they review, the governance work they owe (questionnaires,
 * attestations, approvals) and (for curators) the catalogue's open suggestions.
 */
export async function myWork(db: Database, actor: Actor): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  if (actor.personId) {
    const rows = await db
      .select()
      .from(tickets)
      .where(and(eq(tickets.assigneeId, actor.personId), inArray(tickets.status, [...activeTicketStatuses])))
      .orderBy(sql`case when ${tickets.status} = 'open' then ${tickets.triageDueAt} else ${tickets.resolveDueAt} end`)
      .limit(200);
    for (const row of rows) {
      const ticket = toTicket(row);
      items.push({
        kind: 'ticket',
        ticket,
        dueAt: ticket.status === 'open' ? ticket.triageDueAt : ticket.resolveDueAt,
        priority: ticket.priority,
      });
    }
  }
  const proposals = await listProposals(db, actor, { first: 100, filter: { reviewableByMe: true } });
  if (proposals.nodes.length > 0) {
    const { calendar } = await loadSlaPolicy(db);
    for (const proposal of proposals.nodes) {
      const dueAt = proposal.submittedAt
        ? addSlaMinutes(proposal.submittedAt, REVIEW_SLA_WORKING_DAYS * 8 * 60, 'business', calendar)
        : null;
      items.push({ kind: 'proposal', proposal, dueAt, priority: null });
    }
  }
  for (const task of await governanceTasksOf(db, actor))
    items.push({ kind: 'task', task, dueAt: task.dueAt, priority: null });
  if (can(actor, 'catalog:curate')) {
    const suggestionCount = await countPendingSuggestions(db);
    if (suggestionCount > 0) items.push({ kind: 'suggestions', suggestionCount, dueAt: null, priority: null });
  }
  return items.sort(
    (a, b) =>
      (a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) ||
      priorityRank(a.priority) - priorityRank(b.priority),
  );
}
