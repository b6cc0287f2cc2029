import {
  createGlossary,
  decideProposal,
  type ProposalOutcome,
  proposeDeprecation,
  proposeReinstatement,
  proposeTerm,
  proposeTermChange,
  reviseProposal,
  submitProposal,
  updateGlossary,
  withdrawProposal,
} from '@steward/core';
import { builder } from '../../builder.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import {
  ClassificationEnum,
  GlossaryRef,
  GlossaryTermRef,
  TermProposalRef,
  TermRelationTypeEnum,
} from './glossary.types.js';

const ProposalOutcomeRef = builder.objectRef<ProposalOutcome>('ProposalOutcome').implement({
  description: 'The term as it now stands, and the proposal (approved at once when the glossary allows).',
  fields: (t) => ({
    term: t.field({ type: GlossaryTermRef, resolve: (outcome) => outcome.term }),
    proposal: t.field({ type: TermProposalRef, resolve: (outcome) => outcome.proposal }),
  }),
});

const ExternalReferenceInput = builder.inputType('ExternalReferenceInput', {
  fields: (t) => ({ label: t.string({ required: true }), url: t.string({ required: true }) }),
});

const TermRelationInput = builder.inputType('TermRelationInput', {
  fields: (t) => ({
    type: t.field({ type: TermRelationTypeEnum, required: true }),
    termId: t.id({ required: true }),
  }),
});

const TermContentInput = builder.inputType('TermContentInput', {
  description: 'Everything a proposal can say about a term.',
  fields: (t) => ({
    name: t.string({ required: true }),
    definition: t.string({ required: true, description: 'Markdown.' }),
    abbreviation: t.string(),
    synonyms: t.stringList(),
    examples: t.string(),
    validValues: t.string(),
    businessRules: t.string(),
    domainId: t.id(),
    parentId: t.id({ description: 'The broader term (same glossary).' }),
    ownerId: t.id(),
    stewardId: t.id(),
    reviewerIds: t.idList(),
    criticalDataElement: t.boolean(),
    classification: t.field({ type: ClassificationEnum }),
    tags: t.stringList(),
    externalReferences: t.field({ type: [ExternalReferenceInput] }),
    relations: t.field({
      type: [TermRelationInput],
      description: 'Outgoing relations; the full list replaces the old one.',
    }),
  }),
});

const CreateGlossaryInput = builder.inputType('CreateGlossaryInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    reviewerEditsNeedSecondReviewer: t.boolean(),
    ownerIds: t.idList(),
    reviewerIds: t.idList(),
  }),
});

const UpdateGlossaryInput = builder.inputType('UpdateGlossaryInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    description: t.string(),
    reviewerEditsNeedSecondReviewer: t.boolean(),
    ownerIds: t.idList(),
    reviewerIds: t.idList(),
  }),
});

const ProposeTermInput = builder.inputType('ProposeTermInput', {
  fields: (t) => ({
    glossaryId: t.id({ required: true }),
    content: t.field({ type: TermContentInput, required: true }),
    reason: t.string({ description: 'Why; kept with the approved revision.' }),
    asDraft: t.boolean({ description: 'Save without sending to review.' }),
  }),
});

const ProposeTermChangeInput = builder.inputType('ProposeTermChangeInput', {
  fields: (t) => ({
    termId: t.id({ required: true }),
    version: t.int({ required: true }),
    content: t.field({ type: TermContentInput, required: true }),
    reason: t.string(),
    asDraft: t.boolean(),
  }),
});

const ProposeDeprecationInput = builder.inputType('ProposeDeprecationInput', {
  fields: (t) => ({
    termId: t.id({ required: true }),
    version: t.int({ required: true }),
    replacedById: t.id(),
    reason: t.string(),
  }),
});

const ProposeReinstatementInput = builder.inputType('ProposeReinstatementInput', {
  fields: (t) => ({ termId: t.id({ required: true }), version: t.int({ required: true }), reason: t.string() }),
});

const ProposalIdInput = builder.inputType('ProposalIdInput', {
  fields: (t) => ({ proposalId: t.id({ required: true }) }),
});

const ReviseProposalInput = builder.inputType('ReviseProposalInput', {
  fields: (t) => ({
    proposalId: t.id({ required: true }),
    version: t.int({ required: true }),
    content: t.field({ type: TermContentInput, required: true }),
    reason: t.string(),
  }),
});

const ProposalDecisionEnum = builder.enumType('ProposalDecision', { values: ['approve', 'reject'] as const });

const DecideProposalInput = builder.inputType('DecideProposalInput', {
  fields: (t) => ({
    proposalId: t.id({ required: true }),
    decision: t.field({ type: ProposalDecisionEnum, required: true }),
    comment: t.string({ description: 'Required to reject: what should change.' }),
  }),
});

builder.mutationFields((t) => ({
  createGlossary: t.field({
    type: GlossaryRef,
    errors: {},
    args: { input: t.arg({ type: CreateGlossaryInput, required: true }) },
    resolve: resolveUseCase(createGlossary),
  }),
  updateGlossary: t.field({
    type: GlossaryRef,
    errors: {},
    args: { input: t.arg({ type: UpdateGlossaryInput, required: true }) },
    resolve: resolveUseCase(updateGlossary),
  }),
  proposeTerm: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: ProposeTermInput, required: true }) },
    resolve: resolveUseCase(proposeTerm),
  }),
  proposeTermChange: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: ProposeTermChangeInput, required: true }) },
    resolve: resolveUseCase(proposeTermChange),
  }),
  proposeDeprecation: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: ProposeDeprecationInput, required: true }) },
    resolve: resolveUseCase(proposeDeprecation),
  }),
  proposeReinstatement: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: ProposeReinstatementInput, required: true }) },
    resolve: resolveUseCase(proposeReinstatement),
  }),
  submitProposal: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: ProposalIdInput, required: true }) },
    resolve: resolveUseCase(submitProposal),
  }),
  withdrawProposal: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: ProposalIdInput, required: true }) },
    resolve: resolveUseCase(withdrawProposal),
  }),
  reviseProposal: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: ReviseProposalInput, required: true }) },
    resolve: resolveUseCase(reviseProposal),
  }),
  decideProposal: t.field({
    type: ProposalOutcomeRef,
    errors: {},
    args: { input: t.arg({ type: DecideProposalInput, required: true }) },
    resolve: resolveUseCase(decideProposal),
  }),
}));
