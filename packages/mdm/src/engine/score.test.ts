import { type ComparatorKind, goldenRecordPolicySchema } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { prepareRecords } from './prepare.js';
import { createScorer } from './score.js';

/** The level one comparator gives two values, through the compiled scorer's explanation. */
function levelOf(
  comparator: ComparatorKind,
  a: string | null,
  b: string | null,
  levels: { label: string; minSimilarity?: number; maxDifference?: number }[],
  unit?: 'days' | 'months' | 'years',
) {
  const policy = goldenRecordPolicySchema.parse({
    attributes: [{ name: 'value' }],
    blocking: [{ keys: [{ attribute: 'value' }] }],
    comparisons: [
      {
        attribute: 'value',
        comparator,
        unit,
        levels: levels.map((level, index) => ({ ...level, m: 0.5 / (index + 1), u: 0.01 * (index + 1) })),
        otherwise: { label: 'else', m: 0.1, u: 0.9 },
      },
    ],
    autoMergeThreshold: 0.9,
    reviewThreshold: 0.5,
  });
  const [x, y] = prepareRecords(policy, [
    { id: 'x', values: { value: a } },
    { id: 'y', values: { value: b } },
  ]);
  return createScorer(policy).explain(x!, y!).comparisons[0]!;
}

const graded = [
  { label: 'exact', minSimilarity: 1 },
  { label: 'close', minSimilarity: 0.85 },
];

describe('comparators grade a pair into the first level that holds', () => {
  it('exact', () => {
    expect(levelOf('exact', 'abc', 'abc', [{ label: 'same', minSimilarity: 1 }]).level).toBe('same');
    expect(levelOf('exact', 'abc', 'abd', [{ label: 'same', minSimilarity: 1 }]).level).toBe('else');
  });

  it('jaro_winkler', () => {
    expect(levelOf('jaro_winkler', 'martha', 'martha', graded).level).toBe('exact');
    const close = levelOf('jaro_winkler', 'martha', 'marhta', graded);
    expect(close.level).toBe('close');
    expect(close.similarity).toBeCloseTo(0.9611, 3);
    expect(levelOf('jaro_winkler', 'martha', 'zebra', graded).level).toBe('else');
  });

  it('levenshtein and damerau_levenshtein (a transposition is one edit only for Damerau)', () => {
    const levels = [
      { label: 'exact', minSimilarity: 1 },
      { label: 'one edit', minSimilarity: 0.85 },
    ];
    expect(levelOf('levenshtein', '1234567', '1234576', levels).level).toBe('else');
    expect(levelOf('damerau_levenshtein', '1234567', '1234576', levels).level).toBe('one edit');
    expect(levelOf('levenshtein', '1234567', '1234568', levels).level).toBe('one edit');
  });

  it('token_set ignores word order and repeats', () => {
    expect(levelOf('token_set', 'smith john', 'john smith', graded).level).toBe('exact');
    expect(levelOf('token_set', 'john smith', 'jane doe', graded).level).toBe('else');
  });

  it('phonetic: names that sound alike agree', () => {
    expect(levelOf('phonetic', 'smith', 'smyth', [{ label: 'sounds alike', minSimilarity: 1 }]).level).toBe(
      'sounds alike',
    );
    expect(levelOf('phonetic', 'smith', 'jones', [{ label: 'sounds alike', minSimilarity: 1 }]).level).toBe('else');
  });

  it('numeric: levels are largest differences; unreadable numbers count as missing', () => {
    const levels = [
      { label: 'same', maxDifference: 0 },
      { label: 'within 5', maxDifference: 5 },
    ];
    expect(levelOf('numeric', '100', '100', levels).level).toBe('same');
    expect(levelOf('numeric', '100', '104.5', levels).level).toBe('within 5');
    expect(levelOf('numeric', '100', '200', levels).level).toBe('else');
    expect(levelOf('numeric', '100', 'n/a', levels)).toMatchObject({ level: 'missing', weight: 0 });
  });

  it('date: tolerance in days, months or years', () => {
    const levels = [
      { label: 'same', maxDifference: 0 },
      { label: 'near', maxDifference: 1 },
    ];
    expect(levelOf('date', '2020-01-01', '2020-01-02', levels, 'days').level).toBe('near');
    expect(levelOf('date', '2020-01-15', '2020-02-10', levels, 'months').level).toBe('near');
    expect(levelOf('date', '2020-01-01', '2021-06-01', levels, 'years').level).toBe('else');
  });

  it('a missing value on either side adds nothing (the "null" level)', () => {
    expect(levelOf('jaro_winkler', null, 'martha', graded)).toMatchObject({ level: 'missing', weight: 0 });
  });

  it('weights are log₂(m/u) of the level reached', () => {
    const outcome = levelOf('exact', 'a', 'a', [{ label: 'same', minSimilarity: 1 }]);
    expect(outcome.weight).toBeCloseTo(Math.log2(0.5 / 0.01), 12);
  });
});
