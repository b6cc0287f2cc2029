import { describe, expect, it } from 'vitest';
import type { LevelAnswer } from './answers.js';
import {
  type AssessmentScoringInput,
  meanOf,
  medianOf,
  type QuestionLevels,
  resolveQuestionLevels,
  roundDownToTenth,
  scoreAssessment,
  scoreCategory,
  scoreOverall,
  summarizeQuestion,
} from './scoring.js';

const answer = (current: LevelAnswer['current'], target: LevelAnswer['target'] = null): LevelAnswer => ({
  current,
  target,
});

const levels = (current: number | null, target: number | null, hasDisagreement = false): QuestionLevels => ({
  current,
  target,
  hasDisagreement,
});

describe('medianOf and meanOf', () => {
  it('takes the middle value of an odd count, unsorted input included', () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([5])).toBe(5);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([2, 4])).toBe(3);
  });

  it('returns null for no values', () => {
    expect(medianOf([])).toBeNull();
    expect(meanOf([])).toBeNull();
  });

  it('computes the mean', () => {
    expect(meanOf([4, 5, 4])).toBeCloseTo(13 / 3);
  });
});

describe('roundDownToTenth', () => {
  it('rounds down, never up', () => {
    expect(roundDownToTenth(2.96)).toBe(2.9);
    expect(roundDownToTenth(3.99)).toBe(3.9);
    expect(roundDownToTenth(7 / 3)).toBe(2.3);
    expect(roundDownToTenth(3)).toBe(3);
  });

  it('keeps a value that is exactly a tenth, despite binary fractions', () => {
    // (1.2 + 1.4) / 2 is 1.2999999999999998 in floating point.
    expect(roundDownToTenth((1.2 + 1.4) / 2)).toBe(1.3);
    expect(roundDownToTenth(23 / 10)).toBe(2.3);
  });
});

describe('summarizeQuestion', () => {
  it('gives median, spread, disagreement and mean target of the answers', () => {
    const summary = summarizeQuestion([answer(2, 4), answer(3, 5), answer(4, null), answer(4, 4)]);
    expect(summary).toEqual({ respondents: 4, median: 3.5, spread: 2, hasDisagreement: true, meanTarget: 13 / 3 });
  });

  it('does not flag a spread of 1', () => {
    expect(summarizeQuestion([answer(2), answer(3), answer(3)])).toMatchObject({
      median: 3,
      spread: 1,
      hasDisagreement: false,
    });
  });

  it('handles one respondent without a target', () => {
    expect(summarizeQuestion([answer(3)])).toEqual({
      respondents: 1,
      median: 3,
      spread: 0,
      hasDisagreement: false,
      meanTarget: null,
    });
  });

  it('handles no answers', () => {
    expect(summarizeQuestion([])).toEqual({
      respondents: 0,
      median: null,
      spread: null,
      hasDisagreement: false,
      meanTarget: null,
    });
  });

  it('leaves out missing current levels instead of counting them as 1', () => {
    expect(summarizeQuestion([answer(null, 5), answer(null, 4)])).toMatchObject({
      respondents: 0,
      median: null,
      meanTarget: 4.5,
    });
    expect(summarizeQuestion([answer(null, 5), answer(4, 4)])).toMatchObject({ respondents: 1, median: 4, spread: 0 });
  });
});

describe('resolveQuestionLevels', () => {
  const summary = summarizeQuestion([answer(1, 3), answer(2, 4)]);

  it('uses the agreed levels where set', () => {
    expect(resolveQuestionLevels(summary, { current: 3, target: 5 })).toEqual(levels(3, 5));
  });

  it('falls back to the median and the mean target, level by level', () => {
    expect(resolveQuestionLevels(summary, null)).toEqual(levels(1.5, 3.5));
    expect(resolveQuestionLevels(summary, { current: 2, target: null })).toEqual(levels(2, 3.5));
  });
});

describe('scoreCategory', () => {
  it('averages the questions and rounds down to one decimal, leaving unrated questions out', () => {
    // current (3 + 2.5 + 4) / 3 = 3.166… → 3.1; target (4 + 4.5 + 5) / 3 = 4.5; gap 4.5 − 3.1 = 1.4
    const score = scoreCategory('quality', [levels(3, 4), levels(2.5, 4.5, true), levels(4, 5), levels(null, null)]);
    expect(score).toEqual({
      category: 'quality',
      current: 3.1,
      target: 4.5,
      gap: 1.4,
      scoredQuestions: 3,
      questionCount: 4,
      hasDisagreement: true,
    });
  });

  it('has no gap when no targets were given', () => {
    expect(scoreCategory('audit', [levels(2, null), levels(3, null)])).toMatchObject({
      current: 2.5,
      target: null,
      gap: null,
      hasDisagreement: false,
    });
  });

  it('has null scores when nothing was rated', () => {
    expect(scoreCategory('risk', [])).toMatchObject({ current: null, target: null, gap: null, questionCount: 0 });
  });
});

