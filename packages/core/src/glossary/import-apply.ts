import {
  type Database,
  glossaries,
  glossaryTerms,
  importUploads,
  proposalBatches,
  type Transaction,
  termProposals,
} from '@steward/db';
import { type Actor, InputError, isSelfApproved, NotFoundError } from '@steward/domain';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { enqueueJob } from '../jobs/job-queue.js';
import { defineUseCase } from '../shared/use-case.js';
import { approvePendingOfBatch, findBatchesByIds, type ProposalBatch } from './batches.js';
import { type ImportPlan, planTermImport } from './import-plan.js';
import { reviewContextOf } from './reviewers.js';
import { contentColumns } from './term-rows.js';

export const importTermsInputSchema = z.object({
  glossaryId: z.uuid({ error: 'must be a valid id' }),
  csv: z.string({ error: 'is required' }).min(1, { error: 'is empty' }),
  fileName: z.string().trim().max(300).nullish(),
});

export interface ImportOutcome {
  plan: Pick<ImportPlan, 'counts'>;
  /** The batch proposal reviewers decide; null when the file changed nothing. */
  batch: ProposalBatch | null;
  /** True when the glossary let the importer's own change through at once. */
  selfApproved: boolean;
}

/**
 * Rows per INSERT. Each chunk travels as ONE jsonb parameter expanded by jsonb_to_recordset:
 * binding 20 parameters a row costs more than the insert itself at this size.
 */
const CHUNK = 5000;

async function insertChunked<T>(
  items: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  onProgress?: (done: number) => void,
) {
  for (let offset = 0; offset < items.length; offset += CHUNK) {
    await write(items.slice(offset, offset + CHUNK));
    onProgress?.(Math.min(offset + CHUNK, items.length));
  }
}

/**
 * Imports a glossary CSV as ONE batch proposal, all or nothing: the file is planned again inside
 * the transaction, any row with a problem stops the whole import (named by row and column), and
 * otherwise every new or changed term gets its proposal in the same batch. Idempotent: a file
 * already imported (or an export of the glossary) writes nothing.
 */
export interface ImportProgress {
  phase: 'planning' | 'writing terms' | 'writing proposals' | 'approving' | 'done';
  done: number;
  total: number;
}

