import {
  addStepComment,
  approveRoadmap,
  changedSinceApproval,
  commentsOfStep,
  compareDocumentVersions,
  createProgramDocument,
  deleteProgramDocument,
  deleteStepComment,
  deliverableLinksOf,
  documentAbilities,
  documentActionsFor,
  documentApproversOf,
  documentsOfProgram,
  getProgramDocuments,
  linkDeliverable,
  listCouncils,
  newDocumentVersion,
  resolveRecordLinks,
  roadmapOf,
  sponsorsOf,
  transitionDocument,
  unlinkDeliverable,
  updateDocumentDraft,
  versionsOfDocuments,
} from '@steward/core';
import {
  catalogueDeliverable,
  type DeliverableLink,
  type DiffLine,
  type DocumentVersion,
  documentActions,
  documentStatuses,
  type Program,
  type ProgramDocument,
  type ResolvedRecordLink,
  type StepComment,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull } from '../../loaders.js';
import { RecordLinkInput, ResolvedRecordLinkRef } from '../../record-links.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { withoutNulls } from '../../without-nulls.js';
import { Council, Domain, Person } from '../stewardship/types.js';
import { ProgramRef, ProgramStepRef } from './program.js';

const DocumentStatusEnum = builder.enumType('DocumentStatus', { values: documentStatuses });
const DocumentActionEnum = builder.enumType('DocumentAction', { values: documentActions });
const DocumentVersionRef = builder.objectRef<DocumentVersion>('DocumentVersion').implement({
  description: 'One version of a program document, with its way through approval.',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    number: t.exposeInt('number'),
    title: t.exposeString('title'),
    body: t.exposeString('body', { description: 'Markdown.' }),
    status: t.field({ type: DocumentStatusEnum, resolve: (version) => version.status }),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    author: t.field({ type: Person, nullable: true, resolve: (version) => version.authorPersonId }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    submittedBy: t.field({ type: Person, nullable: true, resolve: (version) => version.submittedBy }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decidedBy: t.field({ type: Person, nullable: true, resolve: (version) => version.decidedBy }),
    decisionComment: t.exposeString('decisionComment', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    actions: t.field({
      type: [DocumentActionEnum],
      description: 'What you may do with this version now.',
      resolve: (version, _args, context) => documentActionsFor(context.db, actorOf(context), version),
    }),
  }),
});

const DiffLineRef = builder.objectRef<DiffLine>('DiffLine').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'same, added or removed' }),
    text: t.exposeString('text'),
  }),
});

const DocumentAbilitiesRef = builder
  .objectRef<{ canEditDraft: boolean; canStartVersion: boolean; canDelete: boolean }>('DocumentAbilities')
  .implement({
    fields: (t) => ({
      canEditDraft: t.exposeBoolean('canEditDraft', { description: 'The latest version is a draft you may edit.' }),
      canStartVersion: t.exposeBoolean('canStartVersion', {
        description: 'You may start the next version from the latest (approved) one.',
      }),
      canDelete: t.exposeBoolean('canDelete', { description: 'No version was ever approved and you may delete it.' }),
    }),
  });

export const ProgramDocumentRef = builder.objectRef<ProgramDocument>('ProgramDocument').implement({
  description: 'A document written in Steward for a step’s deliverable: the charter, a business case.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    stepNumber: t.exposeInt('stepNumber'),
    deliverableKey: t.exposeString('deliverableKey', { nullable: true }),
    deliverable: t.string({
      nullable: true,
      description: 'The catalogue deliverable it provides, in words.',
      resolve: (document) =>
        document.deliverableKey ? (catalogueDeliverable(document.deliverableKey)?.text ?? null) : null,
    }),
    program: t.field({ type: ProgramRef, resolve: (document) => document.programId }),
    versions: t.field({
      type: [DocumentVersionRef],
      description: 'Newest first.',
      resolve: async (document, _args, context) => (await versionsOfDocuments(context.db, [document.id]))[0] ?? [],
    }),
    approvers: t.field({
      type: [Person],
      description: 'Who may approve it: a sponsor for the charter, else the lead or a sponsor.',
      resolve: async (document, _args, context) => (await documentApproversOf(context.db, document)).personIds,
    }),
    sponsorApproval: t.boolean({
      description: 'Only an executive sponsor may approve it.',
      resolve: (document) =>
        Boolean(
          document.deliverableKey && catalogueDeliverable(document.deliverableKey)?.approver === 'executive_sponsor',
        ),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    abilities: t.field({
      type: DocumentAbilitiesRef,
      description: 'What you may do with the document as a whole now.',
      resolve: async (document, _args, context) =>
        documentAbilities(actorOf(context), (await versionsOfDocuments(context.db, [document.id]))[0] ?? []),
    }),
  }),
});

