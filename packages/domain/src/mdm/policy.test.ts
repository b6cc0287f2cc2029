import { describe, expect, it } from 'vitest';
import { type GoldenRecordPolicyInput, goldenRecordPolicySchema } from './policy.js';

const person: GoldenRecordPolicyInput = {
  attributes: [
    { name: 'given_name', standardise: ['trim', 'lowercase', 'strip_diacritics'] },
    { name: 'surname', standardise: ['trim', 'lowercase'] },
    { name: 'date_of_birth', standardise: ['iso_date'] },
  ],
  blocking: [{ keys: [{ attribute: 'surname', transform: 'soundex' }] }, { keys: [{ attribute: 'date_of_birth' }] }],
  comparisons: [
    {
      attribute: 'given_name',
      comparator: 'jaro_winkler',
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.8, u: 0.01 },
        { label: 'close', minSimilarity: 0.9, m: 0.15, u: 0.02 },
      ],
      otherwise: { label: 'different', m: 0.05, u: 0.97 },
    },
    {
      attribute: 'date_of_birth',
      comparator: 'date',
      unit: 'days',
      levels: [{ label: 'same day', maxDifference: 0, m: 0.9, u: 0.001 }],
      otherwise: { label: 'different', m: 0.1, u: 0.999 },
    },
  ],
  autoMergeThreshold: 0.95,
  reviewThreshold: 0.6,
  survivorship: [{ attribute: 'surname', rules: ['most_frequent', 'most_recent'] }],
};

const problems = (input: unknown) =>
  goldenRecordPolicySchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ??
  [];

describe('golden-record policy', () => {
  it('accepts a person-matching policy and fills its defaults', () => {
    const policy = goldenRecordPolicySchema.parse(person);
    expect(policy).toMatchObject({ scoring: 'fellegi_sunter', maxClusterSize: 20, sources: [] });
    expect(policy.blocking[1]!.keys[0]!.transform).toBe('exact');
  });

  it('names every reference to an attribute the policy does not have', () => {
    expect(
      problems({
        ...person,
        blocking: [{ keys: [{ attribute: 'postcode' }] }],
        survivorship: [{ attribute: 'email', rules: ['longest'] }],
      }),
    ).toEqual([
      'blocking.0.keys.0.attribute: names no attribute of the policy (postcode)',
      'survivorship.0.attribute: names no attribute of the policy (email)',
    ]);
  });

  it('needs the level bounds its comparator reads and the figures its scoring uses', () => {
    const broken = structuredClone(person);
    delete broken.comparisons[0]!.levels[1]!.minSimilarity;
    delete broken.comparisons[1]!.levels[0]!.u;
    expect(problems(broken)).toEqual([
      'comparisons.0.levels.1.minSimilarity: is required for a jaro_winkler comparison',
      'comparisons.1.levels.0.m: needs m and u',
    ]);
    expect(problems({ ...person, scoring: 'weighted' })).toHaveLength(3);
  });

  it('keeps the review threshold at or below the auto-merge threshold, and refuses code-like names', () => {
    expect(problems({ ...person, reviewThreshold: 0.99 })).toEqual([
      'reviewThreshold: must not be above the auto-merge threshold',
    ]);
    expect(problems({ ...person, attributes: [{ name: 'x; drop table' }] })[0]).toMatch(/^attributes.0.name/);
  });
});
