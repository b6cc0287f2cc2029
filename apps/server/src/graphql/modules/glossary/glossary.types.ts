import {
  canDecideProposals,
  countTermChildren,
  diffProposal,
  effectiveReviewersOfTerms,
  type FacetCount,
  findGlossariesByIds,
  findOpenProposalsOfTerms,
  findProposalsByIds,
  findTermsByIds,
  listIncomingRelations,
  listMembersOfGlossaries,
  listRevisions,
  type TermHit,
} from '@steward/core';
import {
  classifications,
  type ExternalReference,
  type FieldChange,
  type Glossary,
  type GlossaryTerm,
  proposalKinds,
  proposalStatuses,
  type TermContent,
  type TermProposal,
  type TermRevision,
  termRelationTypes,
  termStatuses,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { loadOrNotFound } from '../../loaders.js';
import { Domain, Person } from '../stewardship/types.js';

export const TermStatusEnum = builder.enumType('TermStatus', { values: termStatuses });
export const ClassificationEnum = builder.enumType('Classification', { values: classifications });
export const TermRelationTypeEnum = builder.enumType('TermRelationType', { values: termRelationTypes });
export const ProposalKindEnum = builder.enumType('ProposalKind', { values: proposalKinds });
export const ProposalStatusEnum = builder.enumType('ProposalStatus', { values: proposalStatuses });
export const RelationDirectionEnum = builder.enumType('RelationDirection', {
  description: 'OUTGOING: this term is_a/part_of/replaces the other. INCOMING: the other term says so of this one.',
  values: ['OUTGOING', 'INCOMING'] as const,
});

export const GlossaryRef = builder.loadableObject('Glossary', {
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Glossary', ids, (batch) => findGlossariesByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    reviewerEditsNeedSecondReviewer: t.exposeBoolean('reviewerEditsNeedSecondReviewer', {
      description: "When true, a reviewer's own change still needs another reviewer.",
    }),
    version: t.exposeInt('version'),
  }),
});

export const GlossaryTermRef = builder.loadableObject('GlossaryTerm', {
  description: 'A business term as it stands: the approved version while a change is pending.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Term', ids, (batch) => findTermsByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    definition: t.exposeString('definition', { description: 'Markdown.' }),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
    synonyms: t.exposeStringList('synonyms'),
    examples: t.exposeString('examples', { nullable: true }),
    validValues: t.exposeString('validValues', { nullable: true }),
    businessRules: t.exposeString('businessRules', { nullable: true }),
    criticalDataElement: t.exposeBoolean('criticalDataElement'),
    classification: t.field({ type: ClassificationEnum, resolve: (term) => term.classification }),
    tags: t.exposeStringList('tags'),
    status: t.field({ type: TermStatusEnum, resolve: (term) => term.status }),
    approvedRevision: t.exposeInt('approvedRevision', { description: '0 until the first approval.' }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ExternalReferenceRef = builder.objectRef<ExternalReference>('ExternalReference').implement({
  fields: (t) => ({ label: t.exposeString('label'), url: t.exposeString('url') }),
});

interface RelationView {
  type: (typeof termRelationTypes)[number];
  direction: 'OUTGOING' | 'INCOMING';
  termId: string;
}

export const TermRelationRef = builder.objectRef<RelationView>('TermRelation').implement({
  fields: (t) => ({
    type: t.field({ type: TermRelationTypeEnum, resolve: (relation) => relation.type }),
    direction: t.field({ type: RelationDirectionEnum, resolve: (relation) => relation.direction }),
    term: t.field({ type: GlossaryTermRef, resolve: (relation) => relation.termId }),
  }),
});

/** Content fields shared by the live term, a proposal and a revision. */
const TermContentRef = builder.objectRef<TermContent>('TermContent').implement({
  description: 'A version of the words of a term: proposed, or as a revision approved them.',
  fields: (t) => ({
    name: t.exposeString('name'),
    definition: t.exposeString('definition'),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
    synonyms: t.exposeStringList('synonyms'),
    examples: t.exposeString('examples', { nullable: true }),
    validValues: t.exposeString('validValues', { nullable: true }),
    businessRules: t.exposeString('businessRules', { nullable: true }),
    criticalDataElement: t.exposeBoolean('criticalDataElement'),
    classification: t.field({ type: ClassificationEnum, resolve: (content) => content.classification }),
    tags: t.exposeStringList('tags'),
    externalReferences: t.field({ type: [ExternalReferenceRef], resolve: (content) => content.externalReferences }),
    domain: t.field({ type: Domain, nullable: true, resolve: (content) => content.domainId }),
    parent: t.field({ type: GlossaryTermRef, nullable: true, resolve: (content) => content.parentId }),
    owner: t.field({ type: Person, nullable: true, resolve: (content) => content.ownerId }),
    steward: t.field({ type: Person, nullable: true, resolve: (content) => content.stewardId }),
    reviewers: t.field({ type: [Person], resolve: (content) => content.reviewerIds }),
    relations: t.field({
      type: [TermRelationRef],
      resolve: (content) => content.relations.map((relation) => ({ ...relation, direction: 'OUTGOING' as const })),
    }),
  }),
});

export const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field that differs between two versions. Values are as stored (ids for people, domains, terms).',
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    added: t.field({ type: ['JSON'], nullable: true, resolve: (change) => change.added ?? null }),
    removed: t.field({ type: ['JSON'], nullable: true, resolve: (change) => change.removed ?? null }),
  }),
});