const DeliverableLinkRef = builder
  .objectRef<DeliverableLink & { resolved: ResolvedRecordLink }>('DeliverableLink')
  .implement({
    description: 'A record that is (part of) a step’s deliverable.',
    fields: (t) => ({
      id: t.exposeID('id'),
      deliverableKey: t.exposeString('deliverableKey', { nullable: true }),
      note: t.exposeString('note', { nullable: true }),
      target: t.field({ type: ResolvedRecordLinkRef, resolve: (link) => link.resolved }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
    }),
  });

const StepCommentRef = builder.objectRef<StepComment>('StepComment').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    body: t.exposeString('body'),
    author: t.field({ type: Person, nullable: true, resolve: (comment) => comment.authorPersonId }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    mine: t.boolean({
      resolve: (comment, _args, context) => {
        const actor = actorOf(context);
        return actor.personId !== null && actor.personId === comment.authorPersonId;
      },
    }),
  }),
});

async function withResolvedTargets(context: GraphQLContext, links: DeliverableLink[]) {
  const resolved = await resolveRecordLinks(
    context.db,
    links.map((link) => link.target),
  );
  return links.map((link, index) => ({ ...link, resolved: resolved[index]! }));
}

builder.objectFields(ProgramStepRef, (t) => ({
  documents: t.field({
    type: [ProgramDocumentRef],
    description: 'Documents written for this step.',
    resolve: (step, _args, context) => documentsOfProgram(context.db, step.programId, step.number),
  }),
  deliverableLinks: t.field({
    type: [DeliverableLinkRef],
    description: 'Records named as this step’s deliverables.',
    resolve: async (step, _args, context) =>
      withResolvedTargets(context, await deliverableLinksOf(context.db, step.programId, step.number)),
  }),
  comments: t.field({
    type: [StepCommentRef],
    description: 'Oldest first.',
    resolve: (step, _args, context) => commentsOfStep(context.db, step.programId, step.number),
  }),
}));

interface RoadmapApproval {
  program: Program;
}

const RoadmapApprovalRef = builder.objectRef<RoadmapApproval>('RoadmapApproval').implement({
  description: 'The roadmap’s approval by an executive sponsor (EC4.4).',
  fields: (t) => ({
    approvedAt: t.field({ type: 'DateTime', nullable: true, resolve: ({ program }) => program.roadmapApprovedAt }),
    approvedBy: t.field({ type: Person, nullable: true, resolve: ({ program }) => program.roadmapApprovedBy }),
    changedSince: t.int({
      description: 'Items added or changed since the approval.',
      resolve: async ({ program }, _args, context) =>
        program.roadmapApprovedAt ? changedSinceApproval(program, await roadmapOf(context.db, program.id)).length : 0,
    }),
    canApprove: t.boolean({
      description: 'You are an executive sponsor, and the roadmap is not approved or changed since.',
      resolve: async ({ program }, _args, context) => {
        const personId = actorOf(context).personId;
        if (personId === null || !(await sponsorsOf(context.db, program.id)).includes(personId)) return false;
        return (
          !program.roadmapApprovedAt ||
          changedSinceApproval(program, await roadmapOf(context.db, program.id)).length > 0
        );
      },
    }),
  }),
});

const OrganisationRef = builder.objectRef<Program>('ProgramOrganisation').implement({
  description: 'The program as an organisation chart (step 5): sponsors, lead, councils, domain roles.',
  fields: (t) => ({
    sponsors: t.field({ type: [Person], resolve: (program, _args, context) => sponsorsOf(context.db, program.id) }),
    lead: t.field({ type: Person, nullable: true, resolve: (program) => program.leadPersonId }),
    councils: t.field({
      type: [Council],
      description: 'Every council, the executive tier first.',
      resolve: async (_program, _args, context) =>
        (await listCouncils(context.db, actorOf(context), { first: 100 })).nodes,
    }),
    domains: t.field({ type: [Domain], resolve: (program) => program.scope.domainIds }),
  }),
});

builder.objectFields(ProgramRef, (t) => ({
  documents: t.field({
    type: [ProgramDocumentRef],
    description: 'Every document of the program, by step.',
    resolve: (program, _args, context) => documentsOfProgram(context.db, program.id),
  }),
  roadmapApproval: t.field({ type: RoadmapApprovalRef, resolve: (program) => ({ program }) }),
  organisation: t.field({ type: OrganisationRef, resolve: (program) => program }),
}));

