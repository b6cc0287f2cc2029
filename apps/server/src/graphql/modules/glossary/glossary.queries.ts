import {
  diffRevisions,
  findGlossariesByIds,
  findTermsByIds,
  listGlossaries,
  listProposals,
  listTerms,
  searchTerms,
  suggestTerms,
} from '@steward/core';
import { builder } from '../../builder.js';
import { connectionOf, PageInfo, pageArgs } from '../../connection.js';
import { actorOf } from '../../context.js';
import { findOneOrNull } from '../../loaders.js';
import {
  ClassificationEnum,
  FacetCountRef,
  FieldChangeRef,
  GlossaryRef,
  GlossaryTermRef,
  ProposalStatusEnum,
  TermHitRef,
  TermProposalRef,
  TermStatusEnum,
} from './glossary.types.js';

const idOrNull = (value: string | number | null | undefined) => (value == null ? null : String(value));
const idsOrNull = (values: readonly (string | number)[] | null | undefined) => (values ? values.map(String) : null);

const GlossaryTermConnection = connectionOf(GlossaryTermRef, 'GlossaryTerm');
const TermProposalConnection = connectionOf(TermProposalRef, 'TermProposal');

const TermListFilter = builder.inputType('TermListFilter', {
  fields: (t) => ({
    glossaryId: t.id(),
    parentId: t.id({ description: 'Narrower terms of this term.' }),
    rootsOnly: t.boolean({ description: 'Only the top of the hierarchy.' }),
    statuses: t.field({ type: [TermStatusEnum] }),
    domainId: t.id(),
  }),
});

const ProposalFilter = builder.inputType('ProposalFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [ProposalStatusEnum] }),
    glossaryId: t.id(),
    batchId: t.id(),
    termId: t.id(),
    reviewableByMe: t.boolean({ description: 'My review inbox: pending changes I may decide.' }),
    mine: t.boolean({ description: 'Proposals I made.' }),
    inBatch: t.boolean({ description: 'true: only proposals of an import batch; false: only single ones.' }),
  }),
});

const TermSearchFilter = builder.inputType('TermSearchFilter', {
  fields: (t) => ({
    glossaryIds: t.idList(),
    domainIds: t.idList(),
    stewardIds: t.idList(),
    statuses: t.field({ type: [TermStatusEnum] }),
    classifications: t.field({ type: [ClassificationEnum] }),
    criticalDataElement: t.boolean(),
  }),
});

interface SearchResultShape {
  page: Awaited<ReturnType<typeof searchTerms>>['page'];
  facets: Awaited<ReturnType<typeof searchTerms>>['facets'];
}

const TermFacets = builder.objectRef<SearchResultShape['facets']>('TermFacets').implement({
  description: 'How many matches each filter value has, counted under the other filters.',
  fields: (t) => ({
    glossary: t.field({ type: [FacetCountRef], description: 'Values are glossary ids.', resolve: (f) => f.glossary }),
    domain: t.field({ type: [FacetCountRef], description: 'Values are domain ids.', resolve: (f) => f.domain }),
    status: t.field({ type: [FacetCountRef], resolve: (f) => f.status }),
    steward: t.field({ type: [FacetCountRef], description: 'Values are person ids.', resolve: (f) => f.steward }),
    classification: t.field({ type: [FacetCountRef], resolve: (f) => f.classification }),
    criticalDataElement: t.field({
      type: [FacetCountRef],
      description: 'Values are "true" and "false".',
      resolve: (f) => f.criticalDataElement,
    }),
  }),
});

const TermSearchResult = builder.objectRef<SearchResultShape>('TermSearchResult').implement({
  fields: (t) => ({
    nodes: t.field({ type: [TermHitRef], resolve: (result) => result.page.nodes }),
    pageInfo: t.field({ type: PageInfo, resolve: (result) => result.page }),
    totalCount: t.int({ resolve: (result) => result.page.totalCount }),
    facets: t.field({ type: TermFacets, resolve: (result) => result.facets }),
  }),
});

builder.queryFields((t) => ({
  glossaries: t.field({
    type: [GlossaryRef],
    resolve: (_root, _args, context) => listGlossaries(context.db, actorOf(context)),
  }),
  glossary: t.field({
    type: GlossaryRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => findGlossariesByIds(context.db, ids)),
  }),
  glossaryTerm: t.field({
    type: GlossaryTermRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => findTermsByIds(context.db, ids)),
  }),
  glossaryTerms: t.field({
    type: GlossaryTermConnection,
    description:
      'Terms by name: the top of a glossary or the narrower terms of one term (a tree opens level by level).',
    args: { ...pageArgs(t.arg), filter: t.arg({ type: TermListFilter }) },
    resolve: (_root, args, context) =>
      listTerms(context.db, actorOf(context), {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              glossaryId: idOrNull(args.filter.glossaryId),
              parentId: idOrNull(args.filter.parentId),
              rootsOnly: args.filter.rootsOnly ?? null,
              statuses: args.filter.statuses ?? null,
              domainId: idOrNull(args.filter.domainId),
            }
          : null,
      }),
  }),
  termProposals: t.field({
    type: TermProposalConnection,
    description: 'Proposals, newest first; `reviewableByMe` is the review inbox.',
    args: { ...pageArgs(t.arg), filter: t.arg({ type: ProposalFilter }) },
    resolve: (_root, args, context) =>
      listProposals(context.db, actorOf(context), {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              statuses: args.filter.statuses ?? null,
              glossaryId: idOrNull(args.filter.glossaryId),
              batchId: idOrNull(args.filter.batchId),
              termId: idOrNull(args.filter.termId),
              reviewableByMe: args.filter.reviewableByMe ?? null,
              mine: args.filter.mine ?? null,
              inBatch: args.filter.inBatch ?? null,
            }
          : null,
      }),
  }),
  searchTerms: t.field({
    type: TermSearchResult,
    description: 'Search over name, synonyms, abbreviation and definition; tolerant of typos; with facets.',
    args: { query: t.arg.string(), filter: t.arg({ type: TermSearchFilter }), ...pageArgs(t.arg) },
    resolve: (_root, args, context) =>
      searchTerms(context.db, actorOf(context), {
        query: args.query,
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              glossaryIds: idsOrNull(args.filter.glossaryIds),
              domainIds: idsOrNull(args.filter.domainIds),
              stewardIds: idsOrNull(args.filter.stewardIds),
              statuses: args.filter.statuses ?? null,
              classifications: args.filter.classifications ?? null,
              criticalDataElement: args.filter.criticalDataElement ?? null,
            }
          : null,
      }),
  }),
  suggestTerms: t.field({
    type: [TermHitRef],
    description: 'Typeahead: the best few terms for what has been typed.',
    args: { query: t.arg.string({ required: true }), glossaryId: t.arg.id(), limit: t.arg.int() },
    resolve: (_root, args, context) =>
      suggestTerms(context.db, actorOf(context), {
        query: args.query,
        glossaryId: idOrNull(args.glossaryId),
        limit: args.limit,
      }),
  }),
  termRevisionDiff: t.field({
    type: [FieldChangeRef],
    description: 'Field-by-field differences between two approved revisions of a term (from 0: everything).',
    args: {
      termId: t.arg.id({ required: true }),
      from: t.arg.int({ required: true }),
      to: t.arg.int({ required: true }),
    },
    resolve: (_root, args, context) => diffRevisions(context.db, String(args.termId), args.from, args.to),
  }),
}));
