import { z } from 'zod';
import { type MaturityCategoryKey, maturityCategoryKeys } from '../maturity/model-types.js';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** Step 4: the roadmap's initiatives. */
export const roadmapStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type RoadmapStatus = (typeof roadmapStatuses)[number];

const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });

const itemFields = {
  title: nameSchema,
  description: optionalTextSchema(4000),
  ownerPersonId: idSchema.nullish().transform((value) => value ?? null),
  startsOn: isoDate.nullish().transform((value) => value ?? null),
  endsOn: isoDate.nullish().transform((value) => value ?? null),
  stepNumber: z
    .number()
    .int()
    .min(1, { error: 'must be a step from 1 to 14' })
    .max(14, { error: 'must be a step from 1 to 14' })
    .nullish()
    .transform((value) => value ?? null),
  status: z.enum(roadmapStatuses, { error: `must be one of ${roadmapStatuses.join(', ')}` }).default('planned'),
  dependsOn: z.array(idSchema).max(20).default([]),
  /** Maturity categories the item raises (EC4.1). */
  categories: z
    .array(z.enum(maturityCategoryKeys, { error: `must be one of ${maturityCategoryKeys.join(', ')}` }))
    .max(11)
    .default([]),
};

const datesInOrder = (item: { startsOn?: string | null; endsOn?: string | null }, ctx: z.RefinementCtx) => {
  if (item.startsOn && item.endsOn && item.startsOn > item.endsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before the start' });
};

export const createRoadmapItemInputSchema = z.object({ programId: idSchema, ...itemFields }).superRefine(datesInOrder);
export type CreateRoadmapItemInput = z.input<typeof createRoadmapItemInputSchema>;

export const updateRoadmapItemInputSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    title: itemFields.title.optional(),
    description: itemFields.description.optional(),
    ownerPersonId: idSchema.nullish().optional(),
    startsOn: isoDate.nullish().optional(),
    endsOn: isoDate.nullish().optional(),
    stepNumber: z.number().int().min(1).max(14).nullish().optional(),
    status: z.enum(roadmapStatuses).optional(),
    dependsOn: z.array(idSchema).max(20).optional(),
    categories: z.array(z.enum(maturityCategoryKeys)).max(11).optional(),
  })
  .superRefine(datesInOrder);
export type UpdateRoadmapItemInput = z.input<typeof updateRoadmapItemInputSchema>;

export const deleteRoadmapItemInputSchema = z.object({ id: idSchema, version: versionSchema });

export interface RoadmapItem extends RecordMeta {
  programId: string;
  title: string;
  description: string | null;
  ownerPersonId: string | null;
  startsOn: string | null;
  endsOn: string | null;
  stepNumber: number | null;
  status: RoadmapStatus;
  dependsOn: string[];
  categories: MaturityCategoryKey[];
}

/**
 * The dependency problem a roadmap would have with `item` depending on `dependsOn`: itself, an
 * item of another program, or a cycle back to itself. Null when the dependencies are fine.
 */
export function roadmapDependencyProblem(
  itemId: string | null,
  dependsOn: readonly string[],
  items: readonly { id: string; dependsOn: readonly string[] }[],
): { index: number; message: string } | null {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const [index, id] of dependsOn.entries()) {
    if (id === itemId) return { index, message: 'is the item itself' };
    if (!byId.has(id)) return { index, message: 'is not an item of this roadmap' };
    if (itemId) {
      // Walk what `id` waits on; reaching `itemId` closes a cycle.
      const seen = new Set<string>();
      const stack = [id];
      while (stack.length) {
        const current = stack.pop()!;
        if (current === itemId) return { index, message: 'waits, through other items, on this one: a cycle' };
        if (seen.has(current)) continue;
        seen.add(current);
        stack.push(...(byId.get(current)?.dependsOn ?? []));
      }
    }
  }
  return null;
}
