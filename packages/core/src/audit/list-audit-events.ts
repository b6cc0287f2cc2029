import { auditEvents, type Database } from '@steward/db';
import { type Actor, assertCan, type Page, type PageRequest, pageArgsSchema, parseInput } from '@steward/domain';
import { and, arrayContains, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterCursorSql, cursorKeysSql, type Ordering, orderBySql, toPage } from '../shared/pagination.js';

export interface AuditEvent {
  id: string;
  sequence: number;
  createdAt: Date;
  actorAccountId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  relatedIds: string[];
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export const auditFilterSchema = z
  .object({
    entityType: z.string().max(100).nullish(),
    entityId: z.uuid({ error: 'must be a valid id' }).nullish(),
    actorAccountId: z.uuid({ error: 'must be a valid id' }).nullish(),
    /** Changes to this record or concerning it (a role assigned on a domain, to a person). */
    relatedTo: z.uuid({ error: 'must be a valid id' }).nullish(),
  })
  .nullish();

const newestFirst: Ordering = {
  keys: [{ expression: sql`${auditEvents.sequence}`, type: 'integer' }],
  direction: 'desc',
};

/** The history of changes, newest first, optionally of one record. */
export async function listAuditEvents(
  db: Database,
  actor: Actor,
  args: PageRequest & { filter?: z.input<typeof auditFilterSchema> },
): Promise<Page<AuditEvent>> {
  assertCan(actor, 'audit:read');
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(auditFilterSchema, args.filter);
  const where = and(
    filter?.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter?.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    filter?.actorAccountId ? eq(auditEvents.createdBy, filter.actorAccountId) : undefined,
    filter?.relatedTo
      ? or(eq(auditEvents.entityId, filter.relatedTo), arrayContains(auditEvents.relatedIds, [filter.relatedTo]))
      : undefined,
  );
  const rows = await db
    .select({ event: auditEvents, cursorKeys: cursorKeysSql(newestFirst) })
    .from(auditEvents)
    .where(and(where, afterCursorSql(newestFirst, after)))
    .orderBy(...orderBySql(newestFirst))
    .limit(first + 1);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(where);
  return toPage(
    rows.map(({ event, cursorKeys }) => ({
      node: { ...event, actorAccountId: event.createdBy },
      cursorKeys,
    })),
    first,
    count,
  );
}
