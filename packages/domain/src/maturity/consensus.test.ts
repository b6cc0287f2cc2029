import { describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { parseInput } from '../shared/validation.js';
import { closeAssessmentInputSchema, needsConsensusComment } from './consensus.js';

const id = '0b5c6a3e-9f0e-4a47-8d3e-2f1a9c7b6d54';

/** The field paths of an InputError thrown by parseInput, or [] when parsing succeeds. */
const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.fieldErrors.map((fieldError) => fieldError.field);
  }
};

describe('needsConsensusComment', () => {
  it('asks for a comment 2 or more levels from the median, above or below', () => {
    expect(needsConsensusComment(3, 1)).toBe(true);
    expect(needsConsensusComment(1, 3)).toBe(true);
    expect(needsConsensusComment(5, 2.5)).toBe(true);
  });

  it('does not ask within 2 levels, a half-level median included', () => {
    expect(needsConsensusComment(4, 2.5)).toBe(false);
    expect(needsConsensusComment(3, 2)).toBe(false);
    expect(needsConsensusComment(3, 3)).toBe(false);
  });

  it('compares nothing without an agreed level or without answers', () => {
    expect(needsConsensusComment(null, 2)).toBe(false);
    expect(needsConsensusComment(5, null)).toBe(false);
  });

  it('takes a program’s own threshold', () => {
    expect(needsConsensusComment(3, 2, 1)).toBe(true);
    expect(needsConsensusComment(4, 1, 4)).toBe(false);
  });
});

describe('closeAssessmentInputSchema', () => {
  const schema = closeAssessmentInputSchema({
    questions: [
      { key: 'Q5.1', median: 3 },
      { key: 'Q5.3', median: 1 },
      { key: 'Q5.C1', median: null },
    ],
  });
  const complete = {
    'Q5.1': { current: 3, target: 4 },
    'Q5.3': { current: 3, target: 4, comment: 'The queue works; the two low answers predate the SLA policy.' },
    'Q5.C1': { current: 1, target: 3 },
  };

  it('accepts agreed levels for every question, with comments where needed', () => {
    const parsed = parseInput(schema, { id, version: 2, consensus: complete });
    expect(parsed.consensus['Q5.1']).toEqual({ current: 3, target: 4, comment: null });
    expect(parsed.consensus['Q5.3']?.comment).toMatch(/SLA policy/);
  });

  it('names the comment field of an agreed level far from the median', () => {
    const input = { id, version: 2, consensus: { ...complete, 'Q5.3': { current: 3, target: 4 } } };
    expect(fieldsOf(() => parseInput(schema, input))).toEqual(['consensus.Q5.3.comment']);
    const blank = { ...input, consensus: { ...complete, 'Q5.3': { current: 3, target: 4, comment: '   ' } } };
    expect(fieldsOf(() => parseInput(schema, blank))).toEqual(['consensus.Q5.3.comment']);
  });

  it('explains the rule in the message', () => {
    const result = schema.safeParse({ id, version: 2, consensus: { ...complete, 'Q5.3': { current: 3, target: 4 } } });
    expect(result.error?.issues[0]?.message).toBe(
      'must explain the agreed level 3: it is 2 or more levels from the median answer 1',
    );
  });

  it('requires every question and refuses keys of other questions', () => {
    const { 'Q5.1': _missing, ...rest } = complete;
    const input = { id, version: 2, consensus: { ...rest, 'Q9.1': { current: 2, target: 3 } } };
    expect(fieldsOf(() => parseInput(schema, input)).sort()).toEqual(['consensus.Q5.1', 'consensus.Q9.1']);
  });

  it('rejects levels outside 1–5 and a missing target, naming the field', () => {
    const input = { id, version: 2, consensus: { ...complete, 'Q5.1': { current: 6, target: null } } };
    expect(fieldsOf(() => parseInput(schema, input)).sort()).toEqual([
      'consensus.Q5.1.current',
      'consensus.Q5.1.target',
    ]);
  });

  it('uses the program’s threshold when given', () => {
    const strict = closeAssessmentInputSchema({ questions: [{ key: 'Q5.1', median: 3 }], commentThreshold: 1 });
    const input = { id, version: 1, consensus: { 'Q5.1': { current: 4, target: 4 } } };
    expect(fieldsOf(() => parseInput(strict, input))).toEqual(['consensus.Q5.1.comment']);
  });

  it('needs the assessment id and version', () => {
    expect(fieldsOf(() => parseInput(schema, { consensus: complete })).sort()).toEqual(['id', 'version']);
  });
});
