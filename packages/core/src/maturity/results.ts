import type { Queryable } from '@steward/db';
import {
  type AskedQuestion,
  type Assessment,
  type AssessmentComparison,
  type AssessmentScore,
  checkAgainstSignals,
  compareAssessments,
  type MaturityCategoryKey,
  meanOf,
  questionsOfAssessment,
  type Respondent,
  roundDownToTenth,
  type SignalCheck,
  type SignalValues,
  scoreAssessment,
} from '@steward/domain';
import { answersOf, getAssessments, respondentsOf } from './assessments.js';

export interface RespondentRow extends Respondent {
  answered: number;
  /** The respondent's mean current level per category (the heatmap's row), rounded down to one decimal. */
  categories: { category: MaturityCategoryKey; current: number | null }[];
}

export interface AssessmentResults {
  questions: AskedQuestion[];
  score: AssessmentScore;
  respondents: RespondentRow[];
  previous: Assessment | null;
  comparison: AssessmentComparison | null;
  signals: SignalCheck[];
}

/**
 * An assessment's results as they stand: scores per question, category and overall (from the
 * agreed levels once closed, from the answers before), each respondent's row of the heatmap, the
 * comparison with the assessment before, and where live signals disagree with the self-assessment.
 */
export async function assessmentResults(
  db: Queryable,
  assessment: Assessment,
  signalValues: SignalValues = {},
): Promise<AssessmentResults> {
  const questions = questionsOfAssessment(assessment);
  const answers = await answersOf(db, assessment.id);
  const score = scoreAssessment({ questions, answers, consensus: assessment.consensus });
  const categoryOf = new Map(questions.map((question) => [question.key, question.category]));
  const respondents = (await respondentsOf(db, assessment.id)).map((respondent): RespondentRow => {
    const own = answers.filter(
      (answer) => answer.personId === respondent.personId && categoryOf.has(answer.questionKey),
    );
    return {
      ...respondent,
      answered: own.filter((answer) => answer.current !== null).length,
      categories: assessment.categories.map((category) => {
        const mean = meanOf(
          own
            .filter((answer) => categoryOf.get(answer.questionKey) === category && answer.current !== null)
            .map((answer) => answer.current!),
        );
        return { category, current: mean === null ? null : roundDownToTenth(mean) };
      }),
    };
  });
  const [previous] = assessment.previousAssessmentId
    ? await getAssessments(db, [assessment.previousAssessmentId])
    : [undefined];
  const comparison = previous?.scores ? compareAssessments(score.categories, previous.scores.categories) : null;
  return {
    questions,
    score,
    respondents,
    previous: previous ?? null,
    comparison,
    signals: checkAgainstSignals(score, signalValues),
  };
}
