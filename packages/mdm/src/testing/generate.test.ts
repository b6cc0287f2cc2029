import { goldenRecordPolicySchema } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../engine/block.js';
import { prepareRecords } from '../engine/prepare.js';
import { febrlPersonPolicy } from './febrl.js';
import { generatePeople } from './generate.js';

const policy = goldenRecordPolicySchema.parse(febrlPersonPolicy);
const columns = ['given_name', 'surname', 'street_number', 'address_1', 'address_2', 'suburb', 'postcode', 'state'];

describe('generatePeople', () => {
  it('gives the same records for the same seed, and other records for another seed', () => {
    const first = generatePeople({ records: 2_000, seed: 1 });
    expect(generatePeople({ records: 2_000, seed: 1 })).toEqual(first);
    expect(generatePeople({ records: 2_000, seed: 2 }).records).not.toEqual(first.records);
  });

  it('writes FEBRL columns and ids; duplicates share their original’s entity', () => {
    const { records, entities } = generatePeople({ records: 5_000, seed: 3 });
    expect(records).toHaveLength(5_000);
    expect(Object.keys(records[0]!.values)).toEqual([...columns, 'date_of_birth', 'soc_sec_id']);
    records.forEach((record, index) => {
      const match = /^rec-(\d+)-(org|dup-\d+)$/.exec(record.id);
      expect(match).not.toBeNull();
      expect(entities[index]).toBe(Number(match![1]));
      const { date_of_birth: birth, soc_sec_id: ssn } = record.values;
      if (record.id.endsWith('-org')) {
        if (birth !== null) expect(String(birth)).toMatch(/^\d{8}$/);
        expect(String(ssn)).toMatch(/^\d{7}$/);
      }
    });
  });

  it('makes duplicates at about the asked share, mostly one per original, each corrupted', () => {
    const { records, entities } = generatePeople({ records: 20_000, seed: 4, duplicateShare: 0.3 });
    const duplicates = records.filter((record) => record.id.includes('-dup-'));
    expect(duplicates.length / records.length).toBeGreaterThan(0.27);
    expect(duplicates.length / records.length).toBeLessThan(0.33);
    const sizes = new Map<number, number>();
    for (const entity of entities) sizes.set(entity, (sizes.get(entity) ?? 0) + 1);
    const counts = [...sizes.values()];
    expect(counts.filter((size) => size === 1).length / counts.length).toBeGreaterThan(0.6);
    expect(counts.filter((size) => size === 2).length).toBeGreaterThan(counts.filter((size) => size === 3).length);
    const originals = new Map(
      records.filter((record) => record.id.endsWith('-org')).map((r) => [r.id.split('-')[1], r]),
    );
    const unchanged = duplicates.filter(
      (record) => JSON.stringify(record.values) === JSON.stringify(originals.get(record.id.split('-')[1])?.values),
    );
    expect(unchanged.length / duplicates.length).toBeLessThan(0.05);
  });

  it('steers candidate pairs per record with the value pools', () => {
    for (const [records, pairsPerRecord] of [
      [10_000, 10],
      [5_000, 50],
    ] as const) {
      const generated = generatePeople({ records, seed: 5, pairsPerRecord });
      const { pairs } = candidatePairs(policy, prepareRecords(policy, generated.records));
      expect(pairs.length / records).toBeGreaterThan(pairsPerRecord * 0.75);
      expect(pairs.length / records).toBeLessThan(pairsPerRecord * 1.3);
    }
  });
});
