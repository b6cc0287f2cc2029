import { maturityCategory, maturityQuestions } from './model.js';
import type { MaturityCategoryKey, MaturityLevel } from './model-types.js';
import type { CategoryScore, QuestionResult } from './scoring.js';
import { compareWithSignal, type MaturitySignal, type SignalComparison, suggestLevelForSignal } from './signals.js';

/**
 * Self-assessment against live data: for every question and category that has a live signal
 * with a value, what level the data suggests and whether people rate themselves far from it.
 */

/** The live signal values a caller has computed; a missing or null value means "no data". */
export type SignalValues = Partial<Readonly<Record<MaturitySignal, number | null>>>;

export interface SignalCheck extends SignalComparison {
  scope: 'question' | 'category';
  /** The question key (`Q5.1`) or the category key (`stewardship`). */
  key: string;
  category: MaturityCategoryKey;
  signal: MaturitySignal;
  value: number;
  suggestedLevel: MaturityLevel;
  /** The question's agreed level or median, or the category's score. */
  selfAssessed: number | null;
}

const signalOfQuestion = new Map(maturityQuestions.map((question) => [question.key, question.signal]));

/**
 * Checks an assessment's questions and categories against the signal values, in the assessment's
 * order (questions first). A program's own questions have no signal and are skipped.
 */
export function checkAgainstSignals(
  score: {
    questions: readonly Pick<QuestionResult, 'key' | 'category' | 'levels'>[];
    categories: readonly Pick<CategoryScore, 'category' | 'current'>[];
  },
  values: SignalValues,
): SignalCheck[] {
  const check = (
    scope: SignalCheck['scope'],
    key: string,
    category: MaturityCategoryKey,
    signal: MaturitySignal | null,
    selfAssessed: number | null,
  ): SignalCheck[] => {
    if (signal === null) return [];
    const value = values[signal];
    const suggestedLevel = suggestLevelForSignal(signal, value ?? null);
    if (value === undefined || value === null || suggestedLevel === null) return [];
    return [
      {
        scope,
        key,
        category,
        signal,
        value,
        suggestedLevel,
        selfAssessed,
        ...compareWithSignal(selfAssessed, suggestedLevel),
      },
    ];
  };
  return [
    ...score.questions.flatMap((question) =>
      check(
        'question',
        question.key,
        question.category,
        signalOfQuestion.get(question.key) ?? null,
        question.levels.current,
      ),
    ),
    ...score.categories.flatMap((category) =>
      check(
        'category',
        category.category,
        category.category,
        maturityCategory(category.category).categorySignal,
        category.current,
      ),
    ),
  ];
}
