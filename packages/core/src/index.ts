export { type AuditEvent, auditFilterSchema, listAuditEvents } from './audit/list-audit-events.js';
export { type AuditEntry, recordAudit } from './audit/record-audit.js';
export * from './auth/accounts.js';
export { generateOneTimePassword, hashPassword, verifyPassword } from './auth/passwords.js';
export * from './auth/sessions.js';
export * from './catalog/assets.js';
export * from './catalog/classifications.js';
export * from './catalog/ingest.js';
export * from './catalog/manual-lineage.js';
export * from './catalog/ownership.js';
export {
  type ConnectionCheck,
  checkSourceConnection,
  readSourceCatalog,
  SourceConnectionError,
  type SourceCredentials,
  withSourceSession,
} from './catalog/postgres-connector.js';
export * from './catalog/profiling.js';
export * from './catalog/search.js';
export { createSecretBox, type SecretBox } from './catalog/secret-box.js';
export * from './catalog/sources.js';
export * from './catalog/suggestions.js';
export * from './catalog/term-links.js';
export * from './glossary/batches.js';
export { csvColumns } from './glossary/csv-format.js';
export * from './glossary/decidable.js';
export * from './glossary/export.js';
export * from './glossary/glossaries.js';
export * from './glossary/import-apply.js';
export {
  type ImportAction,
  type ImportPlan,
  type ImportProblem,
  type ImportRowVerdict,
  planTermImport,
} from './glossary/import-plan.js';
export * from './glossary/proposals.js';
export * from './glossary/search.js';
export * from './glossary/terms-query.js';
export * from './issues/governance-tasks.js';
export * from './issues/measures.js';
export * from './issues/my-work.js';
export * from './issues/queries.js';
export * from './issues/settings.js';
export * from './issues/sla-policy.js';
export * from './issues/sla-sweep.js';
export type { LinkedRecord } from './issues/targets.js';
export * from './issues/tickets.js';
export { type NotificationKind, type TicketEvent, type TicketEventKind, ticketEventKinds } from './issues/timeline.js';
export * from './issues/webhooks.js';
export * from './jobs/job-queue.js';
export * from './maturity/index.js';
export * from './mdm/index.js';
export * from './metrics/index.js';
export * from './policies/index.js';
export * from './program/index.js';
export * from './quality/measure.js';
export * from './quality/measures.js';
export * from './quality/rules.js';
export * from './quality/run.js';
export { translateDbError } from './shared/db-errors.js';
export { decodeCursor, encodeCursor } from './shared/pagination.js';
export { resolveRecordLinks, searchRecordLinks } from './shared/record-links.js';
export {
  type Clock,
  defineUseCase,
  systemClock,
  type UseCase,
  type UseCaseContext,
  type UseCaseOptions,
} from './shared/use-case.js';
export * from './stewardship/councils.js';
export * from './stewardship/decisions.js';
export * from './stewardship/domains.js';
export {
  type HierarchyFilterInput,
  type HierarchyOrdering,
  hierarchyOrderings,
  type Placed,
} from './stewardship/hierarchy.js';
export * from './stewardship/org-units.js';
export * from './stewardship/people.js';
export * from './stewardship/role-assignments.js';
