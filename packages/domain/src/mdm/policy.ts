import { z } from 'zod';

/**
 * A golden-record policy is data, never code: how values are standardised, which pairs are
 * compared (blocking), how each attribute is compared (levels), how pairs are scored, where
 * the auto-merge and review thresholds lie, how clusters are guarded, and which value survives
 * per attribute. The engine in packages/mdm runs it; nothing here is evaluated as code.
 */

/** Value clean-ups applied in order before comparing (the raw value is kept for display). */
export const standardiserNames = [
  'trim',
  'lowercase',
  'collapse_whitespace',
  'strip_punctuation',
  'strip_diacritics',
  'digits_only',
  'iso_date',
  'address_abbreviations',
  'email',
] as const;
export type StandardiserName = (typeof standardiserNames)[number];

/** How a blocking key is made from a standardised value. */
export const blockingTransforms = [
  'exact',
  'soundex',
  'double_metaphone',
  'prefix_1',
  'prefix_3',
  'prefix_5',
  'year',
  'sorted_tokens',
  'digits',
] as const;
export type BlockingTransform = (typeof blockingTransforms)[number];

/** How two values of one attribute are compared; each yields graded levels. */
export const comparatorKinds = [
  'exact',
  'jaro_winkler',
  'levenshtein',
  'damerau_levenshtein',
  'token_set',
  'numeric',
  'date',
  'phonetic',
] as const;
export type ComparatorKind = (typeof comparatorKinds)[number];

export const survivorshipRules = [
  'source_priority',
  'trust',
  'most_recent',
  'most_frequent',
  /** The value seen most often across all records, not just the cluster's (a typo is rarer than the word it corrupts). */
  'most_common_in_data',
  'most_complete',
  'longest',
  'min',
  'max',
  'union',
] as const;
export type SurvivorshipRule = (typeof survivorshipRules)[number];

const attributeName = z
  .string({ error: 'is required' })
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, { error: 'must be lower_case letters, digits and underscores' });

export const attributeSchema = z.object({
  name: attributeName,
  label: z.string().trim().min(1).max(100).optional(),
  standardise: z.array(z.enum(standardiserNames)).max(10).default([]),
});

export const blockingPassSchema = z.object({
  /** Every key part must be non-empty for a record to enter this pass: empty keys never block. */
  keys: z
    .array(z.object({ attribute: attributeName, transform: z.enum(blockingTransforms).default('exact') }))
    .min(1, { error: 'must have at least one key part' })
    .max(4),
});

/**
 * One comparison level: a threshold on the comparator's similarity (1 = identical) or, for
 * numeric and date comparators, a largest difference. Levels are tried from the first; the
 * first that holds is the pair's level; none holding is the "else" level.
 */
export const comparisonLevelSchema = z.object({
  label: z.string().trim().min(1).max(60),
  minSimilarity: z.number().min(0).max(1).optional(),
  maxDifference: z.number().min(0).optional(),
  /** Fellegi–Sunter: P(level | same entity) and P(level | different entities). */
  m: z.number().gt(0).lt(1).optional(),
  u: z.number().gt(0).lt(1).optional(),
  /** Weighted scoring: the points this level adds. */
  weight: z.number().min(-100).max(100).optional(),
});
export type ComparisonLevel = z.infer<typeof comparisonLevelSchema>;

export const comparisonSchema = z.object({
  attribute: attributeName,
  comparator: z.enum(comparatorKinds),
  /** Date comparators: the unit of maxDifference. */
  unit: z.enum(['days', 'months', 'years']).optional(),
  levels: z.array(comparisonLevelSchema).min(1).max(6),
  /** The "else" level (no level held): its m and u, or its weight. */
  otherwise: comparisonLevelSchema.omit({ minSimilarity: true, maxDifference: true }),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const survivorshipSchema = z.object({
  attribute: attributeName,
  /** Tried in order; a rule that leaves a tie hands the tied values to the next. */
  rules: z.array(z.enum(survivorshipRules)).min(1).max(6),
});

export const sourceSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** Lower wins under source_priority. */
  priority: z.number().int().min(1).max(100),
  /** Trust 0–1 when a value is fresh, falling linearly to minTrust over decayDays. */
  maxTrust: z.number().min(0).max(1).default(1),
  minTrust: z.number().min(0).max(1).default(0.5),
  decayDays: z.number().int().min(1).max(36_500).default(365),
});

export const goldenRecordPolicySchema = z
  .object({
    attributes: z.array(attributeSchema).min(1).max(60),
    blocking: z.array(blockingPassSchema).min(1, { error: 'needs at least one blocking pass' }).max(10),
    comparisons: z.array(comparisonSchema).min(1).max(30),
    scoring: z.enum(['fellegi_sunter', 'weighted']).default('fellegi_sunter'),
    /** Fellegi–Sunter prior: the share of compared pairs expected to match. */
    priorMatchRate: z.number().gt(0).lt(1).default(0.0001),
    /** Match probability (F–S) or score (weighted) at or above which pairs merge automatically. */
    autoMergeThreshold: z.number(),
    /** At or above this and below auto-merge: a suspect pair for a steward to review. */
    reviewThreshold: z.number(),
    /** Clusters larger than this are not merged by chaining: their weakest links go to review. */
    maxClusterSize: z.number().int().min(2).max(1000).default(20),
    survivorship: z.array(survivorshipSchema).default([]),
    sources: z.array(sourceSchema).default([]),
  })
  .superRefine((policy, ctx) => {
    const names = new Set(policy.attributes.map((attribute) => attribute.name));
    const check = (attribute: string, path: (string | number)[]) => {
      if (!names.has(attribute))
        ctx.addIssue({ code: 'custom', path, message: `names no attribute of the policy (${attribute})` });
    };
    for (const [index, pass] of policy.blocking.entries()) {
      for (const [keyIndex, key] of pass.keys.entries()) {
        check(key.attribute, ['blocking', index, 'keys', keyIndex, 'attribute']);
      }
    }
    policy.comparisons.forEach((comparison, index) => {
      check(comparison.attribute, ['comparisons', index, 'attribute']);
      const numeric = comparison.comparator === 'numeric' || comparison.comparator === 'date';
      comparison.levels.forEach((level, levelIndex) => {
        if (numeric ? level.maxDifference === undefined : level.minSimilarity === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['comparisons', index, 'levels', levelIndex, numeric ? 'maxDifference' : 'minSimilarity'],
            message: `is required for a ${comparison.comparator} comparison`,
          });
        }
        const scored =
          policy.scoring === 'fellegi_sunter'
            ? level.m !== undefined && level.u !== undefined
            : level.weight !== undefined;
        if (!scored) {
          ctx.addIssue({
            code: 'custom',
            path: ['comparisons', index, 'levels', levelIndex, policy.scoring === 'fellegi_sunter' ? 'm' : 'weight'],
            message: policy.scoring === 'fellegi_sunter' ? 'needs m and u' : 'needs a weight',
          });
        }
      });
    });
    for (const [index, rule] of policy.survivorship.entries()) {
      check(rule.attribute, ['survivorship', index, 'attribute']);
    }
    if (policy.reviewThreshold > policy.autoMergeThreshold) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewThreshold'],
        message: 'must not be above the auto-merge threshold',
      });
    }
  });
export type GoldenRecordPolicy = z.output<typeof goldenRecordPolicySchema>;
export type GoldenRecordPolicyInput = z.input<typeof goldenRecordPolicySchema>;