export const TermProposalRef = builder.loadableObject('TermProposal', {
  description: 'A proposed change to a term, waiting for (or having had) a reviewer decision.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Proposal', ids, (batch) => findProposalsByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ProposalKindEnum, resolve: (proposal) => proposal.kind }),
    status: t.field({ type: ProposalStatusEnum, resolve: (proposal) => proposal.status }),
    content: t.field({ type: TermContentRef, resolve: (proposal) => proposal.content }),
    baseRevision: t.exposeInt('baseRevision'),
    reason: t.exposeString('reason', { nullable: true }),
    authorLabel: t.exposeString('authorLabel'),
    author: t.field({ type: Person, nullable: true, resolve: (proposal) => proposal.authorPersonId }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decidedByLabel: t.exposeString('decidedByLabel', { nullable: true }),
    decisionComment: t.exposeString('decisionComment', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    term: t.field({ type: GlossaryTermRef, resolve: (proposal) => proposal.termId }),
    glossary: t.field({ type: GlossaryRef, resolve: (proposal) => proposal.glossaryId }),
    replacedBy: t.field({ type: GlossaryTermRef, nullable: true, resolve: (proposal) => proposal.replacedById }),
    canDecide: t.boolean({
      description: 'Whether you may approve or reject it now.',
      resolve: async (proposal, _args, context) =>
        context
          .loader('canDecideProposal', async (ids) => {
            const proposals = await findProposalsByIds(context.db, ids);
            const found = proposals.filter((item): item is TermProposal => Boolean(item));
            const answers = await canDecideProposals(context.db, actorOf(context), found);
            const byId = new Map(found.map((item, index) => [item.id, answers[index] ?? false]));
            return ids.map((id) => byId.get(id) ?? false);
          })
          .load(proposal.id),
    }),
    changes: t.field({
      type: [FieldChangeRef],
      description: 'What it changes: against the approved version it started from (everything, for a new term).',
      resolve: (proposal, _args, context) => diffProposal(context.db, proposal),
    }),
  }),
});