/** The import use case, reporting progress as it goes (the import job shows it in the UI). */
export function importTermsReporting(onProgress?: (progress: ImportProgress) => void) {
  return defineUseCase({
    action: 'glossary.import.apply',
    input: importTermsInputSchema,
    permission: 'glossary:manage',
    async run({ tx, actor, audit }, input) {
      const [glossary] = await tx.select().from(glossaries).where(eq(glossaries.id, input.glossaryId));
      if (!glossary) throw new NotFoundError('Glossary', input.glossaryId, { field: 'glossaryId' });
      // One import per glossary at a time: two would each plan against a glossary without the other.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`steward.glossary-import.${glossary.id}`}))`);
      onProgress?.({ phase: 'planning', done: 0, total: 0 });
      const plan = await planTermImport(tx, glossary.id, input.csv);
      if (!plan.valid) throw importError(plan);
      const total = plan.writes.length;
      if (plan.writes.length === 0) {
        await audit({
          entityType: 'Glossary',
          entityId: glossary.id,
          after: { import: input.fileName ?? null, counts: plan.counts },
        });
        return { plan: { counts: plan.counts }, batch: null, selfApproved: false } satisfies ImportOutcome;
      }
      const now = new Date();
      const [batch] = await tx
        .insert(proposalBatches)
        .values({
          glossaryId: glossary.id,
          title: input.fileName ? `Import of ${input.fileName}` : `Import of ${plan.writes.length} terms`,
          source: input.fileName ?? null,
          authorAccountId: actor.accountId,
          authorPersonId: actor.personId,
          authorLabel: actor.label,
          createdBy: actor.accountId,
          updatedBy: actor.accountId,
        })
        .returning();
      await writeTerms(tx, glossary.id, plan, actor.accountId, now, (done) =>
        onProgress?.({ phase: 'writing terms', done, total }),
      );
      await insertChunked(
        plan.writes,
        (chunk) =>
          tx.execute(sql`
            insert into ${termProposals} (term_id, glossary_id, batch_id, kind, status, content, base_revision, reason,
              author_account_id, author_person_id, author_label, submitted_at, created_by, updated_by)
            select x.term_id, ${glossary.id}::uuid, ${batch!.id}::uuid, x.kind, 'pending', x.content,
              coalesce((select t.approved_revision from ${glossaryTerms} t where t.id = x.term_id), 0), x.reason,
              ${actor.accountId}::uuid, ${actor.personId}::uuid, ${actor.label}, ${now.toISOString()}::timestamptz,
              ${actor.accountId}::uuid, ${actor.accountId}::uuid
            from jsonb_to_recordset(${JSON.stringify(
              chunk.map((write) => ({
                term_id: write.termId,
                kind: write.kind,
                content: write.content,
                reason: input.fileName
                  ? `Imported from ${input.fileName}, row ${write.row}`
                  : `Imported, row ${write.row}`,
              })),
            )}::jsonb) as x(term_id uuid, kind text, content jsonb, reason text)`),
        (done) => onProgress?.({ phase: 'writing proposals', done, total }),
      );
      const context = await reviewContextOf(tx, { glossaryId: glossary.id, domainId: null, reviewerIds: [] });
      const everyTermUsesGlossaryReviewers = plan.writes.every((write) => write.content.reviewerIds.length === 0);
      const selfApproved =
        everyTermUsesGlossaryReviewers &&
        isSelfApproved(actor, context.reviewerIds, context.reviewerEditsNeedSecondReviewer);
      if (selfApproved) {
        onProgress?.({ phase: 'approving', done: 0, total });
        await approvePendingOfBatch(tx, actor, batch!.id, { selfApproved: true, comment: null });
      }
      onProgress?.({ phase: 'done', done: total, total });
      await audit({
        entityType: 'ProposalBatch',
        entityId: batch!.id,
        after: { fileName: input.fileName ?? null, counts: plan.counts, selfApproved },
        relatedIds: [glossary.id],
      });
      const [stored] = await findBatchesByIds(tx, [batch!.id]);
      return { plan: { counts: plan.counts }, batch: stored!, selfApproved } satisfies ImportOutcome;
    },
  });
}

export const importTerms = importTermsReporting();

/** New terms are inserted parents first; a term never approved takes the imported words. */
async function writeTerms(
  tx: Transaction,
  glossaryId: string,
  plan: ImportPlan,
  accountId: string | null,
  now: Date,
  onProgress: (done: number) => void,
) {
  const created = plan.writes.filter((write) => write.isNew);
  await insertChunked(
    created,
    (chunk) =>
      tx.execute(sql`
        insert into ${glossaryTerms} (id, glossary_id, status, name, definition, abbreviation, synonyms, examples,
          valid_values, business_rules, domain_id, parent_id, owner_id, steward_id, reviewer_ids,
          critical_data_element, classification, tags, external_references, created_by, updated_by)
        select (x.c->>'id')::uuid, ${glossaryId}::uuid, 'in_review', x.c->>'name', x.c->>'definition',
          x.c->>'abbreviation', array(select jsonb_array_elements_text(x.c->'synonyms')), x.c->>'examples',
          x.c->>'validValues', x.c->>'businessRules', (x.c->>'domainId')::uuid, (x.c->>'parentId')::uuid,
          (x.c->>'ownerId')::uuid, (x.c->>'stewardId')::uuid,
          array(select jsonb_array_elements_text(x.c->'reviewerIds')::uuid),
          (x.c->>'criticalDataElement')::boolean, x.c->>'classification',
          array(select jsonb_array_elements_text(x.c->'tags')), x.c->'externalReferences',
          ${accountId}::uuid, ${accountId}::uuid
        from jsonb_array_elements(${JSON.stringify(chunk.map((write) => ({ ...write.content, id: write.termId })))}::jsonb)
          with ordinality as x(c, position)
        order by x.position`),
    onProgress,
  );
  const resubmitted = plan.writes.filter((write) => !write.isNew && write.kind === 'create');
  for (const write of resubmitted) {
    await tx
      .update(glossaryTerms)
      .set({
        ...contentColumns(write.content),
        status: 'in_review',
        version: sql`${glossaryTerms.version} + 1`,
        updatedAt: now,
        updatedBy: accountId,
      })
      .where(eq(glossaryTerms.id, write.termId));
  }
}