builder.queryFields((t) => ({
  programDocument: t.field({
    type: ProgramDocumentRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getProgramDocuments(context.db, ids)),
  }),
  compareDocumentVersions: t.field({
    type: [DiffLineRef],
    description: 'Line diff between two versions of one document.',
    args: { beforeId: t.arg.id({ required: true }), afterId: t.arg.id({ required: true }) },
    resolve: (_root, { beforeId, afterId }, context) =>
      compareDocumentVersions(context.db, String(beforeId), String(afterId)),
  }),
}));

const CreateProgramDocumentInput = builder.inputType('CreateProgramDocumentInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    stepNumber: t.int({ required: true }),
    deliverableKey: t.string({ description: 'The catalogue deliverable it provides (D5.1 is the charter).' }),
    title: t.string({ required: true }),
    body: t.string({ description: 'Markdown.' }),
  }),
});

const UpdateDocumentDraftInput = builder.inputType('UpdateDocumentDraftInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft version’s id.' }),
    version: t.int({ required: true }),
    title: t.string(),
    body: t.string(),
    changeNote: t.string(),
  }),
});

const TransitionDocumentInput = builder.inputType('TransitionDocumentInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    action: t.field({ type: DocumentActionEnum, required: true }),
    comment: t.string(),
  }),
});

const LinkDeliverableInput = builder.inputType('LinkDeliverableInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    stepNumber: t.int({ required: true }),
    deliverableKey: t.string(),
    target: t.field({ type: RecordLinkInput, required: true }),
    note: t.string(),
  }),
});

const AddStepCommentInput = builder.inputType('AddStepCommentInput', {
  fields: (t) => ({
    programId: t.id({ required: true }),
    stepNumber: t.int({ required: true }),
    body: t.string({ required: true }),
  }),
});

const ApproveRoadmapInput = builder.inputType('ApproveRoadmapInput', {
  fields: (t) => ({ programId: t.id({ required: true }), comment: t.string() }),
});

builder.mutationFields((t) => ({
  createProgramDocument: t.field({
    type: ProgramDocumentRef,
    errors: {},
    description: 'Writes a new document for a step, as draft version 1.',
    args: { input: t.arg({ type: CreateProgramDocumentInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      (await createProgramDocument(context.db, actorOf(context), withoutNulls(input) as never)).document,
  }),
  updateDocumentDraft: t.field({
    type: DocumentVersionRef,
    errors: {},
    args: { input: t.arg({ type: UpdateDocumentDraftInput, required: true }) },
    resolve: (_root, { input }, context) =>
      updateDocumentDraft(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  transitionDocument: t.field({
    type: DocumentVersionRef,
    errors: {},
    description:
      'submit (the program’s team), approve or send_back (a sponsor for the charter, else the lead or a sponsor).',
    args: { input: t.arg({ type: TransitionDocumentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      transitionDocument(context.db, actorOf(context), withoutNulls(input) as never),
  }),
  newDocumentVersion: t.field({
    type: DocumentVersionRef,
    errors: {},
    description: 'Starts the next version of a document from its latest one.',
    args: { documentId: t.arg.id({ required: true }) },
    resolve: (_root, { documentId }, context) =>
      newDocumentVersion(context.db, actorOf(context), { documentId: String(documentId) }),
  }),
  deleteProgramDocument: t.field({
    type: 'ID',
    errors: {},
    description: 'Removes a document none of whose versions was ever approved.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) =>
      (await deleteProgramDocument(context.db, actorOf(context), { id: String(id) })).id,
  }),
  linkDeliverable: t.field({
    type: DeliverableLinkRef,
    errors: {},
    args: { input: t.arg({ type: LinkDeliverableInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const link = await linkDeliverable(context.db, actorOf(context), withoutNulls(input) as never);
      return (await withResolvedTargets(context, [link]))[0]!;
    },
  }),
  unlinkDeliverable: t.field({
    type: 'ID',
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) =>
      (await unlinkDeliverable(context.db, actorOf(context), { id: String(id) })).id,
  }),
  addStepComment: t.field({
    type: StepCommentRef,
    errors: {},
    args: { input: t.arg({ type: AddStepCommentInput, required: true }) },
    resolve: resolveUseCase(addStepComment),
  }),
  deleteStepComment: t.field({
    type: 'ID',
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) =>
      (await deleteStepComment(context.db, actorOf(context), { id: String(id) })).id,
  }),
  approveRoadmap: t.field({
    type: ProgramRef,
    errors: {},
    description: 'An executive sponsor approves the roadmap as it stands.',
    args: { input: t.arg({ type: ApproveRoadmapInput, required: true }) },
    resolve: (_root, { input }, context) => approveRoadmap(context.db, actorOf(context), withoutNulls(input) as never),
  }),
}));
