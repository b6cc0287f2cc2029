import { z } from 'zod';
import { recordLinkSchema } from '../shared/record-links.js';
import { optionalTextSchema } from '../shared/schemas.js';
import { questionKeySchema } from './custom-question.js';

/** A level on the 1–5 scale; anything else (0, 6, 2.5, "3") is rejected. */
export const maturityLevelSchema = z.literal([1, 2, 3, 4, 5], { error: 'must be a level from 1 to 5' });

const optionalLevelSchema = maturityLevelSchema.nullish().transform((level) => level ?? null);

/** A link to a document outside Steward; an empty string counts as no link. */
const evidenceUrlSchema = z
  .string({ error: 'must be a link' })
  .trim()
  .max(2000, { error: 'must be at most 2000 characters' })
  .nullish()
  .transform((url) => url || null)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https link' }).nullable());

/**
 * One respondent's answer to one question: the level today and the level wanted by the
 * assessment's target date. Either may be missing: a respondent may not know, and a missing level
 * is left out of the numbers rather than counted as 1. Evidence is a link to a document, links to
 * Steward records, or both.
 */
export const answerSchema = z.object({
  questionKey: questionKeySchema,
  current: optionalLevelSchema,
  target: optionalLevelSchema,
  comment: optionalTextSchema(2000),
  evidenceUrl: evidenceUrlSchema,
  evidenceLinks: z.array(recordLinkSchema).max(20, { error: 'must be at most 20 links' }).default([]),
});
export type AnswerInput = z.input<typeof answerSchema>;
export type Answer = z.output<typeof answerSchema>;

/** All of one respondent's answers in one go; each question at most once. */
export const respondentAnswersSchema = z
  .array(answerSchema)
  .max(500, { error: 'must be at most 500 answers' })
  .superRefine((answers, ctx) => {
    const seen = new Set<string>();
    answers.forEach((answer, index) => {
      if (seen.has(answer.questionKey)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'questionKey'],
          message: `answers ${answer.questionKey} twice; give each question one answer`,
        });
      }
      seen.add(answer.questionKey);
    });
  });

/** The part of an answer the scoring reads. */
export type LevelAnswer = Pick<Answer, 'current' | 'target'>;
