import { z } from 'zod';
import { type RecordLink, recordLinkSchema } from '../shared/record-links.js';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/**
 * A step's deliverables: documents written in Steward (markdown, versioned, approved) and links
 * to the records that are the deliverable (a council, the roadmap, a term, an MDM policy).
 */

export const documentStatuses = ['draft', 'in_review', 'approved', 'superseded'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const documentActions = ['submit', 'approve', 'send_back'] as const;
export type DocumentAction = (typeof documentActions)[number];

/** Who may take an action: the program's team (program:manage) or the document's approver. */
export type DocumentActor = 'author' | 'approver';

const transitions: Record<DocumentAction, { from: DocumentStatus; to: DocumentStatus; by: DocumentActor }> = {
  submit: { from: 'draft', to: 'in_review', by: 'author' },
  approve: { from: 'in_review', to: 'approved', by: 'approver' },
  send_back: { from: 'in_review', to: 'draft', by: 'approver' },
};

/** Where an action leads from a status, and who takes it; throws for an action the status does not allow. */
export function planDocumentTransition(
  status: DocumentStatus,
  action: DocumentAction,
): { to: DocumentStatus; by: DocumentActor } | { error: string } {
  const transition = transitions[action];
  if (transition.from !== status)
    return { error: `cannot ${action.replace('_', ' ')} a version that is ${status.replace('_', ' ')}` };
  return { to: transition.to, by: transition.by };
}

/** The actions open on a version to someone standing as author and/or approver. */
export function availableDocumentActions(
  status: DocumentStatus,
  standing: { author: boolean; approver: boolean },
): DocumentAction[] {
  return documentActions.filter((action) => {
    const transition = transitions[action];
    return transition.from === status && standing[transition.by];
  });
}

const deliverableKeySchema = z
  .string()
  .regex(/^D\d{1,2}\.\d{1,2}$/, { error: 'must be a deliverable key of the catalogue (D5.1)' })
  .nullish()
  .transform((value) => value ?? null);

const stepNumberSchema = z
  .number({ error: 'must be a step from 1 to 14' })
  .int()
  .min(1, { error: 'must be a step from 1 to 14' })
  .max(14, { error: 'must be a step from 1 to 14' });

const bodySchema = z.string().max(200_000, { error: 'must be at most 200,000 characters' });

export const createProgramDocumentInputSchema = z.object({
  programId: idSchema,
  stepNumber: stepNumberSchema,
  deliverableKey: deliverableKeySchema,
  title: nameSchema,
  body: bodySchema.default(''),
});
export type CreateProgramDocumentInput = z.input<typeof createProgramDocumentInputSchema>;

/** Edits a draft version (the id is the version's). */
export const updateDocumentDraftInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  title: nameSchema.optional(),
  body: bodySchema.optional(),
  changeNote: optionalTextSchema(500).optional(),
});
export type UpdateDocumentDraftInput = z.input<typeof updateDocumentDraftInputSchema>;

export const transitionDocumentInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  action: z.enum(documentActions, { error: `must be one of ${documentActions.join(', ')}` }),
  comment: optionalTextSchema(2000),
});
export type TransitionDocumentInput = z.input<typeof transitionDocumentInputSchema>;

/** Starts the next version of a document from its latest one. */
/** Removes a document that never had a version approved (a draft started by mistake). */
export const deleteProgramDocumentInputSchema = z.object({ id: idSchema });

export const newDocumentVersionInputSchema = z.object({ documentId: idSchema });
export type NewDocumentVersionInput = z.input<typeof newDocumentVersionInputSchema>;

export interface ProgramDocument extends RecordMeta {
  programId: string;
  stepNumber: number;
  deliverableKey: string | null;
  title: string;
}

export interface DocumentVersion extends RecordMeta {
  documentId: string;
  number: number;
  title: string;
  body: string;
  status: DocumentStatus;
  changeNote: string | null;
  authorPersonId: string | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionComment: string | null;
}

export const linkDeliverableInputSchema = z.object({
  programId: idSchema,
  stepNumber: stepNumberSchema,
  deliverableKey: deliverableKeySchema,
  target: recordLinkSchema,
  note: optionalTextSchema(500),
});
export type LinkDeliverableInput = z.input<typeof linkDeliverableInputSchema>;

export const unlinkDeliverableInputSchema = z.object({ id: idSchema });

export interface DeliverableLink {
  id: string;
  programId: string;
  stepNumber: number;
  deliverableKey: string | null;
  target: RecordLink;
  note: string | null;
  createdAt: Date;
  createdBy: string | null;
}

export const addStepCommentInputSchema = z.object({
  programId: idSchema,
  stepNumber: stepNumberSchema,
  body: z.string().trim().min(1, { error: 'must not be empty' }).max(10_000),
});
export type AddStepCommentInput = z.input<typeof addStepCommentInputSchema>;

export const deleteStepCommentInputSchema = z.object({ id: idSchema });

export interface StepComment {
  id: string;
  programId: string;
  stepNumber: number;
  authorPersonId: string | null;
  body: string;
  createdAt: Date;
}

/** One line of a line diff between two versions of a document. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Line diff of two texts by longest common subsequence (the documents are pages, not books: a
 * 2,000 × 2,000-line table is the ceiling; beyond it the whole text counts as replaced).
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > 4_000_000)
    return [
      ...a.map((text): DiffLine => ({ kind: 'removed', text })),
      ...b.map((text): DiffLine => ({ kind: 'added', text })),
    ];
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      lines.push({ kind: 'removed', text: a[i]! });
      i += 1;
    } else {
      lines.push({ kind: 'added', text: b[j]! });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) lines.push({ kind: 'removed', text: a[i]! });
  for (; j < b.length; j += 1) lines.push({ kind: 'added', text: b[j]! });
  return lines;
}
