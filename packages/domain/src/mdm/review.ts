import { z } from 'zod';
import { idSchema, optionalTextSchema } from '../shared/schemas.js';

/** At most this many review tasks go out from one simulation (a preview must not flood the queue). */
export const MAX_REVIEW_TASKS_PER_SEND = 200;

export const sendReviewTasksInputSchema = z.object({
  simulationId: idSchema,
});
export type SendReviewTasksInput = z.input<typeof sendReviewTasksInputSchema>;

const recordIdSchema = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(500);

export const decideDuplicateReviewInputSchema = z.object({
  taskId: idSchema,
  /** One decision per suspect pair of the task: the same entity, or not. */
  decisions: z
    .array(z.object({ a: recordIdSchema, b: recordIdSchema, match: z.boolean({ error: 'must say match or not' }) }))
    .min(1, { error: 'must decide at least one pair' })
    .max(500),
  note: optionalTextSchema(4000),
});
export type DecideDuplicateReviewInput = z.input<typeof decideDuplicateReviewInputSchema>;

export const estimatePolicyFromLabelsInputSchema = z.object({
  id: idSchema,
  version: z.number({ error: 'must be the version you read' }).int().positive(),
});
export type EstimatePolicyFromLabelsInput = z.input<typeof estimatePolicyFromLabelsInputSchema>;

/** The fewest pairs decided as a match before m can be estimated from them. */
export const MIN_MATCH_LABELS_FOR_M = 5;

/** Orders a pair's record ids, so a decision on (b, a) is the decision on (a, b). */
export function orderedPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}