/** An import with problems: every problem by row and column (the first 200), nothing written. */
export function importError(plan: ImportPlan): InputError {
  const fieldErrors = [
    ...plan.fileProblems.map((message) => ({ field: 'csv', message })),
    ...plan.rows.flatMap((row) =>
      row.problems.map((problem) => ({ field: `rows.${row.row}.${problem.column}`, message: problem.message })),
    ),
  ].slice(0, 200);
  const total = plan.fileProblems.length + plan.counts.error;
  return new InputError(fieldErrors, `The import has ${total} problem${total === 1 ? '' : 's'}; nothing was written.`);
}

export const startTermImportInputSchema = importTermsInputSchema;

/**
 * Checks an import file (a dry run) and, when it is clean, stores it and queues the import job.
 * Large files import in the background; the job's progress shows in the UI.
 */
export const startTermImport = defineUseCase({
  action: 'glossary.import.start',
  input: startTermImportInputSchema,
  permission: 'glossary:manage',
  async run({ tx, actor, audit }, input) {
    const [glossary] = await tx
      .select({ id: glossaries.id })
      .from(glossaries)
      .where(eq(glossaries.id, input.glossaryId));
    if (!glossary) throw new NotFoundError('Glossary', input.glossaryId, { field: 'glossaryId' });
    const plan = await planTermImport(tx, glossary.id, input.csv);
    if (!plan.valid) throw importError(plan);
    const [upload] = await tx
      .insert(importUploads)
      .values({
        glossaryId: glossary.id,
        fileName: input.fileName ?? null,
        content: input.csv,
        byteSize: Buffer.byteLength(input.csv),
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning({ id: importUploads.id });
    const job = await enqueueJob(tx, {
      kind: GLOSSARY_IMPORT_JOB,
      createdBy: actor.accountId,
      maxAttempts: 1,
      payload: {
        uploadId: upload!.id,
        glossaryId: glossary.id,
        fileName: input.fileName ?? null,
        rows: plan.counts.rows,
        actor: { accountId: actor.accountId, personId: actor.personId, role: actor.role, label: actor.label },
      },
    });
    await audit({
      entityType: 'Glossary',
      entityId: glossary.id,
      after: { jobId: job.id, fileName: input.fileName ?? null, counts: plan.counts },
    });
    return { job, counts: plan.counts };
  },
});

export const GLOSSARY_IMPORT_JOB = 'glossary.import';

export interface GlossaryImportJobPayload {
  uploadId: string;
  glossaryId: string;
  fileName: string | null;
  rows: number;
  actor: { accountId: string | null; personId: string | null; role: Actor['role']; label: string };
}

/** Runs a queued import: the stored file, as the person who started it, then drops the file. */
export async function runTermImportJob(
  db: Database,
  jobId: string,
  payload: GlossaryImportJobPayload,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const [upload] = await db.select().from(importUploads).where(eq(importUploads.id, payload.uploadId));
  if (!upload) throw new NotFoundError('Upload', payload.uploadId);
  const actor: Actor = { kind: 'account', ...payload.actor, requestId: `job:${jobId}`, sessionId: null };
  const outcome = await importTermsReporting(onProgress)(db, actor, {
    glossaryId: payload.glossaryId,
    csv: upload.content,
    fileName: payload.fileName,
  });
  await db.delete(importUploads).where(eq(importUploads.id, upload.id));
  return outcome;
}
