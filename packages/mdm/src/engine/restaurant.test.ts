import { goldenRecordPolicySchema } from '@steward/domain';
import { describe, expect, it } from 'vitest';
import { readRestaurants, restaurantPolicy } from '../testing/restaurant.js';
import { pairwiseScore } from './evaluate.js';
import { runPolicy } from './run.js';

describe('the engine on real listings (Fodor’s/Zagat restaurants)', () => {
  it('finds the restaurants listed in both guides despite different spellings and phone formats', () => {
    const { records, entities } = readRestaurants();
    const policy = goldenRecordPolicySchema.parse(restaurantPolicy);
    const run = runPolicy(policy, records);
    const score = pairwiseScore(run.clustering.clusterOf, entities);
    expect(score.truePairs).toBe(112);
    // Measured: P 0.944, R 0.902, 10 pairs for review. The target of reference/mdm.md §6.4
    // (precision ≥ 0.99 at recall ≥ 0.90) is not met yet: restaurants in one hotel with
    // similar names (Ritz-Carlton café and dining room) still merge. These floors keep what works.
    expect(score.precision).toBeGreaterThanOrEqual(0.93);
    expect(score.recall).toBeGreaterThanOrEqual(0.89);
  });
});
