import { z } from 'zod';
import type { MaturitySignal } from '../maturity/signals.js';
import { type RecordLink, recordLinkSchema } from '../shared/record-links.js';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/**
 * Governance metrics (reference/governance-process.md §4): definitions with unit, direction,
 * baseline, target, owner and the step they serve; values taken daily by Steward for the built-in
 * ones and entered by their owner for the rest.
 */

export const metricDirections = ['higher_is_better', 'lower_is_better'] as const;
export type MetricDirection = (typeof metricDirections)[number];
/** What a metric speaks to (§4.1: value, risk, confidence; §4.2 process KPIs). */
export const metricAreas = ['value', 'risk', 'quality', 'stewardship', 'metadata', 'process', 'mdm'] as const;
export type MetricArea = (typeof metricAreas)[number];
export const metricFrequencies = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export type MetricFrequency = (typeof metricFrequencies)[number];

/** The metrics Steward computes from its own records. Shares are 0–1; days and counts as they are. */
export const builtInMetricKeys = [
  'stewardship_coverage',
  'glossary_coverage',
  'profiling_coverage',
  'pii_classification_coverage',
  'quality_pass_rate',
  'time_to_resolve',
  'sla_breach_rate',
  'backlog',
  'mdm_duplicate_rate',
] as const;
export type BuiltInMetricKey = (typeof builtInMetricKeys)[number];

export type MetricUnit = 'share' | 'days' | 'count' | string;

export interface BuiltInMetric {
  key: BuiltInMetricKey;
  name: string;
  description: string;
  unit: MetricUnit;
  direction: MetricDirection;
  area: MetricArea;
  /** A target to start from; each program sets its own. */
  defaultTarget: number;
  /** The step whose metric set it belongs to (9 defines, 14 measures). */
  stepNumber: number;
  /** The maturity signal it feeds, when it is one. */
  signal: MaturitySignal | null;
  /** Whether it can be taken per domain (the scorecard's filter). */
  perDomain: boolean;
}

export const builtInMetrics: readonly BuiltInMetric[] = [
  {
    key: 'stewardship_coverage',
    name: 'Stewardship coverage',
    description: 'Share of domains with an accountable data owner and at least one business steward.',
    unit: 'share',
    direction: 'higher_is_better',
    area: 'stewardship',
    defaultTarget: 0.9,
    stepNumber: 9,
    signal: 'stewardship_coverage',
    perDomain: true,
  },
  {
    key: 'glossary_coverage',
    name: 'Glossary coverage',
    description: 'Share of critical data elements (CDE terms) that are approved.',
    unit: 'share',
    direction: 'higher_is_better',
    area: 'metadata',
    defaultTarget: 0.9,
    stepNumber: 9,
    signal: null,
    perDomain: true,
  },
  {
    key: 'profiling_coverage',
    name: 'Profiling coverage',
    description: 'Share of catalogued tables and views with a profile no older than 30 days.',
    unit: 'share',
    direction: 'higher_is_better',
    area: 'metadata',
    defaultTarget: 0.8,
    stepNumber: 9,
    signal: null,
    perDomain: true,
  },
  {
    key: 'pii_classification_coverage',
    name: 'PII classification coverage',
    description: 'Share of columns detected as personal data whose classification a person confirmed.',
    unit: 'share',
    direction: 'higher_is_better',
    area: 'risk',
    defaultTarget: 0.95,
    stepNumber: 9,
    signal: 'pii_classification_coverage',
    perDomain: true,
  },
  {
    key: 'quality_pass_rate',
    name: 'Quality pass rate',
    description: 'Share of enabled quality rules whose latest run met their threshold.',
    unit: 'share',
    direction: 'higher_is_better',
    area: 'quality',
    defaultTarget: 0.95,
    stepNumber: 9,
    signal: 'quality_pass_rate',
    perDomain: true,
  },
  {
    key: 'time_to_resolve',
    name: 'Time to resolve issues',
    description: 'Median days from opening to resolution of the issues resolved in the last 90 days.',
    unit: 'days',
    direction: 'lower_is_better',
    area: 'process',
    defaultTarget: 5,
    stepNumber: 9,
    signal: null,
    perDomain: true,
  },
  {
    key: 'sla_breach_rate',
    name: 'SLA breach rate',
    description: 'Share of issues opened in the last 90 days, or still open, that breached their SLA.',
    unit: 'share',
    direction: 'lower_is_better',
    area: 'process',
    defaultTarget: 0.05,
    stepNumber: 9,
    signal: 'sla_breach_rate',
    perDomain: true,
  },
  {
    key: 'backlog',
    name: 'Issue backlog',
    description: 'Issues open now (not resolved, closed or rejected).',
    unit: 'count',
    direction: 'lower_is_better',
    area: 'process',
    defaultTarget: 10,
    stepNumber: 9,
    signal: null,
    perDomain: true,
  },
  {
    key: 'mdm_duplicate_rate',
    name: 'MDM duplicate rate',
    description:
      'In the latest simulation of each MDM domain’s active policy: records that are duplicates of another (records minus golden records, over records).',
    unit: 'share',
    direction: 'lower_is_better',
    area: 'mdm',
    defaultTarget: 0.02,
    stepNumber: 9,
    signal: null,
    perDomain: false,
  },
];

