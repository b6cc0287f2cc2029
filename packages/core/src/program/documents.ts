import {
  people,
  programDocuments,
  programDocumentVersions,
  programs,
  type Queryable,
  roleAssignments,
} from '@steward/db';
import {
  type Actor,
  availableDocumentActions,
  can,
  catalogueDeliverable,
  catalogueStep,
  createProgramDocumentInputSchema,
  type DiffLine,
  type DocumentAction,
  type DocumentStatus,
  type DocumentVersion,
  deleteProgramDocumentInputSchema,
  diffLines,
  InputError,
  idSchema,
  NotAllowedError,
  NotFoundError,
  newDocumentVersionInputSchema,
  type ProgramDocument,
  planDocumentTransition,
  transitionDocumentInputSchema,
  updateDocumentDraftInputSchema,
} from '@steward/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion } from '../shared/versioning.js';

type VersionRow = typeof programDocumentVersions.$inferSelect;
const toVersion = (row: VersionRow): DocumentVersion => ({ ...row, status: row.status as DocumentStatus });

/** Active people holding executive_sponsor for this program (or for every program). */
export async function sponsorsOf(db: Queryable, programId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ personId: roleAssignments.personId })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(
      and(
        eq(roleAssignments.role, 'executive_sponsor'),
        eq(roleAssignments.scopeType, 'program'),
        sql`(${roleAssignments.scopeId} is null or ${roleAssignments.scopeId} = ${programId})`,
        eq(people.active, true),
      ),
    );
  return rows.map((row) => row.personId);
}

/**
 * Who may approve a document: a sponsor for deliverables the catalogue gives to the sponsor (the
 * charter), else the program's lead or a sponsor.
 */
export async function documentApproversOf(
  db: Queryable,
  document: Pick<ProgramDocument, 'programId' | 'deliverableKey'>,
): Promise<{ personIds: string[]; sponsorOnly: boolean }> {
  const sponsors = await sponsorsOf(db, document.programId);
  const sponsorOnly = Boolean(
    document.deliverableKey && catalogueDeliverable(document.deliverableKey)?.approver === 'executive_sponsor',
  );
  if (sponsorOnly) return { personIds: sponsors, sponsorOnly };
  const [program] = await db
    .select({ leadPersonId: programs.leadPersonId })
    .from(programs)
    .where(eq(programs.id, document.programId));
  return {
    personIds: [...new Set([...sponsors, ...(program?.leadPersonId ? [program.leadPersonId] : [])])],
    sponsorOnly,
  };
}

async function documentOf(db: Queryable, id: string): Promise<ProgramDocument> {
  const [row] = await db.select().from(programDocuments).where(eq(programDocuments.id, id));
  if (!row) throw new NotFoundError('ProgramDocument', id, { field: 'documentId' });
  return row;
}

/** How an actor stands to a version: may they write it, and may they approve it? */
async function documentStanding(db: Queryable, actor: Actor, version: DocumentVersion) {
  const document = await documentOf(db, version.documentId);
  const { personIds } = await documentApproversOf(db, document);
  return {
    author: can(actor, 'program:manage'),
    // Four eyes: whoever sent a version for approval does not approve it.
    approver: actor.personId !== null && personIds.includes(actor.personId) && version.submittedBy !== actor.personId,
  };
}

export function documentActionsFor(db: Queryable, actor: Actor, version: DocumentVersion): Promise<DocumentAction[]> {
  return documentStanding(db, actor, version).then((standing) => availableDocumentActions(version.status, standing));
}

/** Writes a new document for a step (a deliverable of the catalogue, or the program's own), as draft v1. */
export const createProgramDocument = defineUseCase({
  action: 'program.document.create',
  input: createProgramDocumentInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<{ document: ProgramDocument; version: DocumentVersion }> {
    const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
    if (!program) throw new NotFoundError('Program', input.programId, { field: 'programId' });
    if (input.deliverableKey) {
      const deliverable = catalogueDeliverable(input.deliverableKey);
      if (!deliverable || deliverable.step !== input.stepNumber)
        throw InputError.forField(
          'deliverableKey',
          `is not a deliverable of step ${input.stepNumber} (${catalogueStep(input.stepNumber)
            .deliverables.map((item) => item.key)
            .join(', ')})`,
        );
    }
    const meta = { createdAt: now, updatedAt: now, createdBy: actor.accountId, updatedBy: actor.accountId };
    const [documentRow] = await tx
      .insert(programDocuments)
      .values({
        programId: input.programId,
        stepNumber: input.stepNumber,
        deliverableKey: input.deliverableKey,
        title: input.title,
        ...meta,
      })
      .returning();
    const document = documentRow!;
    const [versionRow] = await tx
      .insert(programDocumentVersions)
      .values({
        documentId: document.id,
        number: 1,
        title: input.title,
        body: input.body,
        authorPersonId: actor.personId,
        ...meta,
      })
      .returning();
    const version = toVersion(versionRow!);
    await audit({
      entityType: 'ProgramDocument',
      entityId: document.id,
      after: { ...document, version: 1, draft: version.id },
      relatedIds: [document.programId],
    });
    return { document, version };
  },
});

