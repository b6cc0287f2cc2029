import { decisionsOf, deleteDecision, recordDecision, resolveRecordLinks, updateDecision } from '@steward/core';
import type { CouncilDecision } from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf } from '../../context.js';
import { RecordLinkInput, ResolvedRecordLinkRef } from '../../record-links.js';
import { withoutNulls } from '../../without-nulls.js';
import { Council, Person } from './types.js';

const CouncilDecisionRef = builder.objectRef<CouncilDecision>('CouncilDecision').implement({
  description: 'A decision a council took: when, why, and the records it changed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    council: t.field({ type: Council, resolve: (decision) => decision.councilId }),
    decidedOn: t.exposeString('decidedOn'),
    title: t.exposeString('title'),
    details: t.exposeString('details', { nullable: true }),
    rationale: t.exposeString('rationale'),
    programId: t.exposeID('programId', { nullable: true }),
    links: t.field({
      type: [ResolvedRecordLinkRef],
      resolve: (decision, _args, context) => resolveRecordLinks(context.db, decision.links),
    }),
    recordedBy: t.field({ type: Person, nullable: true, resolve: (decision) => decision.recordedByPersonId }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(Council, (t) => ({
  decisions: t.field({
    type: [CouncilDecisionRef],
    description: 'The decision log, newest first.',
    resolve: (council, _args, context) => decisionsOf(context.db, { councilIds: [council.id] }),
  }),
}));

builder.queryFields((t) => ({
  councilDecisions: t.field({
    type: [CouncilDecisionRef],
    description: 'Decisions of every council (or of one program), newest first.',
    args: { programId: t.arg.id(), limit: t.arg.int() },
    resolve: (_root, { programId, limit }, context) =>
      decisionsOf(context.db, {
        programId: programId ? String(programId) : null,
        limit: Math.min(Math.max(limit ?? 100, 1), 500),
      }),
  }),
}));

const RecordDecisionInput = builder.inputType('RecordDecisionInput', {
  fields: (t) => ({
    councilId: t.id({ required: true }),
    decidedOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
    title: t.string({ required: true, description: 'The decision in one line.' }),
    details: t.string(),
    rationale: t.string({ required: true }),
    links: t.field({ type: [RecordLinkInput], description: 'The records the decision changed.' }),
    programId: t.id(),
  }),
});

const UpdateDecisionInput = builder.inputType('UpdateDecisionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    decidedOn: t.string(),
    title: t.string(),
    details: t.string(),
    rationale: t.string(),
    links: t.field({ type: [RecordLinkInput] }),
  }),
});

const DeleteDecisionInput = builder.inputType('DeleteDecisionInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

builder.mutationFields((t) => ({
  recordDecision: t.field({
    type: CouncilDecisionRef,
    errors: {},
    args: { input: t.arg({ type: RecordDecisionInput, required: true }) },
    resolve: (_root, { input }, context) => recordDecision(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  updateDecision: t.field({
    type: CouncilDecisionRef,
    errors: {},
    args: { input: t.arg({ type: UpdateDecisionInput, required: true }) },
    resolve: (_root, { input }, context) => updateDecision(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  deleteDecision: t.field({
    type: 'ID',
    errors: {},
    args: { input: t.arg({ type: DeleteDecisionInput, required: true }) },
    resolve: async (_root, { input }, context) => (await deleteDecision(context.db, actorOf(context), input)).id,
  }),
}));
