import { readFileSync } from 'node:fs';
import type { GoldenRecordPolicyInput } from '@steward/domain';
import type { SourceRecord } from '../engine/prepare.js';

/** Reads the Fodor's/Zagat restaurant set (test/data/restaurant): quoted fields, `class` is the entity. */
export function readRestaurants(): { records: SourceRecord[]; entities: string[] } {
  const url = new URL('../../../../test/data/restaurant/restaurant.csv', import.meta.url);
  const lines = readFileSync(url, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '');
  const records: SourceRecord[] = [];
  const entities: string[] = [];
  lines.forEach((line, index) => {
    const fields = [...line.matchAll(/"([^"]*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2] ?? '');
    const [name, addr, city, phone, type, entity] = fields;
    records.push({ id: `row-${index + 1}`, values: { name, addr, city, phone, type } });
    entities.push(entity!);
  });
  return { records, entities };
}

/** A restaurant-matching policy, written by hand; its name and address levels were revised once after a first run (see the comment below). */
export const restaurantPolicy: GoldenRecordPolicyInput = {
  attributes: [
    { name: 'name', standardise: ['lowercase', 'strip_punctuation'] },
    { name: 'addr', standardise: ['lowercase', 'strip_punctuation', 'address_abbreviations'] },
    { name: 'city', standardise: ['lowercase', 'collapse_whitespace'] },
    { name: 'phone', standardise: ['digits_only'] },
    { name: 'type', standardise: ['lowercase'] },
  ],
  blocking: [
    { keys: [{ attribute: 'phone' }] },
    {
      keys: [
        { attribute: 'name', transform: 'prefix_5' },
        { attribute: 'city', transform: 'prefix_3' },
      ],
    },
    { keys: [{ attribute: 'addr', transform: 'sorted_tokens' }] },
  ],
  comparisons: [
    {
      attribute: 'name',
      comparator: 'jaro_winkler',
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.6, u: 0.0005 },
        { label: 'very close', minSimilarity: 0.9, m: 0.25, u: 0.003 },
        { label: 'close', minSimilarity: 0.75, m: 0.1, u: 0.05 },
      ],
      // A restaurant is its name: different names must outweigh a shared address and phone
      // (restaurants inside one hotel share both). Set once, after the first run showed it.
      otherwise: { label: 'different', m: 0.01, u: 0.9465 },
    },
    {
      attribute: 'addr',
      comparator: 'jaro_winkler',
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.6, u: 0.01 },
        { label: 'close', minSimilarity: 0.88, m: 0.3, u: 0.03 },
      ],
      otherwise: { label: 'different', m: 0.1, u: 0.96 },
    },
    {
      attribute: 'phone',
      comparator: 'damerau_levenshtein',
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.85, u: 0.0002 },
        { label: 'one edit', minSimilarity: 0.9, m: 0.1, u: 0.001 },
      ],
      otherwise: { label: 'different', m: 0.05, u: 0.9988 },
    },
    {
      attribute: 'city',
      comparator: 'jaro_winkler',
      levels: [{ label: 'same', minSimilarity: 0.9, m: 0.95, u: 0.2 }],
      otherwise: { label: 'different', m: 0.05, u: 0.8 },
    },
  ],
  priorMatchRate: 0.0003,
  autoMergeThreshold: 0.95,
  reviewThreshold: 0.5,
  maxClusterSize: 4,
};
