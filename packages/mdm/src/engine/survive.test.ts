import { type GoldenRecordPolicyInput, goldenRecordPolicySchema, type SurvivorshipRule } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { prepareRecords, type SourceRecord } from './prepare.js';
import { buildGoldenRecords, DEFAULT_SURVIVORSHIP } from './survive.js';

const basePolicy: GoldenRecordPolicyInput = {
  attributes: [{ name: 'name', standardise: ['trim', 'lowercase'] }, { name: 'phone' }, { name: 'city' }],
  blocking: [{ keys: [{ attribute: 'name' }] }],
  comparisons: [
    {
      attribute: 'name',
      comparator: 'exact',
      levels: [{ label: 'same', minSimilarity: 1, m: 0.9, u: 0.01 }],
      otherwise: { label: 'different', m: 0.1, u: 0.99 },
    },
  ],
  autoMergeThreshold: 0.9,
  reviewThreshold: 0.5,
  sources: [
    { name: 'crm', priority: 1, maxTrust: 0.9, minTrust: 0.5, decayDays: 100 },
    { name: 'erp', priority: 2, maxTrust: 1, minTrust: 0.2, decayDays: 100 },
  ],
};

/** The surviving value of one attribute when all records form one cluster under one rule chain. */
function survivor(
  records: SourceRecord[],
  attribute: string,
  rules: SurvivorshipRule[],
  extra: SourceRecord[] = [],
  now = new Date('2026-06-01T00:00:00Z'),
) {
  const policy = goldenRecordPolicySchema.parse({ ...basePolicy, survivorship: [{ attribute, rules }] });
  const prepared = prepareRecords(policy, [...records, ...extra]);
  // The cluster is the first `records.length` records; `extra` records are singletons elsewhere in the data.
  const clusterOf = Int32Array.from(prepared, (record) => (record.index < records.length ? 0 : record.index));
  const [golden] = buildGoldenRecords(policy, prepared, clusterOf, { now, onlyClustersLargerThan: 1 });
  return golden!.values.find((value) => value.attribute === attribute)!;
}

const rec = (id: string, values: Record<string, string | null>, source?: string, updatedAt?: string): SourceRecord => ({
  id,
  values,
  source,
  updatedAt,
});