/** Edits a draft: its title, text and change note. */
export const updateDocumentDraft = defineUseCase({
  action: 'program.document.edit',
  input: updateDocumentDraftInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<DocumentVersion> {
    const [current] = await tx
      .select()
      .from(programDocumentVersions)
      .where(eq(programDocumentVersions.id, id))
      .for('update');
    assertVersion('DocumentVersion', current, id, version);
    const before = toVersion(current as VersionRow);
    if (before.status !== 'draft')
      throw InputError.forField(
        'id',
        `is ${before.status.replace('_', ' ')}: only a draft can change (start a new version)`,
      );
    const [row] = await tx
      .update(programDocumentVersions)
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        ...(patch.changeNote !== undefined ? { changeNote: patch.changeNote } : {}),
        version: before.version + 1,
        updatedAt: now,
        updatedBy: actor.accountId,
      })
      .where(eq(programDocumentVersions.id, id))
      .returning();
    const after = toVersion(row!);
    if (patch.title !== undefined && before.number === 1)
      await tx
        .update(programDocuments)
        .set({ title: patch.title, updatedAt: now, updatedBy: actor.accountId })
        .where(eq(programDocuments.id, before.documentId));
    await audit({
      entityType: 'DocumentVersion',
      entityId: id,
      before: { title: before.title, changeNote: before.changeNote, length: before.body.length },
      after: { title: after.title, changeNote: after.changeNote, length: after.body.length },
      relatedIds: [before.documentId],
    });
    return after;
  },
});

/**
 * Moves a version along: submit (the program's team), approve or send back (a sponsor for the
 * charter, else the lead or a sponsor; never the person who submitted it). Approving supersedes
 * the version approved before.
 */
export const transitionDocument = defineUseCase({
  action: 'program.document.transition',
  input: transitionDocumentInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, { id, version, action, comment }): Promise<DocumentVersion> {
    const [current] = await tx
      .select()
      .from(programDocumentVersions)
      .where(eq(programDocumentVersions.id, id))
      .for('update');
    assertVersion('DocumentVersion', current, id, version);
    const before = toVersion(current as VersionRow);
    const plan = planDocumentTransition(before.status, action);
    if ('error' in plan) throw InputError.forField('action', plan.error);
    const standing = await documentStanding(tx, actor, before);
    if (plan.by === 'author' && !standing.author)
      throw new NotAllowedError("Only the program's team (program:manage) may send a document for approval.");
    if (plan.by === 'approver' && !standing.approver) {
      const document = await documentOf(tx, before.documentId);
      const { sponsorOnly, personIds } = await documentApproversOf(tx, document);
      throw new NotAllowedError(
        before.submittedBy && before.submittedBy === actor.personId
          ? 'You sent this version for approval; someone else must approve it.'
          : personIds.length === 0
            ? sponsorOnly
              ? 'This document is approved by an executive sponsor, and the program has none: assign one first.'
              : 'The program has no lead or sponsor to approve this document: name one first.'
            : sponsorOnly
              ? "Only the program's executive sponsor may approve or send back this document."
              : "Only the program's lead or an executive sponsor may approve or send back this document.",
      );
    }
    if (action === 'send_back' && !comment) throw InputError.forField('comment', 'must say what to change');
    const changes: Partial<VersionRow> = { status: plan.to };
    if (action === 'submit') Object.assign(changes, { submittedAt: now, submittedBy: actor.personId });
    else Object.assign(changes, { decidedAt: now, decidedBy: actor.personId, decisionComment: comment });
    let superseded: string | null = null;
    if (action === 'approve') {
      const [previous] = await tx
        .update(programDocumentVersions)
        .set({
          status: 'superseded',
          updatedAt: now,
          updatedBy: actor.accountId,
          version: sql`${programDocumentVersions.version} + 1`,
        })
        .where(
          and(
            eq(programDocumentVersions.documentId, before.documentId),
            eq(programDocumentVersions.status, 'approved'),
          ),
        )
        .returning({ id: programDocumentVersions.id });
      superseded = previous?.id ?? null;
      await tx
        .update(programDocuments)
        .set({ title: before.title, updatedAt: now, updatedBy: actor.accountId })
        .where(eq(programDocuments.id, before.documentId));
    }
    const [row] = await tx
      .update(programDocumentVersions)
      .set({ ...changes, version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(programDocumentVersions.id, id))
      .returning();
    const after = toVersion(row!);
    await audit({
      entityType: 'DocumentVersion',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, comment, supersededVersionId: superseded },
      relatedIds: [before.documentId, superseded],
    });
    return after;
  },
});