describe('scoreOverall', () => {
  it('averages the assessed categories and rounds down', () => {
    // current (3.1 + 2 + 4.4) / 3 = 3.166… → 3.1; target (4.5 + 3 + 5) / 3 = 4.166… → 4.1
    const overall = scoreOverall([
      { current: 3.1, target: 4.5, gap: 1.4 },
      { current: 2, target: 3, gap: 1 },
      { current: 4.4, target: 5, gap: 0.6 },
      { current: null, target: null, gap: null },
    ]);
    expect(overall).toEqual({ current: 3.1, target: 4.1, gap: 1 });
  });

  it('is null with no assessed category', () => {
    expect(scoreOverall([])).toEqual({ current: null, target: null, gap: null });
  });
});

describe('scoreAssessment', () => {
  const input: AssessmentScoringInput = {
    questions: [
      { key: 'Q5.1', category: 'stewardship' },
      { key: 'Q5.2', category: 'stewardship' },
      { key: 'Q5.3', category: 'stewardship' },
      { key: 'Q5.4', category: 'stewardship' },
      { key: 'Q5.C1', category: 'stewardship' },
      { key: 'Q6.1', category: 'quality' },
    ],
    // Three respondents, one block each.
    answers: [
      { questionKey: 'Q5.1', current: 2, target: 4 },
      { questionKey: 'Q5.2', current: 3, target: 4 },
      { questionKey: 'Q5.3', current: 1, target: 3 },
      { questionKey: 'Q6.1', current: 4, target: 5 },
      { questionKey: 'Q5.C1', current: 2, target: 3 },
      { questionKey: 'Q5.1', current: 4, target: 5 },
      { questionKey: 'Q5.2', current: 3, target: 4 },
      { questionKey: 'Q5.3', current: 2, target: 3 },
      { questionKey: 'Q6.1', current: 2, target: 4 },
      { questionKey: 'Q5.1', current: 3, target: 4 },
      { questionKey: 'Q5.2', current: null, target: 5 },
      { questionKey: 'Q5.3', current: 1, target: null },
      { questionKey: 'Q6.1', current: null, target: null },
      // Not a question of this assessment: ignored.
      { questionKey: 'Q9.1', current: 1, target: 1 },
    ],
    consensus: { 'Q5.1': { current: 3, target: 4 }, 'Q5.3': { current: 3, target: 4 } },
  };

  const score = scoreAssessment(input);
  const question = (key: string) => score.questions.find((candidate) => candidate.key === key);

  it('summarises every question, answered or not', () => {
    expect(score.questions.map((candidate) => candidate.key)).toEqual(
      input.questions.map((candidate) => candidate.key),
    );
    expect(question('Q5.1')).toMatchObject({ median: 3, spread: 2, hasDisagreement: true, respondents: 3 });
    expect(question('Q5.2')).toMatchObject({ median: 3, spread: 0, respondents: 2 });
    expect(question('Q5.2')?.meanTarget).toBeCloseTo(13 / 3);
    expect(question('Q5.4')).toMatchObject({ respondents: 0, median: null, levels: levels(null, null) });
    expect(question('Q6.1')).toMatchObject({ median: 3, spread: 2, meanTarget: 4.5 });
  });

  it('counts agreed levels, and asks for a comment where one sits 2 or more from the median', () => {
    expect(question('Q5.3')).toMatchObject({ median: 1, levels: levels(3, 4), needsComment: true });
    expect(question('Q5.1')).toMatchObject({ levels: levels(3, 4, true), needsComment: false });
    expect(question('Q5.2')?.needsComment).toBe(false);
  });

  it('scores the categories in model order, the program’s own questions included', () => {
    // stewardship: current (3 + 3 + 3 + 2) / 4 = 2.75 → 2.7; target (4 + 13/3 + 4 + 3) / 4 = 3.83… → 3.8
    expect(score.categories).toEqual([
      {
        category: 'stewardship',
        current: 2.7,
        target: 3.8,
        gap: 1.1,
        scoredQuestions: 4,
        questionCount: 5,
        hasDisagreement: true,
      },
      {
        category: 'quality',
        current: 3,
        target: 4.5,
        gap: 1.5,
        scoredQuestions: 1,
        questionCount: 1,
        hasDisagreement: true,
      },
    ]);
  });

  it('scores overall as the mean of the category scores', () => {
    // current (2.7 + 3) / 2 = 2.85 → 2.8; target (3.8 + 4.5) / 2 = 4.15 → 4.1
    expect(score.overall).toEqual({ current: 2.8, target: 4.1, gap: 1.3 });
  });

  it('honours a program’s own comment threshold', () => {
    const strict = scoreAssessment({ ...input, commentThreshold: 1 });
    expect(strict.questions.filter((candidate) => candidate.needsComment).map((candidate) => candidate.key)).toEqual([
      'Q5.3',
    ]);
    const lenient = scoreAssessment({ ...input, commentThreshold: 3 });
    expect(lenient.questions.some((candidate) => candidate.needsComment)).toBe(false);
  });

  it('handles an assessment nobody has answered yet', () => {
    const empty = scoreAssessment({ questions: input.questions, answers: [] });
    expect(empty.categories.map((category) => [category.category, category.current])).toEqual([
      ['stewardship', null],
      ['quality', null],
    ]);
    expect(empty.overall).toEqual({ current: null, target: null, gap: null });
  });
});
