import { goldenRecordPolicySchema } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { defaultPersonPolicy as febrlPersonPolicy } from '../policies/default-person.js';
import { readFebrl } from '../testing/febrl.js';
import { estimateMFromMatches, estimateU, withEstimates } from './estimate.js';
import { pairwiseScore } from './evaluate.js';
import { type PreparedRecord, prepareRecords } from './prepare.js';
import { runPolicy } from './run.js';

const policy = goldenRecordPolicySchema.parse(febrlPersonPolicy);

describe('estimating m and u', () => {
  const { records, entities } = readFebrl('dataset1.csv');
  const prepared = prepareRecords(policy, records);

  it('estimates u from random pairs: exact agreement on a name is rare between strangers', () => {
    const u = estimateU(policy, prepared, { samples: 20_000, seed: 7 });
    const given = u.find((shares) => shares.attribute === 'given_name')!;
    expect(given.shares[0]).toBeLessThan(0.02);
    expect(given.shares.at(-1)).toBeGreaterThan(0.8);
    for (const shares of u) expect(shares.shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 2);
    // Seeded: the same seed gives the same estimate.
    expect(estimateU(policy, prepared, { samples: 2_000, seed: 7 })).toEqual(
      estimateU(policy, prepared, { samples: 2_000, seed: 7 }),
    );
  });

  it('estimates m from labelled matches, and a policy with the estimates still finds the duplicates', () => {
    // Labels from odd entities only; the score is measured on every record.
    const byEntity = new Map<string, PreparedRecord[]>();
    prepared.forEach((record, index) => {
      const entity = entities[index]!;
      if (Number(entity) % 2 === 1) byEntity.set(entity, [...(byEntity.get(entity) ?? []), record]);
    });
    const matches: [PreparedRecord, PreparedRecord][] = [];
    for (const group of byEntity.values()) {
      for (let i = 0; i < group.length; i += 1)
        for (let j = i + 1; j < group.length; j += 1) matches.push([group[i]!, group[j]!]);
    }
    const m = estimateMFromMatches(policy, matches);
    const surname = m.find((shares) => shares.attribute === 'surname')!;
    expect(surname.shares[0]).toBeGreaterThan(0.5);
    const estimated = withEstimates(policy, { m, u: estimateU(policy, prepared, { seed: 11 }) });
    const score = pairwiseScore(runPolicy(estimated, records).clustering.clusterOf, entities);
    expect(score.f1).toBeGreaterThanOrEqual(0.98);
  });
});
