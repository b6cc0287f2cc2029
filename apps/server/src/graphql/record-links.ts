import { searchRecordLinks } from '@steward/core';
import { type ResolvedRecordLink, recordLinkTypes } from '@steward/domain';
import { builder } from './builder.js';

/** Links from one record to another of any area (deliverables, council decisions). */

export const RecordLinkTypeEnum = builder.enumType('RecordLinkType', { values: recordLinkTypes });

export const ResolvedRecordLinkRef = builder.objectRef<ResolvedRecordLink>('RecordLink').implement({
  description: 'A link to a record of any area, with its name and page (or that it no longer exists).',
  fields: (t) => ({
    type: t.field({ type: RecordLinkTypeEnum, resolve: (link) => link.type }),
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    href: t.exposeString('href', { nullable: true }),
    exists: t.exposeBoolean('exists'),
  }),
});

export const RecordLinkInput = builder.inputType('RecordLinkInput', {
  fields: (t) => ({
    type: t.field({ type: RecordLinkTypeEnum, required: true }),
    id: t.id({ required: true, description: 'The record’s id; for the roadmap, the program’s.' }),
  }),
});

builder.queryFields((t) => ({
  recordLinkCandidates: t.field({
    type: [ResolvedRecordLinkRef],
    description: 'Records of one kind whose name contains the text, for choosing what to link.',
    args: {
      type: t.arg({ type: RecordLinkTypeEnum, required: true }),
      search: t.arg.string(),
      limit: t.arg.int(),
    },
    resolve: (_root, { type, search, limit }, context) =>
      searchRecordLinks(context.db, type, search ?? '', limit ?? 20),
  }),
}));
