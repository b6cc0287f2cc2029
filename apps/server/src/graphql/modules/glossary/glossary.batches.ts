import { decideBatch, findBatchesByIds, listBatches, listProposals, type ProposalBatch } from '@steward/core';

import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { Person } from '../stewardship/types.js';
import { GlossaryRef, ProposalStatusEnum, TermProposalRef } from './glossary.types.js';

const BatchCounts = builder.objectRef<ProposalBatch['counts']>('ProposalBatchCounts').implement({
  fields: (t) => ({
    pending: t.exposeInt('pending'),
    approved: t.exposeInt('approved'),
    rejected: t.exposeInt('rejected'),
    withdrawn: t.exposeInt('withdrawn'),
    draft: t.exposeInt('draft'),
  }),
});

export const ProposalBatchRef = builder.loadableObject('ProposalBatch', {
  description: 'Many proposals made at once (an import): reviewed as a whole or one by one.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Batch', ids, (batch) => findBatchesByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    source: t.exposeString('source', { nullable: true }),
    authorLabel: t.exposeString('authorLabel'),
    author: t.field({ type: Person, nullable: true, resolve: (batch) => batch.authorPersonId }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    counts: t.field({ type: BatchCounts, resolve: (batch) => batch.counts }),
    glossary: t.field({ type: GlossaryRef, resolve: (batch) => batch.glossaryId }),
    proposals: t.field({
      type: connectionOf(TermProposalRef, 'BatchProposal'),
      args: { ...pageArgs(t.arg), statuses: t.arg({ type: [ProposalStatusEnum] }) },
      resolve: (batch, args, context) =>
        listProposals(context.db, actorOf(context), {
          first: args.first,
          after: args.after,
          filter: { batchId: batch.id, statuses: args.statuses ?? null },
        }),
    }),
  }),
});

builder.objectField(TermProposalRef, 'batch', (t) =>
  t.field({ type: ProposalBatchRef, nullable: true, resolve: (proposal) => proposal.batchId }),
);

builder.queryFields((t) => ({
  proposalBatch: t.field({
    type: ProposalBatchRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => findBatchesByIds(context.db, ids)),
  }),
  proposalBatches: t.field({
    type: [ProposalBatchRef],
    description: 'Import batches, newest first (at most 100).',
    args: { glossaryId: t.arg.id() },
    resolve: (_root, args, context) =>
      listBatches(context.db, actorOf(context), args.glossaryId == null ? null : String(args.glossaryId)),
  }),
}));

const ProposalDecision = builder.enumType('BatchDecision', { values: ['approve', 'reject'] as const });

const DecideBatchInput = builder.inputType('DecideBatchInput', {
  fields: (t) => ({
    batchId: t.id({ required: true }),
    decision: t.field({ type: ProposalDecision, required: true }),
    comment: t.string({ description: 'Required to reject.' }),
  }),
});

const DecideBatchOutcome = builder
  .objectRef<{ batch: ProposalBatch; decided: number }>('DecideBatchOutcome')
  .implement({
    fields: (t) => ({
      batch: t.field({ type: ProposalBatchRef, resolve: (outcome) => outcome.batch }),
      decided: t.exposeInt('decided', { description: 'How many proposals were approved or rejected.' }),
    }),
  });

builder.mutationField('decideBatch', (t) =>
  t.field({
    type: DecideBatchOutcome,
    errors: {},
    description: 'Approve or reject every pending proposal of a batch at once.',
    args: { input: t.arg({ type: DecideBatchInput, required: true }) },
    resolve: resolveUseCase(decideBatch),
  }),
);
