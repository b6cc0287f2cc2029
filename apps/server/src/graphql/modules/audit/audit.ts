import { type AuditEvent, listAuditEvents } from '@steward/core';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf } from '../../context.js';

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'One recorded change: who did what to which record, with the record before and after.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('createdAt', { type: 'DateTime' }),
    actorLabel: t.exposeString('actorLabel'),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeID('entityId', { nullable: true }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    entityType: t.string(),
    entityId: t.id({ description: 'Changes to this record only.' }),
    actorAccountId: t.id(),
    relatedTo: t.id({
      description: "A record's history: changes to it and changes concerning it (roles on a domain, a person's seats).",
    }),
  }),
});

builder.queryFields((t) => ({
  auditEvents: t.field({
    type: connectionOf(AuditEventRef, 'AuditEvent'),
    description: 'The audit log, newest first (stewards and admins).',
    args: { ...pageArgs(t.arg), filter: t.arg({ type: AuditFilter }) },
    resolve: (_root, args, context) =>
      listAuditEvents(context.db, actorOf(context), {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              entityType: args.filter.entityType ?? null,
              entityId: args.filter.entityId == null ? null : String(args.filter.entityId),
              actorAccountId: args.filter.actorAccountId == null ? null : String(args.filter.actorAccountId),
              relatedTo: args.filter.relatedTo == null ? null : String(args.filter.relatedTo),
            }
          : null,
      }),
  }),
}));
