import { z } from 'zod';
import { idSchema, optionalTextSchema, versionSchema } from '../shared/schemas.js';
import { maturityLevelSchema } from './answers.js';
import type { MaturityLevel } from './model-types.js';

/**
 * The facilitator's agreed levels per question, reconciled from the respondents' answers in the
 * workshop (reference/governance-process.md step 3, exit criterion EC3.3).
 */

/** Agreed levels for one question; either may still be open while the workshop runs. */
export interface ConsensusLevels {
  current: MaturityLevel | null;
  target: MaturityLevel | null;
}

/**
 * How many levels an agreed current level may sit from the median answer before it needs a
 * comment (EC3.3's default; a program may set its own threshold for EC3.3).
 */
export const CONSENSUS_COMMENT_THRESHOLD = 2;

/**
 * Whether an agreed current level needs a comment: it is `threshold` or more levels from the
 * median of the respondents' current answers. With no agreed level or no answers nothing is
 * compared, so no comment is needed.
 */
export function needsConsensusComment(
  consensusCurrent: number | null,
  median: number | null,
  threshold = CONSENSUS_COMMENT_THRESHOLD,
): boolean {
  if (consensusCurrent === null || median === null) return false;
  return Math.abs(consensusCurrent - median) >= threshold;
}

/** The agreed levels of one question when the assessment closes: both levels are required. */
export const consensusSchema = z.object({
  current: maturityLevelSchema,
  target: maturityLevelSchema,
  comment: optionalTextSchema(2000),
});
export type ConsensusInput = z.input<typeof consensusSchema>;
export type Consensus = z.output<typeof consensusSchema>;

/** What closing needs to know of each question of the assessment. */
export interface ClosingQuestion {
  key: string;
  /** The median of the respondents' current answers (see `summarizeQuestion`), null if none. */
  median: number | null;
}

export interface ClosingContext {
  questions: readonly ClosingQuestion[];
  /** The program's EC3.3 threshold, if it set its own. */
  commentThreshold?: number;
}

/**
 * The input that closes an assessment, built for its questions: every question needs agreed
 * current and target levels, no other key is accepted, and an agreed level far from the median
 * needs a comment. Errors name the field, e.g. `consensus.Q5.1.comment`.
 */
export function closeAssessmentInputSchema(context: ClosingContext) {
  const threshold = context.commentThreshold ?? CONSENSUS_COMMENT_THRESHOLD;
  const medians = new Map(context.questions.map((question) => [question.key, question.median]));
  return z
    .object({
      id: idSchema,
      version: versionSchema,
      consensus: z.record(z.string(), consensusSchema),
    })
    .superRefine((input, ctx) => {
      for (const { key } of context.questions) {
        if (!input.consensus[key]) {
          ctx.addIssue({
            code: 'custom',
            path: ['consensus', key],
            message: 'needs agreed current and target levels before the assessment closes',
          });
        }
      }
      for (const [key, consensus] of Object.entries(input.consensus)) {
        if (!medians.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['consensus', key], message: 'is not a question of this assessment' });
          continue;
        }
        const median = medians.get(key) ?? null;
        if (needsConsensusComment(consensus.current, median, threshold) && !consensus.comment) {
          ctx.addIssue({
            code: 'custom',
            path: ['consensus', key, 'comment'],
            message:
              `must explain the agreed level ${consensus.current}: it is ${threshold} or more levels from ` +
              `the median answer ${median}`,
          });
        }
      }
    });
}
export type CloseAssessmentInput = z.output<ReturnType<typeof closeAssessmentInputSchema>>;

/**
 * What closing takes before the assessment's questions are known: the id and version, the rest
 * kept as sent for `closeAssessmentInputSchema` to check against the questions and medians.
 */
export const closeAssessmentEnvelopeSchema = z.looseObject({ id: idSchema, version: versionSchema });