/** Starts the next version from the latest one; refused while a draft or review is open. */
export const newDocumentVersion = defineUseCase({
  action: 'program.document.new_version',
  input: newDocumentVersionInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, { documentId }): Promise<DocumentVersion> {
    const document = await documentOf(tx, documentId);
    await tx
      .select({ id: programDocuments.id })
      .from(programDocuments)
      .where(eq(programDocuments.id, documentId))
      .for('update');
    const [latest] = await tx
      .select()
      .from(programDocumentVersions)
      .where(eq(programDocumentVersions.documentId, documentId))
      .orderBy(desc(programDocumentVersions.number))
      .limit(1);
    if (latest && (latest.status === 'draft' || latest.status === 'in_review'))
      throw InputError.forField(
        'documentId',
        `already has version ${latest.number} ${latest.status.replace('_', ' ')}`,
      );
    const [row] = await tx
      .insert(programDocumentVersions)
      .values({
        documentId,
        number: (latest?.number ?? 0) + 1,
        title: latest?.title ?? document.title,
        body: latest?.body ?? '',
        authorPersonId: actor.personId,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const version = toVersion(row!);
    await audit({
      entityType: 'DocumentVersion',
      entityId: version.id,
      after: { number: version.number, from: latest?.id ?? null },
      relatedIds: [documentId, document.programId],
    });
    return version;
  },
});

/** Removes a document none of whose versions was ever approved; an approved record stays. */
export const deleteProgramDocument = defineUseCase({
  action: 'program.document.delete',
  input: deleteProgramDocumentInputSchema,
  permission: 'program:manage',
  async run({ tx, audit }, { id }): Promise<ProgramDocument> {
    const document = await documentOf(tx, id);
    const versions = (await versionsOfDocuments(tx, [id]))[0] ?? [];
    if (versions.some((version) => version.status === 'approved' || version.status === 'superseded'))
      throw InputError.forField('id', 'has an approved version and stays on record; start a new version instead');
    await tx.delete(programDocuments).where(eq(programDocuments.id, id));
    await audit({
      entityType: 'ProgramDocument',
      entityId: id,
      before: {
        ...document,
        versions: versions.map((version) => ({ number: version.number, status: version.status })),
      },
      relatedIds: [document.programId],
    });
    return document;
  },
});

/** What the program's team may do with a document as a whole, by its latest version. */
export function documentAbilities(
  actor: Actor,
  versions: readonly DocumentVersion[],
): { canEditDraft: boolean; canStartVersion: boolean; canDelete: boolean } {
  const manage = can(actor, 'program:manage');
  const latest = versions[0];
  const everApproved = versions.some((version) => version.status === 'approved' || version.status === 'superseded');
  return {
    canEditDraft: manage && latest?.status === 'draft',
    canStartVersion: manage && (latest?.status === 'approved' || latest?.status === 'superseded'),
    canDelete: manage && !everApproved,
  };
}

/** A program's documents, of one step or all, oldest first. */
export async function documentsOfProgram(
  db: Queryable,
  programId: string,
  stepNumber: number | null = null,
): Promise<ProgramDocument[]> {
  return db
    .select()
    .from(programDocuments)
    .where(
      stepNumber === null
        ? eq(programDocuments.programId, programId)
        : and(eq(programDocuments.programId, programId), eq(programDocuments.stepNumber, stepNumber)),
    )
    .orderBy(asc(programDocuments.stepNumber), asc(programDocuments.createdAt), asc(programDocuments.id));
}

export async function getProgramDocuments(
  db: Queryable,
  ids: readonly string[],
): Promise<(ProgramDocument | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(programDocuments).where(inArray(programDocuments.id, valid));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

/** The versions of each document, newest first. */
export async function versionsOfDocuments(db: Queryable, documentIds: readonly string[]): Promise<DocumentVersion[][]> {
  if (documentIds.length === 0) return [];
  const rows = await db
    .select()
    .from(programDocumentVersions)
    .where(inArray(programDocumentVersions.documentId, [...documentIds]))
    .orderBy(desc(programDocumentVersions.number));
  return documentIds.map((id) => rows.filter((row) => row.documentId === id).map(toVersion));
}

/** Line diff between two versions of one document. */
export async function compareDocumentVersions(db: Queryable, beforeId: string, afterId: string): Promise<DiffLine[]> {
  const rows = await db
    .select()
    .from(programDocumentVersions)
    .where(
      inArray(
        programDocumentVersions.id,
        [beforeId, afterId].filter((id) => idSchema.safeParse(id).success),
      ),
    );
  const before = rows.find((row) => row.id === beforeId);
  const after = rows.find((row) => row.id === afterId);
  if (!before) throw new NotFoundError('DocumentVersion', beforeId, { field: 'beforeId' });
  if (!after) throw new NotFoundError('DocumentVersion', afterId, { field: 'afterId' });
  if (before.documentId !== after.documentId) throw InputError.forField('afterId', 'is a version of another document');
  return diffLines(before.body, after.body);
}