export function builtInMetric(key: string): BuiltInMetric | undefined {
  return builtInMetrics.find((metric) => metric.key === key);
}

const numberSchema = z.number({ error: 'must be a number' }).finite({ error: 'must be a finite number' });
const optionalNumber = numberSchema.nullish().transform((value) => value ?? null);

const metricFields = {
  name: nameSchema,
  description: optionalTextSchema(2000),
  unit: z.string().trim().min(1, { error: 'must have a unit' }).max(40),
  direction: z.enum(metricDirections, { error: `must be one of ${metricDirections.join(', ')}` }),
  area: z.enum(metricAreas, { error: `must be one of ${metricAreas.join(', ')}` }),
  frequency: z.enum(metricFrequencies, { error: `must be one of ${metricFrequencies.join(', ')}` }).default('monthly'),
  baseline: optionalNumber,
  target: optionalNumber,
  ownerPersonId: idSchema.nullish().transform((value) => value ?? null),
  stepNumber: z
    .number()
    .int()
    .min(1, { error: 'must be a step from 1 to 14' })
    .max(14, { error: 'must be a step from 1 to 14' })
    .nullish()
    .transform((value) => value ?? null),
  programId: idSchema.nullish().transform((value) => value ?? null),
  /** The open work that should move it: an issue, a roadmap item (EC14.4). */
  actionLinks: z.array(recordLinkSchema).max(20).default([]),
};

/** A manual metric (a business-value figure, a survey score): its owner enters the values. */
export const defineMetricInputSchema = z.object(metricFields);
export type DefineMetricInput = z.input<typeof defineMetricInputSchema>;

export const updateMetricInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: metricFields.name.optional(),
  description: metricFields.description.optional(),
  unit: metricFields.unit.optional(),
  direction: metricFields.direction.optional(),
  area: metricFields.area.optional(),
  frequency: z.enum(metricFrequencies).optional(),
  baseline: numberSchema.nullish().optional(),
  target: numberSchema.nullish().optional(),
  ownerPersonId: idSchema.nullish().optional(),
  stepNumber: z.number().int().min(1).max(14).nullish().optional(),
  programId: idSchema.nullish().optional(),
  actionLinks: z.array(recordLinkSchema).max(20).optional(),
  active: z.boolean().optional(),
});
export type UpdateMetricInput = z.input<typeof updateMetricInputSchema>;

export const recordMetricValueInputSchema = z.object({
  metricId: idSchema,
  value: numberSchema,
  asOf: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
  note: optionalTextSchema(1000),
});
export type RecordMetricValueInput = z.input<typeof recordMetricValueInputSchema>;

export interface Metric extends RecordMeta {
  /** The built-in computation, or null for a manual metric. */
  builtIn: BuiltInMetricKey | null;
  name: string;
  description: string | null;
  unit: MetricUnit;
  direction: MetricDirection;
  area: MetricArea;
  frequency: MetricFrequency;
  baseline: number | null;
  target: number | null;
  ownerPersonId: string | null;
  stepNumber: number | null;
  programId: string | null;
  actionLinks: RecordLink[];
  active: boolean;
}

export interface MetricValue {
  metricId: string;
  asOf: string;
  /** The domain it was taken for; null for the whole organisation. */
  domainId: string | null;
  value: number;
  note: string | null;
  source: 'snapshot' | 'manual';
}

export type Rag = 'green' | 'amber' | 'red' | 'none';

/**
 * Red, amber or green against the target: green when the target is met; amber within 10 % of it
 * (relative to the target; for a target of 0 a lower-is-better metric is red above 0); red beyond;
 * `none` without a value or a target.
 */
export function ragOf(value: number | null, target: number | null, direction: MetricDirection, tolerance = 0.1): Rag {
  if (value === null || target === null) return 'none';
  const met = direction === 'higher_is_better' ? value >= target : value <= target;
  if (met) return 'green';
  const band = Math.abs(target) * tolerance;
  const near = direction === 'higher_is_better' ? value >= target - band : value <= target + band;
  return near && band > 0 ? 'amber' : 'red';
}

/** How many days a frequency's period spans (EC14.1: every active metric has a value in the current period). */
export const frequencyDays: Record<MetricFrequency, number> = { daily: 1, weekly: 7, monthly: 31, quarterly: 92 };

/** Whether a metric's latest value is recent enough for its frequency. */
export function isCurrent(latestAsOf: string | null, frequency: MetricFrequency, today: string): boolean {
  if (!latestAsOf) return false;
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${latestAsOf}T00:00:00Z`)) / 86_400_000;
  return age <= frequencyDays[frequency];
}

/** Delta between the latest value and the one before, in the metric's terms, and whether it improved. */
export function trendOf(
  values: readonly Pick<MetricValue, 'asOf' | 'value'>[],
  direction: MetricDirection,
): { delta: number | null; improving: boolean | null } {
  const sorted = [...values].sort((a, b) => a.asOf.localeCompare(b.asOf));
  if (sorted.length < 2) return { delta: null, improving: null };
  const delta = sorted[sorted.length - 1]!.value - sorted[sorted.length - 2]!.value;
  if (delta === 0) return { delta: 0, improving: null };
  return { delta, improving: direction === 'higher_is_better' ? delta > 0 : delta < 0 };
}
