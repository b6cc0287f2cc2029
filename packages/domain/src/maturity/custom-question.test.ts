import { describe, expect, it } from 'vitest';
import {
  customQuestionKey,
  customQuestionSchema,
  findCategoryOfQuestionKey,
  isCustomQuestionKey,
  questionKeySchema,
} from './custom-question.js';

/** The dotted paths of the issues of a failed parse. */
const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.map(String).join('.')) ?? [];

describe('custom question keys', () => {
  it('numbers a program’s own questions Q<category>.C<n>', () => {
    expect(customQuestionKey('stewardship', 1)).toBe('Q5.C1');
    expect(customQuestionKey('audit', 12)).toBe('Q11.C12');
    expect(questionKeySchema.safeParse(customQuestionKey('risk', 99)).success).toBe(true);
    expect(() => customQuestionKey('risk', 0)).toThrow(RangeError);
  });

  it('tells custom keys from catalogue keys and reads the category from either', () => {
    expect(isCustomQuestionKey('Q5.C2')).toBe(true);
    expect(isCustomQuestionKey('Q5.2')).toBe(false);
    expect(findCategoryOfQuestionKey('Q10.3')).toBe('metadata');
    expect(findCategoryOfQuestionKey('Q5.C2')).toBe('stewardship');
    expect(findCategoryOfQuestionKey('Q12.1')).toBeUndefined();
  });
});

describe('customQuestionSchema', () => {
  it('accepts a question with only its category and text', () => {
    expect(
      customQuestionSchema.parse({ category: 'quality', text: ' Is the warranty date checked at entry? ' }),
    ).toEqual({
      category: 'quality',
      text: 'Is the warranty date checked at entry?',
      level1: null,
      level3: null,
      level5: null,
    });
  });

  it('keeps level descriptions when given', () => {
    const parsed = customQuestionSchema.parse({
      category: 'quality',
      text: 'Is the warranty date checked at entry?',
      level1: 'Never.',
      level5: 'Always, at every entry point.',
    });
    expect([parsed.level1, parsed.level3, parsed.level5]).toEqual(['Never.', null, 'Always, at every entry point.']);
  });

  it('names a bad category and an empty text', () => {
    expect(pathsOf(customQuestionSchema.safeParse({ category: 'finance', text: '  ' })).sort()).toEqual([
      'category',
      'text',
    ]);
  });
});
