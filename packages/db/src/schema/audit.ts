import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every change, written in the same transaction as the change.
 * A trigger (migration `audit-append-only`) refuses UPDATE, DELETE and TRUNCATE, so this
 * table has no updated_* or version columns.
 */
export const auditEvents = pgTable(
  'audit_event',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    /** Total order of events, cheaper to page by than (time, id). */
    sequence: bigserial({ mode: 'number' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: uuid(),
    /** Other records the change concerns (the person and domain of a role), for their history. */
    relatedIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
  },
  (table) => [
    index('audit_event_entity_idx').on(table.entityType, table.entityId, table.sequence),
    index('audit_event_sequence_idx').on(table.sequence),
    index('audit_event_related_idx').using('gin', table.relatedIds),
  ],
);
