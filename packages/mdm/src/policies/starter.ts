import type { GoldenRecordPolicyInput } from '@steward/domain';
import { defaultPersonPolicy } from './default-person.js';

const personColumns = new Set(defaultPersonPolicy.attributes.map((attribute) => attribute.name));

/**
 * A first draft for an MDM domain's attributes: the built-in person policy when the scope has
 * its columns, otherwise one fuzzy comparison per attribute, exact blocking on the first three
 * and the default survivorship chain. An architect tunes it in the editor and on samples.
 */
export function starterPolicy(attributes: readonly { name: string }[]): GoldenRecordPolicyInput {
  if (attributes.length > 0 && [...personColumns].every((name) => attributes.some((item) => item.name === name))) {
    return defaultPersonPolicy;
  }
  return {
    attributes: attributes.map((attribute) => ({
      name: attribute.name,
      standardise: ['trim', 'lowercase', 'collapse_whitespace'],
    })),
    blocking: attributes.slice(0, 3).map((attribute) => ({ keys: [{ attribute: attribute.name }] })),
    comparisons: attributes.map((attribute) => ({
      attribute: attribute.name,
      comparator: 'jaro_winkler' as const,
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.8, u: 0.01 },
        { label: 'close', minSimilarity: 0.9, m: 0.15, u: 0.03 },
      ],
      otherwise: { label: 'different', m: 0.05, u: 0.96 },
    })),
    priorMatchRate: 0.001,
    autoMergeThreshold: 0.95,
    reviewThreshold: 0.5,
    maxClusterSize: 20,
    survivorship: [],
  };
}
