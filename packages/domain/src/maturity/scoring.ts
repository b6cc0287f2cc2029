import type { LevelAnswer } from './answers.js';
import { CONSENSUS_COMMENT_THRESHOLD, type ConsensusLevels, needsConsensusComment } from './consensus.js';
import { type MaturityCategoryKey, maturityCategoryKeys } from './model-types.js';

/**
 * The assessment arithmetic (reference/governance-process.md §2.4 and step 3). Everything here is
 * pure: the caller loads answers and agreed levels, these functions turn them into the numbers
 * the gap report and the scorecard show.
 */

/** A question's answers disagree when their current levels span this many levels or more. */
export const DISAGREEMENT_SPREAD = 2;

/** The middle value; for an even count, the mean of the two middle values. Null when empty. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The arithmetic mean; null when empty. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Rounds down to one decimal, as the reference asks of scores: 2.96 → 2.9, so a category shows
 * level 3 only once it has fully reached it. The tiny nudge keeps binary fractions honest
 * (2.3 is stored as 2.2999…, which must stay 2.3).
 */
export function roundDownToTenth(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}

/** A difference of one-decimal scores, free of binary noise (3.7 − 2.1 is 1.6, not 1.6000000000000003). */
function differenceOf(minuend: number | null, subtrahend: number | null): number | null {
  if (minuend === null || subtrahend === null) return null;
  return Math.round((minuend - subtrahend) * 10) / 10;
}

export interface QuestionSummary {
  /** Answers that give a current level. */
  respondents: number;
  /** Median of the current levels. */
  median: number | null;
  /** Highest minus lowest current level. */
  spread: number | null;
  /** The spread is `DISAGREEMENT_SPREAD` (2) or more: worth discussing in the workshop. */
  hasDisagreement: boolean;
  /** Mean of the target levels given, unrounded; null when nobody gave one. */
  meanTarget: number | null;
}

/** Summarises the respondents' answers to one question; missing levels are left out, not counted as 1. */
export function summarizeQuestion(answers: readonly LevelAnswer[]): QuestionSummary {
  const currents = answers.flatMap((answer) => (answer.current === null ? [] : [answer.current]));
  const targets = answers.flatMap((answer) => (answer.target === null ? [] : [answer.target]));
  const spread = currents.length === 0 ? null : Math.max(...currents) - Math.min(...currents);
  return {
    respondents: currents.length,
    median: medianOf(currents),
    spread,
    hasDisagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
    meanTarget: meanOf(targets),
  };
}

/** The levels a question contributes to its category's score. */
export interface QuestionLevels {
  /** The agreed current level, else the median answer; null when neither exists. */
  current: number | null;
  /** The agreed target level, else the mean target answer; null when neither exists. */
  target: number | null;
  hasDisagreement: boolean;
}

/** Picks the levels a question counts with: agreed levels where set, the respondents' figures otherwise. */
export function resolveQuestionLevels(summary: QuestionSummary, consensus: ConsensusLevels | null): QuestionLevels {
  return {
    current: consensus?.current ?? summary.median,
    target: consensus?.target ?? summary.meanTarget,
    hasDisagreement: summary.hasDisagreement,
  };
}

/** Current, target and gap (target − current), each to one decimal; null where nothing was rated. */
export interface ScoreValues {
  current: number | null;
  target: number | null;
  gap: number | null;
}

export interface CategoryScore extends ScoreValues {
  category: MaturityCategoryKey;
  /** Questions with a current level, out of `questionCount`. */
  scoredQuestions: number;
  questionCount: number;
  /** One of its questions has disagreeing answers. */
  hasDisagreement: boolean;
}

/** Mean of the non-null values, rounded down to one decimal. */
function roundedMeanOf(values: readonly (number | null)[]): number | null {
  const mean = meanOf(values.filter((value): value is number => value !== null));
  return mean === null ? null : roundDownToTenth(mean);
}

/**
 * A category's score: the mean of its questions' current levels, and of their targets, each
 * rounded down to one decimal; the gap is taken between the rounded figures so the report adds up.
 * Questions nobody rated are left out; a category with none rated has null scores.
 */
export function scoreCategory(category: MaturityCategoryKey, questions: readonly QuestionLevels[]): CategoryScore {
  const current = roundedMeanOf(questions.map((question) => question.current));
  const target = roundedMeanOf(questions.map((question) => question.target));
  return {
    category,
    current,
    target,
    gap: differenceOf(target, current),
    scoredQuestions: questions.filter((question) => question.current !== null).length,
    questionCount: questions.length,
    hasDisagreement: questions.some((question) => question.hasDisagreement),
  };
}

/**
 * The overall score: the mean of the category scores, rounded down to one decimal. Categories
 * without a score are not assessed and are left out, so an unrated category does not pull it down.
 */
export function scoreOverall(categories: readonly ScoreValues[]): ScoreValues {
  const current = roundedMeanOf(categories.map((category) => category.current));
  const target = roundedMeanOf(categories.map((category) => category.target));
  return { current, target, gap: differenceOf(target, current) };
}

/** A question of an assessment: a catalogue question or a program's own. */
export interface AssessmentQuestion {
  key: string;
  category: MaturityCategoryKey;
}

export interface AssessmentScoringInput {
  /** The questions the assessment asks (those of its selected categories, and any of its own). */
  questions: readonly AssessmentQuestion[];
  /** Every respondent's answers; answers to keys not in `questions` are ignored. */
  answers: readonly (LevelAnswer & { questionKey: string })[];
  /** Agreed levels by question key, as far as the workshop has got. */
  consensus?: Readonly<Record<string, ConsensusLevels>>;
  /** The program's EC3.3 threshold, if it set its own. */
  commentThreshold?: number;
}

export interface QuestionResult extends QuestionSummary, AssessmentQuestion {
  consensus: ConsensusLevels | null;
  /** The levels the question counts with (see `resolveQuestionLevels`). */
  levels: QuestionLevels;
  /** The agreed current level is far enough from the median to need a comment (EC3.3). */
  needsComment: boolean;
}

export interface AssessmentScore {
  questions: QuestionResult[];
  /** The categories the assessment asks about, in model order. */
  categories: CategoryScore[];
  overall: ScoreValues;
}

/** Scores a whole assessment: each question, each of its categories, and overall. */
export function scoreAssessment(input: AssessmentScoringInput): AssessmentScore {
  const answersByQuestion = new Map<string, LevelAnswer[]>();
  for (const answer of input.answers) {
    const list = answersByQuestion.get(answer.questionKey) ?? [];
    list.push(answer);
    answersByQuestion.set(answer.questionKey, list);
  }
  const threshold = input.commentThreshold ?? CONSENSUS_COMMENT_THRESHOLD;
  const questions = input.questions.map((question): QuestionResult => {
    const summary = summarizeQuestion(answersByQuestion.get(question.key) ?? []);
    const consensus = input.consensus?.[question.key] ?? null;
    return {
      ...question,
      ...summary,
      consensus,
      levels: resolveQuestionLevels(summary, consensus),
      needsComment: needsConsensusComment(consensus?.current ?? null, summary.median, threshold),
    };
  });
  const categories = maturityCategoryKeys
    .map((category) => {
      const ofCategory = questions.filter((question) => question.category === category);
      return ofCategory.length === 0
        ? null
        : scoreCategory(
            category,
            ofCategory.map((question) => question.levels),
          );
    })
    .filter((score): score is CategoryScore => score !== null);
  return { questions, categories, overall: scoreOverall(categories) };
}
