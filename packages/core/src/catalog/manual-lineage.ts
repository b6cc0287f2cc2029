import { dataAssets, dataFields, lineageEdges } from '@steward/db';
import { InputError, idSchema, NotFoundError, optionalTextSchema } from '@steward/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineUseCase } from '../shared/use-case.js';
import type { LineageEdge } from './assets.js';

export const addLineageEdgeInputSchema = z
  .object({
    upstreamAssetId: idSchema,
    downstreamAssetId: idSchema,
    upstreamFieldId: idSchema.nullish(),
    downstreamFieldId: idSchema.nullish(),
    /** How the data gets there (an ETL job, a report, a copy by hand). */
    label: optionalTextSchema(300),
  })
  .superRefine((input, context) => {
    if (input.upstreamAssetId === input.downstreamAssetId && !input.upstreamFieldId) {
      context.addIssue({ code: 'custom', path: ['downstreamAssetId'], message: 'must differ from the upstream asset' });
    }
    if (Boolean(input.upstreamFieldId) !== Boolean(input.downstreamFieldId)) {
      context.addIssue({
        code: 'custom',
        path: [input.upstreamFieldId ? 'downstreamFieldId' : 'upstreamFieldId'],
        message: 'give both columns, or neither for a table-to-table edge',
      });
    }
  });

/**
 * Draws lineage the source cannot tell (an ETL job, a copy into another system): table to
 * table, or column to column. Kept through ingests; only a person removes it.
 */
export const addLineageEdge = defineUseCase({
  action: 'catalog.lineage.add',
  input: addLineageEdgeInputSchema,
  permission: 'catalog:curate',
  async run({ tx, actor, audit }, input): Promise<LineageEdge> {
    for (const [field, id] of [
      ['upstreamAssetId', input.upstreamAssetId],
      ['downstreamAssetId', input.downstreamAssetId],
    ] as const) {
      const [asset] = await tx.select({ id: dataAssets.id }).from(dataAssets).where(eq(dataAssets.id, id));
      if (!asset) throw new NotFoundError('DataAsset', id, { field });
    }
    for (const [field, id, assetId] of [
      ['upstreamFieldId', input.upstreamFieldId, input.upstreamAssetId],
      ['downstreamFieldId', input.downstreamFieldId, input.downstreamAssetId],
    ] as const) {
      if (!id) continue;
      const [column] = await tx
        .select({ id: dataFields.id })
        .from(dataFields)
        .where(and(eq(dataFields.id, id), eq(dataFields.assetId, assetId)));
      if (!column) throw InputError.forField(field, 'is not a column of that asset');
    }
    const [existing] = await tx
      .select({ id: lineageEdges.id, removedAt: lineageEdges.removedAt })
      .from(lineageEdges)
      .where(
        and(
          eq(lineageEdges.kind, 'manual'),
          eq(lineageEdges.upstreamAssetId, input.upstreamAssetId),
          eq(lineageEdges.downstreamAssetId, input.downstreamAssetId),
          input.upstreamFieldId
            ? eq(lineageEdges.upstreamFieldId, input.upstreamFieldId)
            : isNull(lineageEdges.upstreamFieldId),
          input.downstreamFieldId
            ? eq(lineageEdges.downstreamFieldId, input.downstreamFieldId)
            : isNull(lineageEdges.downstreamFieldId),
        ),
      )
      .for('update');
    if (existing && !existing.removedAt)
      throw InputError.forField('downstreamAssetId', 'this lineage is already drawn');
    // A removed edge drawn again comes back (the key is unique, removed rows included).
    const [row] = existing
      ? await tx
          .update(lineageEdges)
          .set({
            removedAt: null,
            label: input.label,
            updatedAt: new Date(),
            updatedBy: actor.accountId,
            version: sql`${lineageEdges.version} + 1`,
          })
          .where(eq(lineageEdges.id, existing.id))
          .returning()
      : await tx
          .insert(lineageEdges)
          .values({
            upstreamAssetId: input.upstreamAssetId,
            downstreamAssetId: input.downstreamAssetId,
            upstreamFieldId: input.upstreamFieldId ?? null,
            downstreamFieldId: input.downstreamFieldId ?? null,
            kind: 'manual',
            label: input.label,
            createdBy: actor.accountId,
            updatedBy: actor.accountId,
          })
          .returning();
    const edge: LineageEdge = {
      id: row!.id,
      upstreamAssetId: row!.upstreamAssetId,
      downstreamAssetId: row!.downstreamAssetId,
      upstreamFieldId: row!.upstreamFieldId,
      downstreamFieldId: row!.downstreamFieldId,
      kind: 'manual',
      label: row!.label,
    };
    await audit({
      entityType: 'DataAsset',
      entityId: edge.downstreamAssetId,
      after: { upstreamAssetId: edge.upstreamAssetId, label: edge.label },
      relatedIds: [edge.upstreamAssetId],
    });
    return edge;
  },
});

/** Removes a lineage edge drawn by hand; ingested ones follow their source and cannot be removed. */
export const removeLineageEdge = defineUseCase({
  action: 'catalog.lineage.remove',
  input: z.object({ id: idSchema }),
  permission: 'catalog:curate',
  async run({ tx, audit }, { id }): Promise<{ id: string }> {
    const [edge] = await tx.select().from(lineageEdges).where(eq(lineageEdges.id, id)).for('update');
    if (!edge || edge.removedAt) throw new NotFoundError('LineageEdge', id, { field: 'id' });
    if (edge.kind !== 'manual') {
      throw InputError.forField('id', 'comes from the source (a foreign key or a view); change it there');
    }
    await tx
      .update(lineageEdges)
      .set({ removedAt: new Date(), updatedAt: new Date(), version: sql`${lineageEdges.version} + 1` })
      .where(eq(lineageEdges.id, id));
    await audit({
      entityType: 'DataAsset',
      entityId: edge.downstreamAssetId,
      before: { upstreamAssetId: edge.upstreamAssetId, label: edge.label },
      relatedIds: [edge.upstreamAssetId],
    });
    return { id };
  },
});
