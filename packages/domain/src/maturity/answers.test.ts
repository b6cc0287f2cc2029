import { describe, expect, it } from 'vitest';
import { answerSchema, respondentAnswersSchema } from './answers.js';

/** The dotted paths of the issues of a failed parse. */
const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.map(String).join('.')) ?? [];

describe('answerSchema', () => {
  it('accepts an answer with levels, a comment and evidence', () => {
    const parsed = answerSchema.parse({
      questionKey: ' Q5.1 ',
      current: 2,
      target: 4,
      comment: '  Two of five domains have a steward.  ',
      evidenceUrl: 'https://wiki.example.com/stewards',
      evidenceLinks: [{ type: 'domain', id: '0b5c6a3e-9f0e-4a47-8d3e-2f1a9c7b6d54' }],
    });
    expect(parsed).toMatchObject({
      questionKey: 'Q5.1',
      current: 2,
      target: 4,
      comment: 'Two of five domains have a steward.',
      evidenceUrl: 'https://wiki.example.com/stewards',
    });
  });

  it('lets either level be missing, and fills in empty defaults', () => {
    expect(answerSchema.parse({ questionKey: 'Q5.C1' })).toEqual({
      questionKey: 'Q5.C1',
      current: null,
      target: null,
      comment: null,
      evidenceUrl: null,
      evidenceLinks: [],
    });
    expect(answerSchema.parse({ questionKey: 'Q1.1', current: 3, evidenceUrl: '' }).evidenceUrl).toBeNull();
  });

  it.each([0, 6, 2.5, '3', -1])('rejects the level %s', (level) => {
    expect(pathsOf(answerSchema.safeParse({ questionKey: 'Q1.1', current: level }))).toEqual(['current']);
    expect(pathsOf(answerSchema.safeParse({ questionKey: 'Q1.1', target: level }))).toEqual(['target']);
  });

  it('limits the comment to 2000 characters', () => {
    expect(answerSchema.safeParse({ questionKey: 'Q1.1', comment: 'x'.repeat(2000) }).success).toBe(true);
    expect(pathsOf(answerSchema.safeParse({ questionKey: 'Q1.1', comment: 'x'.repeat(2001) }))).toEqual(['comment']);
  });

  it.each(['ftp://files.example.com/x', 'not a link', 'javascript:alert(1)'])('rejects the evidence link %s', (url) => {
    expect(pathsOf(answerSchema.safeParse({ questionKey: 'Q1.1', evidenceUrl: url }))).toEqual(['evidenceUrl']);
  });

  it('rejects question keys of no category', () => {
    for (const questionKey of ['Q12.1', 'Q0.1', 'Q5.0', 'Q5', '5.1', 'Q5.X1']) {
      expect(pathsOf(answerSchema.safeParse({ questionKey })), questionKey).toEqual(['questionKey']);
    }
  });
});

describe('respondentAnswersSchema', () => {
  it('refuses a second answer to the same question, naming it', () => {
    const result = respondentAnswersSchema.safeParse([
      { questionKey: 'Q5.1', current: 2 },
      { questionKey: 'Q5.2', current: 3 },
      { questionKey: 'Q5.1', current: 4 },
    ]);
    expect(pathsOf(result)).toEqual(['2.questionKey']);
  });
});
