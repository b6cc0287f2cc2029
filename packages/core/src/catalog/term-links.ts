import {
  dataAssets,
  dataFields,
  glossaryTerms,
  type Queryable,
  rowsOf,
  type Transaction,
  termLinks,
} from '@steward/db';
import { type ClassificationStatus, InputError, idSchema, NotFoundError } from '@steward/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';

export interface TermLink {
  id: string;
  version: number;
  termId: string;
  assetId: string;
  fieldId: string | null;
  status: ClassificationStatus;
  score: number;
  reason: string;
  decidedByLabel: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

type TermLinkRow = typeof termLinks.$inferSelect;

const toTermLink = (row: TermLinkRow): TermLink => ({
  id: row.id,
  version: row.version,
  termId: row.termId,
  assetId: row.assetId,
  fieldId: row.fieldId,
  status: row.status as ClassificationStatus,
  score: row.score,
  reason: row.reason,
  decidedByLabel: row.decidedByLabel,
  decidedAt: row.decidedAt,
  createdAt: row.createdAt,
});

/** How alike a column name must be to a term's name, synonym or abbreviation to be suggested. */
const SUGGEST_AT = 0.6;

/**
 * Suggests approved glossary terms for the live columns of a source, by how alike the column
 * name (`customer_email` → "customer email") is to a term's name, synonyms or abbreviation
 * (pg_trgm). At most two per column; a decided link is never touched.
 */
export async function suggestTermLinksFor(
  tx: Transaction,
  sourceId: string,
  accountId: string | null,
): Promise<number> {
  const result = await tx.execute(sql`
    with cols as (
      select f.id as field_id, f.asset_id, f.name as column_name,
             trim(lower(regexp_replace(regexp_replace(f.name, '([a-z0-9])([A-Z])', '\\1 \\2', 'g'), '[^A-Za-z0-9]+', ' ', 'g'))) as col
      from data_field f join data_asset a on a.id = f.asset_id
      where a.source_id = ${sourceId} and f.removed_at is null and a.removed_at is null
    ), names as (
      select t.id as term_id, t.name as label, lower(t.name) as text, 'name' as kind
        from glossary_term t where t.status = 'approved'
      union all
      select t.id, synonym, lower(synonym), 'synonym'
        from glossary_term t cross join lateral unnest(t.synonyms) as synonym where t.status = 'approved'
      union all
      select t.id, t.abbreviation, lower(t.abbreviation), 'abbreviation'
        from glossary_term t where t.status = 'approved' and coalesce(t.abbreviation, '') <> ''
    ), scored as (
      select c.field_id, c.asset_id, c.column_name, n.term_id, n.label, n.kind,
             case when c.col = n.text then 1.0 else similarity(c.col, n.text) end as score
      from cols c join names n on c.col = n.text or (length(n.text) > 3 and c.col % n.text)
    ), best_per_term as (
      select distinct on (field_id, term_id) * from scored where score >= ${SUGGEST_AT}
      order by field_id, term_id, score desc
    ), ranked as (
      select *, row_number() over (partition by field_id order by score desc, label) as rank from best_per_term
    )
    select field_id, asset_id, column_name, term_id, label, kind, score::float8 as score from ranked where rank <= 2`);
  const candidates = rowsOf<{
    field_id: string;
    asset_id: string;
    column_name: string;
    term_id: string;
    label: string;
    kind: string;
    score: number;
  }>(result);
  const rows = candidates.map((candidate) => ({
    termId: candidate.term_id,
    assetId: candidate.asset_id,
    fieldId: candidate.field_id,
    status: 'suggested',
    score: Number(candidate.score),
    reason:
      Number(candidate.score) >= 1
        ? `The column name "${candidate.column_name}" is the term's ${candidate.kind} "${candidate.label}"`
        : `The column name "${candidate.column_name}" is like the term's ${candidate.kind} "${candidate.label}"`,
    createdBy: accountId,
    updatedBy: accountId,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await tx
      .insert(termLinks)
      .values(rows.slice(start, start + 500))
      .onConflictDoNothing();
  }
  return rows.length;
}

export const decideTermLinkInputSchema = z.object({
  id: idSchema,
  decision: z.enum(['confirm', 'reject'], { error: 'must be confirm or reject' }),
});

/** A steward confirms or rejects a suggested link between a term and a column. */
export const decideTermLink = defineUseCase({
  action: 'catalog.term_link.decide',
  input: decideTermLinkInputSchema,
  permission: 'catalog:curate',
  async run({ tx, actor, audit }, { id, decision }): Promise<TermLink> {
    const [current] = await tx.select().from(termLinks).where(eq(termLinks.id, id)).for('update');
    if (!current) throw new NotFoundError('TermLink', id, { field: 'id' });
    const [row] = await tx
      .update(termLinks)
      .set({
        status: decision === 'confirm' ? 'confirmed' : 'rejected',
        decidedBy: actor.accountId,
        decidedByLabel: actor.label,
        decidedAt: new Date(),
        version: current.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.accountId,
      })
      .where(eq(termLinks.id, id))
      .returning();
    const link = toTermLink(row!);
    await audit({
      entityType: 'DataField',
      entityId: link.fieldId ?? link.assetId,
      before: { status: current.status },
      after: { termId: link.termId, status: link.status },
      relatedIds: [link.termId, link.assetId],
    });
    return link;
  },
});

export const linkTermInputSchema = z
  .object({
    termId: idSchema,
    fieldId: idSchema.nullish(),
    assetId: idSchema.nullish(),
  })
  .refine((value) => Boolean(value.fieldId) || Boolean(value.assetId), {
    path: ['fieldId'],
    message: 'give the column or the asset to link the term to',
  });

/** A steward links a term to a column (or a whole asset) directly: confirmed at once. */
export const linkTerm = defineUseCase({
  action: 'catalog.term_link.add',
  input: linkTermInputSchema,
  permission: 'catalog:curate',
  async run({ tx, actor, audit }, input): Promise<TermLink> {
    const [term] = await tx
      .select({ id: glossaryTerms.id, status: glossaryTerms.status })
      .from(glossaryTerms)
      .where(eq(glossaryTerms.id, input.termId));
    if (!term) throw new NotFoundError('GlossaryTerm', input.termId, { field: 'termId' });
    if (term.status !== 'approved') {
      throw InputError.forField('termId', 'only an approved term can give a column its meaning');
    }
    let assetId = input.assetId ?? null;
    if (input.fieldId) {
      const [field] = await tx
        .select({ assetId: dataFields.assetId })
        .from(dataFields)
        .where(eq(dataFields.id, input.fieldId));
      if (!field) throw new NotFoundError('DataField', input.fieldId, { field: 'fieldId' });
      assetId = field.assetId;
    } else {
      const [asset] = await tx.select({ id: dataAssets.id }).from(dataAssets).where(eq(dataAssets.id, assetId!));
      if (!asset) throw new NotFoundError('DataAsset', assetId!, { field: 'assetId' });
    }
    const now = new Date();
    const decided = { status: 'confirmed', decidedBy: actor.accountId, decidedByLabel: actor.label, decidedAt: now };
    const [existing] = await tx
      .select({ id: termLinks.id, version: termLinks.version })
      .from(termLinks)
      .where(
        and(
          eq(termLinks.termId, input.termId),
          eq(termLinks.assetId, assetId!),
          input.fieldId ? eq(termLinks.fieldId, input.fieldId) : sql`${termLinks.fieldId} is null`,
        ),
      )
      .for('update');
    const [row] = existing
      ? await tx
          .update(termLinks)
          .set({ ...decided, updatedAt: now, updatedBy: actor.accountId, version: existing.version + 1 })
          .where(eq(termLinks.id, existing.id))
          .returning()
      : await tx
          .insert(termLinks)
          .values({
            termId: input.termId,
            assetId: assetId!,
            fieldId: input.fieldId ?? null,
            score: 1,
            reason: `Linked by ${actor.label}`,
            ...decided,
            createdBy: actor.accountId,
            updatedBy: actor.accountId,
          })
          .returning();
    const link = toTermLink(row!);
    await audit({
      entityType: 'DataField',
      entityId: link.fieldId ?? link.assetId,
      after: { termId: link.termId, status: 'confirmed' },
      relatedIds: [link.termId, link.assetId],
    });
    return link;
  },
});

/** Links of many columns (a DataLoader batch): confirmed first, rejected left out. */
export async function termLinksOfFields(db: Queryable, fieldIds: readonly string[]): Promise<TermLink[][]> {
  if (fieldIds.length === 0) return [];
  const rows = await db
    .select()
    .from(termLinks)
    .where(and(inArray(termLinks.fieldId, [...fieldIds]), sql`${termLinks.status} <> 'rejected'`))
    .orderBy(sql`${termLinks.status} = 'confirmed' desc`, desc(termLinks.score));
  const byField = new Map<string, TermLink[]>();
  for (const row of rows) byField.set(row.fieldId!, [...(byField.get(row.fieldId!) ?? []), toTermLink(row)]);
  return fieldIds.map((id) => byField.get(id) ?? []);
}

/** Where terms live: their confirmed links (a DataLoader batch), at most 200 per term. */
export async function confirmedLinksOfTerms(db: Queryable, termIds: readonly string[]): Promise<TermLink[][]> {
  if (termIds.length === 0) return [];
  const rows = await db
    .select()
    .from(termLinks)
    .where(and(inArray(termLinks.termId, [...termIds]), eq(termLinks.status, 'confirmed')))
    .orderBy(desc(termLinks.decidedAt))
    .limit(200 * termIds.length);
  const byTerm = new Map<string, TermLink[]>();
  for (const row of rows) byTerm.set(row.termId, [...(byTerm.get(row.termId) ?? []), toTermLink(row)]);
  return termIds.map((id) => (byTerm.get(id) ?? []).slice(0, 200));
}
