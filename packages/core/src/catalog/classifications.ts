import {
  dataAssets,
  dataFields,
  fieldClassifications,
  fieldProfiles,
  type Queryable,
  type Transaction,
} from '@steward/db';
import {
  type ClassificationStatus,
  classificationStatuses,
  idSchema,
  NotFoundError,
  type PiiClass,
  piiClasses,
  suggestClassifications,
} from '@steward/domain';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';

export interface FieldClassification {
  id: string;
  version: number;
  fieldId: string;
  piiClass: PiiClass;
  status: ClassificationStatus;
  basis: 'name' | 'values' | 'manual';
  confidence: number;
  reason: string;
  decidedByLabel: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

type ClassificationRow = typeof fieldClassifications.$inferSelect;

const toClassification = (row: ClassificationRow): FieldClassification => ({
  id: row.id,
  version: row.version,
  fieldId: row.fieldId,
  piiClass: row.piiClass as PiiClass,
  status: row.status as ClassificationStatus,
  basis: row.basis as FieldClassification['basis'],
  confidence: row.confidence,
  reason: row.reason,
  decidedByLabel: row.decidedByLabel,
  decidedAt: row.decidedAt,
  createdAt: row.createdAt,
});

/**
 * Suggests personal-data classes for the live columns of a source (or some columns), from their
 * names and, where profiled, their latest values. A decided classification is never touched;
 * a pending one is refreshed with the surer reason.
 */
export async function suggestClassificationsFor(
  tx: Transaction,
  scope: { sourceId: string } | { fieldIds: string[] },
  accountId: string | null,
): Promise<number> {
  const fields = await tx
    .select({ id: dataFields.id, name: dataFields.name, dataType: dataFields.dataType })
    .from(dataFields)
    .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
    .where(
      and(
        isNull(dataFields.removedAt),
        'sourceId' in scope ? eq(dataAssets.sourceId, scope.sourceId) : inArray(dataFields.id, scope.fieldIds),
      ),
    );
  if (fields.length === 0) return 0;
  // The latest profile of each column, when there is one.
  const profiles = await tx
    .selectDistinctOn([fieldProfiles.fieldId], { fieldId: fieldProfiles.fieldId, topValues: fieldProfiles.topValues })
    .from(fieldProfiles)
    .where(
      inArray(
        fieldProfiles.fieldId,
        fields.map((field) => field.id),
      ),
    )
    .orderBy(fieldProfiles.fieldId, desc(fieldProfiles.createdAt));
  const valuesOf = new Map(
    profiles.map((profile) => [profile.fieldId, (profile.topValues as { value: string }[]).map((item) => item.value)]),
  );
  const rows = fields.flatMap((field) =>
    suggestClassifications(
      field.name,
      valuesOf.has(field.id) ? { dataType: field.dataType, values: valuesOf.get(field.id)! } : null,
    ).map((suggestion) => ({
      fieldId: field.id,
      piiClass: suggestion.piiClass,
      status: 'suggested',
      basis: suggestion.basis,
      confidence: suggestion.confidence,
      reason: suggestion.reason,
      createdBy: accountId,
      updatedBy: accountId,
    })),
  );
  for (let start = 0; start < rows.length; start += 500) {
    await tx
      .insert(fieldClassifications)
      .values(rows.slice(start, start + 500))
      .onConflictDoUpdate({
        target: [fieldClassifications.fieldId, fieldClassifications.piiClass],
        set: {
          basis: sql`excluded.basis`,
          confidence: sql`excluded.confidence`,
          reason: sql`excluded.reason`,
          updatedAt: new Date(),
        },
        setWhere: sql`${fieldClassifications.status} = 'suggested' and excluded.confidence > ${fieldClassifications.confidence}`,
      });
  }
  return rows.length;
}

export const decideClassificationInputSchema = z.object({
  id: idSchema,
  decision: z.enum(['confirm', 'reject'], { error: 'must be confirm or reject' }),
});

/** A steward confirms or rejects a suggested (or earlier decided) classification. */
export const decideClassification = defineUseCase({
  action: 'catalog.classification.decide',
  input: decideClassificationInputSchema,
  permission: 'catalog:curate',
  async run({ tx, actor, audit }, { id, decision }): Promise<FieldClassification> {
    const [current] = await tx.select().from(fieldClassifications).where(eq(fieldClassifications.id, id)).for('update');
    if (!current) throw new NotFoundError('Classification', id, { field: 'id' });
    const [row] = await tx
      .update(fieldClassifications)
      .set({
        status: decision === 'confirm' ? 'confirmed' : 'rejected',
        decidedBy: actor.accountId,
        decidedByLabel: actor.label,
        decidedAt: new Date(),
        version: current.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.accountId,
      })
      .where(eq(fieldClassifications.id, id))
      .returning();
    const classification = toClassification(row!);
    await audit({
      entityType: 'DataField',
      entityId: classification.fieldId,
      before: { piiClass: current.piiClass, status: current.status },
      after: { piiClass: classification.piiClass, status: classification.status, reason: classification.reason },
    });
    return classification;
  },
});

export const classifyFieldInputSchema = z.object({
  fieldId: idSchema,
  piiClass: z.enum(piiClasses, { error: `must be one of ${piiClasses.join(', ')}` }),
});

/** A steward marks a column with a class no rule suggested. */
export const classifyField = defineUseCase({
  action: 'catalog.classification.add',
  input: classifyFieldInputSchema,
  permission: 'catalog:curate',
  async run({ tx, actor, audit }, { fieldId, piiClass }): Promise<FieldClassification> {
    const [field] = await tx.select({ id: dataFields.id }).from(dataFields).where(eq(dataFields.id, fieldId));
    if (!field) throw new NotFoundError('DataField', fieldId, { field: 'fieldId' });
    const now = new Date();
    const decided = { status: 'confirmed', decidedBy: actor.accountId, decidedByLabel: actor.label, decidedAt: now };
    const [row] = await tx
      .insert(fieldClassifications)
      .values({
        fieldId,
        piiClass,
        basis: 'manual',
        confidence: 1,
        reason: `Marked by ${actor.label}`,
        ...decided,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .onConflictDoUpdate({
        target: [fieldClassifications.fieldId, fieldClassifications.piiClass],
        set: { ...decided, updatedAt: now, version: sql`${fieldClassifications.version} + 1` },
      })
      .returning();
    const classification = toClassification(row!);
    await audit({ entityType: 'DataField', entityId: fieldId, after: { piiClass, status: 'confirmed' } });
    return classification;
  },
});

/** Classifications of many columns (a DataLoader batch): confirmed first, rejected left out. */
export async function classificationsOfFields(
  db: Queryable,
  fieldIds: readonly string[],
): Promise<FieldClassification[][]> {
  if (fieldIds.length === 0) return [];
  const rows = await db
    .select()
    .from(fieldClassifications)
    .where(and(inArray(fieldClassifications.fieldId, [...fieldIds]), sql`${fieldClassifications.status} <> 'rejected'`))
    .orderBy(sql`${fieldClassifications.status} = 'confirmed' desc`, desc(fieldClassifications.confidence));
  const byField = new Map<string, FieldClassification[]>();
  for (const row of rows) byField.set(row.fieldId, [...(byField.get(row.fieldId) ?? []), toClassification(row)]);
  return fieldIds.map((id) => byField.get(id) ?? []);
}

export const classificationStatusSchema = z.enum(classificationStatuses);