describe('survivorship rules', () => {
  it('most_frequent keeps the value most members agree on (compared standardised, shown raw)', () => {
    const value = survivor(
      [rec('a', { name: 'Ann Lee' }), rec('b', { name: 'ann lee ' }), rec('c', { name: 'Anne Lee' })],
      'name',
      ['most_frequent'],
    );
    expect(value).toMatchObject({ value: 'Ann Lee', recordId: 'a', rule: 'most_frequent' });
  });

  it('most_common_in_data prefers the value seen most often across all records (a typo is rarer)', () => {
    const value = survivor(
      [rec('a', { city: 'sydnye' }), rec('b', { city: 'sydney' })],
      'city',
      ['most_common_in_data'],
      [rec('x', { city: 'sydney' }), rec('y', { city: 'sydney' })],
    );
    expect(value).toMatchObject({ value: 'sydney', recordId: 'b', rule: 'most_common_in_data' });
  });

  it('most_complete keeps the value of the member with the most filled attributes', () => {
    const value = survivor(
      [rec('a', { name: 'x', phone: '1' }), rec('b', { name: 'y', phone: '2', city: 'Perth' })],
      'phone',
      ['most_complete'],
    );
    expect(value).toMatchObject({ value: '2', recordId: 'b', rule: 'most_complete' });
  });

  it('most_recent keeps the newest value; a record without a date loses', () => {
    const value = survivor(
      [
        rec('a', { phone: '1' }, undefined, '2026-01-01'),
        rec('b', { phone: '2' }, undefined, '2026-03-01'),
        rec('c', { phone: '3' }),
      ],
      'phone',
      ['most_recent'],
    );
    expect(value).toMatchObject({ value: '2', recordId: 'b', rule: 'most_recent' });
  });

  it('source_priority keeps the value from the source ranked first (lower number)', () => {
    const value = survivor([rec('a', { phone: '1' }, 'erp'), rec('b', { phone: '2' }, 'crm')], 'phone', [
      'source_priority',
    ]);
    expect(value).toMatchObject({ value: '2', recordId: 'b', source: 'crm', rule: 'source_priority' });
  });

  it('trust decays with age: a fresh record of a less trusted source beats a stale one of a trusted source', () => {
    // erp: 1.0 fresh → 0.2 after 100 days; crm: 0.9 fresh → 0.5 after 100 days. At 2026-06-01:
    // erp updated 2026-05-27 (5 days: 0.96) beats crm updated 2026-05-22 (10 days: 0.86) ...
    const fresh = survivor(
      [rec('a', { phone: '1' }, 'crm', '2026-05-22'), rec('b', { phone: '2' }, 'erp', '2026-05-27')],
      'phone',
      ['trust'],
    );
    expect(fresh).toMatchObject({ value: '2', rule: 'trust' });
    // ... but erp 80 days old (0.36) loses to crm 10 days old (0.86).
    const stale = survivor(
      [rec('a', { phone: '1' }, 'crm', '2026-05-22'), rec('b', { phone: '2' }, 'erp', '2026-03-13')],
      'phone',
      ['trust'],
    );
    expect(stale).toMatchObject({ value: '1', rule: 'trust' });
  });

  it('longest, min and max compare the values themselves (numbers as numbers)', () => {
    const members = [rec('a', { phone: '9' }), rec('b', { phone: '10' }), rec('c', { phone: '100' })];
    expect(survivor(members, 'phone', ['longest'])).toMatchObject({ value: '100', rule: 'longest' });
    expect(survivor(members, 'phone', ['min'])).toMatchObject({ value: '9', rule: 'min' });
    expect(survivor(members, 'phone', ['max'])).toMatchObject({ value: '100', rule: 'max' });
  });

  it('union joins the distinct values, naming the first contributor', () => {
    const value = survivor([rec('a', { phone: '1' }), rec('b', { phone: '2' }), rec('c', { phone: '1' })], 'phone', [
      'union',
    ]);
    expect(value).toMatchObject({ value: '1; 2', recordId: 'a', rule: 'union' });
  });

  it('falls back along the chain: a rule that leaves a tie hands the tied values to the next', () => {
    const value = survivor(
      [
        rec('a', { phone: '1' }, 'crm', '2026-01-01'),
        rec('b', { phone: '2' }, 'crm', '2026-05-01'),
        rec('c', { phone: '3' }, 'erp', '2026-05-30'),
      ],
      'phone',
      ['source_priority', 'most_recent'],
    );
    // crm ties on priority (a, b); most_recent then picks b, although c is newer overall.
    expect(value).toMatchObject({ value: '2', recordId: 'b', rule: 'most_recent' });
  });

  it('says tie_break when no rule separates the values, only_value when all agree, none when all are empty', () => {
    expect(survivor([rec('a', { phone: '1' }), rec('b', { phone: '2' })], 'phone', ['most_frequent'])).toMatchObject({
      value: '1',
      recordId: 'a',
      rule: 'tie_break',
    });
    expect(survivor([rec('a', { phone: '1' }), rec('b', { phone: '1' })], 'phone', ['min'])).toMatchObject({
      rule: 'only_value',
    });
    expect(survivor([rec('a', { phone: null }), rec('b', { phone: null })], 'phone', ['min'])).toMatchObject({
      value: null,
      recordId: null,
      rule: 'none',
    });
  });

  it('without a chain of its own an attribute uses the default: most frequent, most complete, most recent, most common', () => {
    expect(DEFAULT_SURVIVORSHIP).toEqual(['most_frequent', 'most_complete', 'most_recent', 'most_common_in_data']);
    const policy = goldenRecordPolicySchema.parse(basePolicy);
    const prepared = prepareRecords(policy, [
      rec('a', { name: 'x', city: 'perth' }, undefined, '2026-01-01'),
      rec('b', { name: 'x', city: 'darwin' }, undefined, '2026-02-01'),
    ]);
    const [golden] = buildGoldenRecords(policy, prepared, Int32Array.from([0, 0]), { onlyClustersLargerThan: 1 });
    expect(golden!.values.find((value) => value.attribute === 'city')).toMatchObject({
      value: 'darwin',
      rule: 'most_recent',
    });
  });
});
