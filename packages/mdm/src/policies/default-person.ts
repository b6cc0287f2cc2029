import type { GoldenRecordPolicyInput } from '@steward/domain';

const names = (m: number[], u: number[]) => ({ m, u });

/**
 * `default-person`: the built-in person-matching policy for FEBRL-style person columns
 * (`given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth, soc_sec_id`). Its m and u are hand-written from what such data looks like
 * (names mostly agree exactly for the same person; a birth date or ID agrees by chance about
 * once in a few thousand pairs), not fitted to any file. Five blocking passes, unioned.
 */
export const defaultPersonPolicy: GoldenRecordPolicyInput = {
  attributes: [
    { name: 'given_name', standardise: ['trim', 'lowercase'] },
    { name: 'surname', standardise: ['trim', 'lowercase'] },
    { name: 'street_number', standardise: ['digits_only'] },
    { name: 'address_1', standardise: ['lowercase', 'address_abbreviations', 'collapse_whitespace'] },
    { name: 'address_2', standardise: ['lowercase', 'collapse_whitespace'] },
    { name: 'suburb', standardise: ['lowercase', 'collapse_whitespace'] },
    { name: 'postcode', standardise: ['digits_only'] },
    { name: 'state', standardise: ['lowercase', 'trim'] },
    { name: 'date_of_birth', standardise: ['digits_only'] },
    { name: 'soc_sec_id', standardise: ['digits_only'] },
  ],
  blocking: [
    { keys: [{ attribute: 'soc_sec_id' }] },
    { keys: [{ attribute: 'given_name' }, { attribute: 'surname' }] },
    { keys: [{ attribute: 'date_of_birth' }] },
    { keys: [{ attribute: 'postcode' }, { attribute: 'street_number' }] },
    {
      keys: [
        { attribute: 'surname', transform: 'soundex' },
        { attribute: 'suburb', transform: 'prefix_3' },
      ],
    },
  ],
  comparisons: [
    ...(['given_name', 'surname'] as const).map((attribute) => {
      const { m, u } = names([0.7, 0.15, 0.07, 0.08], [0.002, 0.004, 0.02, 0.974]);
      return {
        attribute,
        comparator: 'jaro_winkler' as const,
        levels: [
          { label: 'exact', minSimilarity: 1, m: m[0], u: u[0] },
          { label: 'very close', minSimilarity: 0.92, m: m[1], u: u[1] },
          { label: 'close', minSimilarity: 0.8, m: m[2], u: u[2] },
        ],
        otherwise: { label: 'different', m: m[3], u: u[3] },
      };
    }),
    ...(['date_of_birth', 'soc_sec_id'] as const).map((attribute) => ({
      attribute,
      comparator: 'damerau_levenshtein' as const,
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.8, u: 0.0005 },
        { label: 'one edit', minSimilarity: 0.85, m: 0.15, u: 0.004 },
      ],
      otherwise: { label: 'different', m: 0.05, u: 0.9955 },
    })),
    {
      attribute: 'postcode',
      comparator: 'damerau_levenshtein' as const,
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.8, u: 0.01 },
        { label: 'one edit', minSimilarity: 0.75, m: 0.13, u: 0.03 },
      ],
      otherwise: { label: 'different', m: 0.07, u: 0.96 },
    },
    {
      attribute: 'address_1',
      comparator: 'jaro_winkler' as const,
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.7, u: 0.001 },
        { label: 'close', minSimilarity: 0.88, m: 0.2, u: 0.01 },
      ],
      otherwise: { label: 'different', m: 0.1, u: 0.989 },
    },
    {
      attribute: 'suburb',
      comparator: 'jaro_winkler' as const,
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.75, u: 0.005 },
        { label: 'close', minSimilarity: 0.9, m: 0.15, u: 0.02 },
      ],
      otherwise: { label: 'different', m: 0.1, u: 0.975 },
    },
    {
      attribute: 'street_number',
      comparator: 'exact' as const,
      levels: [{ label: 'same', minSimilarity: 1, m: 0.75, u: 0.02 }],
      otherwise: { label: 'different', m: 0.25, u: 0.98 },
    },
    {
      attribute: 'state',
      comparator: 'exact' as const,
      levels: [{ label: 'same', minSimilarity: 1, m: 0.9, u: 0.3 }],
      otherwise: { label: 'different', m: 0.1, u: 0.7 },
    },
  ],
  priorMatchRate: 0.001,
  autoMergeThreshold: 0.99,
  reviewThreshold: 0.5,
  maxClusterSize: 12,
  survivorship: [],
};