export const TermRevisionRef = builder.objectRef<TermRevision>('TermRevision').implement({
  description: 'An approved version of a term, with who proposed it, who approved it and why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    revision: t.exposeInt('revision'),
    status: t.field({ type: TermStatusEnum, resolve: (revision) => revision.status }),
    content: t.field({ type: TermContentRef, resolve: (revision) => revision.content }),
    reason: t.exposeString('reason', { nullable: true }),
    authorLabel: t.exposeString('authorLabel'),
    approvedByLabel: t.exposeString('approvedByLabel'),
    selfApproved: t.exposeBoolean('selfApproved'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(GlossaryRef, (t) => ({
  owners: t.loadableList({
    type: Person,
    load: async (ids: string[], context: GraphQLContext) =>
      (await listMembersOfGlossaries(context.db, ids)).map((members) =>
        members.filter((member) => member.role === 'owner').map((member) => member.personId),
      ),
    resolve: (glossary: Glossary) => glossary.id,
  }),
  reviewers: t.loadableList({
    type: Person,
    description: 'Default reviewers of its terms.',
    load: async (ids: string[], context: GraphQLContext) =>
      (await listMembersOfGlossaries(context.db, ids)).map((members) =>
        members.filter((member) => member.role === 'reviewer').map((member) => member.personId),
      ),
    resolve: (glossary: Glossary) => glossary.id,
  }),
}));

builder.objectFields(GlossaryTermRef, (t) => ({
  glossary: t.field({ type: GlossaryRef, resolve: (term: GlossaryTerm) => term.glossaryId }),
  domain: t.field({ type: Domain, nullable: true, resolve: (term) => term.domainId }),
  parent: t.field({ type: GlossaryTermRef, nullable: true, resolve: (term) => term.parentId }),
  owner: t.field({ type: Person, nullable: true, resolve: (term) => term.ownerId }),
  steward: t.field({ type: Person, nullable: true, resolve: (term) => term.stewardId }),
  reviewers: t.field({
    type: [Person],
    description: "The term's own reviewers; empty means the glossary's, else the domain's owner and stewards.",
    resolve: (term) => term.reviewerIds,
  }),
  replacedBy: t.field({ type: GlossaryTermRef, nullable: true, resolve: (term) => term.replacedById }),
  effectiveReviewers: t.loadableList({
    type: Person,
    description:
      "Who reviews its changes: its own reviewers, else the glossary's, else its domain's owner and stewards.",
    load: (ids: string[], context: GraphQLContext) => effectiveReviewersOfTerms(context.db, ids),
    resolve: (term) => term.id,
  }),
  externalReferences: t.field({ type: [ExternalReferenceRef], resolve: (term) => term.externalReferences }),
  childCount: t.loadable({
    type: 'Int',
    load: (ids: string[], context: GraphQLContext) => countTermChildren(context.db, ids),
    resolve: (term) => term.id,
  }),
  relations: t.field({
    type: [TermRelationRef],
    description: 'Typed relations from both ends: what this term says, and what others say of it.',
    resolve: async (term, _args, context) => {
      const incoming = await context
        .loader('incomingTermRelations', (ids) => listIncomingRelations(context.db, ids))
        .load(term.id);
      return [
        ...term.relations.map((relation) => ({ ...relation, direction: 'OUTGOING' as const })),
        ...incoming.map((relation) => ({
          type: relation.type,
          termId: relation.fromTermId,
          direction: 'INCOMING' as const,
        })),
      ];
    },
  }),
  openProposal: t.loadable({
    type: TermProposalRef,
    nullable: true,
    description: 'The change waiting for review (or a draft), if any.',
    load: (ids: string[], context: GraphQLContext) => findOpenProposalsOfTerms(context.db, ids),
    resolve: (term) => term.id,
  }),
  revisions: t.field({
    type: [TermRevisionRef],
    description: 'Approved versions, newest first.',
    resolve: (term, _args, context) => listRevisions(context.db, term.id),
  }),
}));

export const TermHitRef = builder.objectRef<TermHit>('TermHit').implement({
  fields: (t) => ({
    term: t.field({ type: GlossaryTermRef, resolve: (hit) => hit.term }),
    score: t.exposeFloat('score'),
    matchedSynonym: t.exposeString('matchedSynonym', {
      nullable: true,
      description: 'The synonym that matched better than the name.',
    }),
  }),
});

export const FacetCountRef = builder.objectRef<FacetCount>('FacetCount').implement({
  fields: (t) => ({ value: t.exposeString('value'), count: t.exposeInt('count') }),
});

export type { TermProposal };
