import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta } from '../shared/schemas.js';
import { respondentAnswersSchema } from './answers.js';
import type { Consensus } from './consensus.js';
import { type CustomQuestion, customQuestionKey, customQuestionSchema } from './custom-question.js';
import { maturityCategory, questionsOfCategory } from './model.js';
import { type MaturityCategoryKey, maturityCategoryKeys } from './model-types.js';
import type { AssessmentQuestion, CategoryScore, ScoreValues } from './scoring.js';

/**
 * A maturity assessment (governance process step 3): its scope and period, the categories it
 * asks about, who answers, the facilitator who closes it with agreed levels, and the sponsor who
 * approves its report.
 */

const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const optionalDate = isoDate.nullish().transform((value) => value ?? null);

export const assessmentStatuses = ['open', 'closed'] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];
export const respondentSides = ['business', 'it'] as const;
export type RespondentSide = (typeof respondentSides)[number];

const categoriesSchema = z
  .array(z.enum(maturityCategoryKeys, { error: `must be one of ${maturityCategoryKeys.join(', ')}` }))
  .min(1, { error: 'must choose at least one category' })
  .max(maturityCategoryKeys.length)
  .transform((keys) => maturityCategoryKeys.filter((key) => keys.includes(key)));

export const createAssessmentInputSchema = z
  .object({
    name: nameSchema,
    programId: idSchema.nullish().transform((value) => value ?? null),
    scope: optionalTextSchema(4000),
    periodStart: optionalDate,
    periodEnd: optionalDate,
    targetDate: optionalDate,
    categories: categoriesSchema,
    facilitatorPersonId: idSchema,
    /** The assessment before this one, for the comparison (default: the latest closed one). */
    previousAssessmentId: idSchema.nullish().transform((value) => value ?? null),
    customQuestions: z.array(customQuestionSchema).max(40).default([]),
  })
  .superRefine((input, ctx) => {
    if (input.periodStart && input.periodEnd && input.periodStart > input.periodEnd)
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before the start of the period' });
    input.customQuestions.forEach((question, index) => {
      if (!input.categories.includes(question.category))
        ctx.addIssue({
          code: 'custom',
          path: ['customQuestions', index, 'category'],
          message: 'must be one of the categories the assessment asks about',
        });
    });
  });
export type CreateAssessmentInput = z.input<typeof createAssessmentInputSchema>;

export const inviteRespondentsInputSchema = z.object({
  assessmentId: idSchema,
  respondents: z
    .array(
      z.object({
        personId: idSchema,
        side: z.enum(respondentSides, { error: 'must be business or it' }),
      }),
    )
    .min(1, { error: 'must name at least one person' })
    .max(100),
});
export type InviteRespondentsInput = z.input<typeof inviteRespondentsInputSchema>;

export const removeRespondentInputSchema = z.object({ assessmentId: idSchema, personId: idSchema });

/** A respondent saves answers (and may come back); `submit` says they are done. */
export const saveAnswersInputSchema = z.object({
  assessmentId: idSchema,
  answers: respondentAnswersSchema,
  submit: z.boolean().default(false),
});
export type SaveAnswersInput = z.input<typeof saveAnswersInputSchema>;

export const approveAssessmentReportInputSchema = z.object({
  assessmentId: idSchema,
  comment: optionalTextSchema(2000),
});

export interface Assessment extends RecordMeta {
  name: string;
  programId: string | null;
  scope: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  targetDate: string | null;
  categories: MaturityCategoryKey[];
  customQuestions: CustomQuestion[];
  facilitatorPersonId: string | null;
  previousAssessmentId: string | null;
  status: AssessmentStatus;
  closedAt: Date | null;
  closedBy: string | null;
  consensus: Record<string, Consensus>;
  /** Category and overall scores as closed, kept for later comparisons. */
  scores: { categories: CategoryScore[]; overall: ScoreValues } | null;
  reportApprovedAt: Date | null;
  reportApprovedBy: string | null;
}

export interface Respondent {
  assessmentId: string;
  personId: string;
  side: RespondentSide;
  invitedAt: Date;
  submittedAt: Date | null;
}

/** The question an assessment asks, with its text, whether from the model or the program's own. */
export interface AskedQuestion extends AssessmentQuestion {
  text: string;
  custom: boolean;
  signal: string | null;
}

/** The questions an assessment asks: the model's for its categories, then its own, by category. */
export function questionsOfAssessment(assessment: Pick<Assessment, 'categories' | 'customQuestions'>): AskedQuestion[] {
  return assessment.categories.flatMap((category) => {
    const own = assessment.customQuestions.filter((question) => question.category === category);
    return [
      ...questionsOfCategory(category).map(
        (question): AskedQuestion => ({
          key: question.key,
          category,
          text: question.text.en,
          custom: false,
          signal: question.signal,
        }),
      ),
      ...own.map(
        (question, index): AskedQuestion => ({
          key: customQuestionKey(category, index + 1),
          category,
          text: question.text,
          custom: true,
          signal: null,
        }),
      ),
    ];
  });
}

/**
 * Categories lacking a respondent from the business or from IT (EC3.2): each category needs at
 * least one of each side.
 */
export function respondentGaps(
  categories: readonly MaturityCategoryKey[],
  respondents: readonly Pick<Respondent, 'side'>[],
): { category: MaturityCategoryKey; missing: RespondentSide[] }[] {
  const sides = new Set(respondents.map((respondent) => respondent.side));
  const missing = respondentSides.filter((side) => !sides.has(side));
  if (missing.length === 0) return [];
  return categories.map((category) => ({ category: maturityCategory(category).key, missing: [...missing] }));
}
