import { auditEvents, type Queryable } from '@steward/db';
import type { Actor } from '@steward/domain';

/** What one change did, for the audit log. */
export interface AuditEntry {
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  /** Other records this change concerns; their history shows it too. */
  relatedIds?: (string | null | undefined)[];
}

/** JSON-safe copy: Dates become ISO strings, undefined fields disappear. */
function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value));
}

/** Appends one audit event. Call it inside the transaction of the change it records. */
export async function recordAudit(tx: Queryable, actor: Actor, action: string, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    createdBy: actor.accountId,
    actorLabel: actor.label,
    action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    relatedIds: [
      ...new Set((entry.relatedIds ?? []).filter((id): id is string => Boolean(id) && id !== entry.entityId)),
    ],
    before: toJson(entry.before),
    after: toJson(entry.after),
    requestId: actor.requestId,
  });
}
