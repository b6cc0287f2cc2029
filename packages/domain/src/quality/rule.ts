import { z } from 'zod';
import type { TicketPriority, TicketStatus } from '../issues/ticket.js';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** What a data-quality rule checks (reference/peer-tools.md: the checks every peer offers, plus custom SQL). */
export const qualityRuleKinds = [
  'not_null',
  'unique',
  'accepted_values',
  'range',
  'regex',
  'freshness',
  'row_count',
  'custom_sql',
] as const;
export type QualityRuleKind = (typeof qualityRuleKinds)[number];

export const qualityDimensions = [
  'completeness',
  'validity',
  'uniqueness',
  'consistency',
  'timeliness',
  'accuracy',
  'integrity',
] as const;
export type QualityDimension = (typeof qualityDimensions)[number];

export const qualitySeverities = ['low', 'medium', 'high', 'critical'] as const;
export type QualitySeverity = (typeof qualitySeverities)[number];

/** A failing rule's ticket is as urgent as the rule is severe. */
export const priorityOfSeverity: Record<QualitySeverity, TicketPriority> = {
  critical: 'P1',
  high: 'P2',
  medium: 'P3',
  low: 'P4',
};

/** The dimension a rule of each kind measures unless its author says otherwise. */
export const defaultDimensionOf: Record<QualityRuleKind, QualityDimension> = {
  not_null: 'completeness',
  unique: 'uniqueness',
  accepted_values: 'validity',
  range: 'validity',
  regex: 'validity',
  freshness: 'timeliness',
  row_count: 'completeness',
  custom_sql: 'consistency',
};

/** Kinds that check one column (the others check the whole table). */
export const columnRuleKinds: readonly QualityRuleKind[] = [
  'not_null',
  'unique',
  'accepted_values',
  'range',
  'regex',
  'freshness',
];

/** Kinds whose outcome is all or nothing (the table is fresh or not), not a share of rows. */
export const wholeTableRuleKinds: readonly QualityRuleKind[] = ['freshness', 'row_count'];

const bound = z.number({ error: 'must be a number' }).finite({ error: 'must be a finite number' });

const customSqlSchema = z
  .string({ error: 'is required' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(10_000, { error: 'must be at most 10000 characters' })
  .transform((text) => text.replace(/;\s*$/, ''))
  .refine((text) => /^(select|with)\b/i.test(text), { error: 'must be one SELECT query (it may start with WITH)' })
  .refine((text) => !text.includes(';'), { error: 'must be a single statement' });

/** What each kind needs besides its column. */
export const qualityRuleParamsSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('not_null') }),
    z.object({ kind: z.literal('unique') }),
    z.object({
      kind: z.literal('accepted_values'),
      values: z
        .array(z.string().trim().min(1).max(200), { error: 'must be a list of values' })
        .min(1, { error: 'must list at least one value' })
        .max(500, { error: 'must list at most 500 values' }),
    }),
    z
      .object({ kind: z.literal('range'), min: bound.nullish(), max: bound.nullish() })
      .refine((range) => range.min != null || range.max != null, {
        path: ['min'],
        message: 'give a minimum, a maximum or both',
      })
      .refine((range) => range.min == null || range.max == null || range.min <= range.max, {
        path: ['max'],
        message: 'must not be below the minimum',
      }),
    z.object({
      kind: z.literal('regex'),
      pattern: z
        .string({ error: 'is required' })
        .min(1, { error: 'must not be empty' })
        .max(1000, { error: 'must be at most 1000 characters' })
        .refine(
          (pattern) => {
            try {
              new RegExp(pattern);
              return true;
            } catch {
              return false;
            }
          },
          { error: 'must be a valid regular expression' },
        ),
    }),
    z.object({
      kind: z.literal('freshness'),
      maxAgeMinutes: z
        .number({ error: 'must be a number of minutes' })
        .int({ error: 'must be whole minutes' })
        .min(1, { error: 'must be at least 1 minute' })
        .max(5_256_000, { error: 'must be at most 10 years' }),
    }),
    z
      .object({
        kind: z.literal('row_count'),
        min: z.number().int().min(0).nullish(),
        max: z.number().int().min(0).nullish(),
      })
      .refine((range) => range.min != null || range.max != null, {
        path: ['min'],
        message: 'give a minimum, a maximum or both',
      }),
    z.object({ kind: z.literal('custom_sql'), sql: customSqlSchema }),
  ],
  { error: `kind must be one of ${qualityRuleKinds.join(', ')}` },
);
export type QualityRuleParams = z.output<typeof qualityRuleParamsSchema>;

const thresholdSchema = z
  .number({ error: 'must be a share between 0 and 1' })
  .min(0, { error: 'must be at least 0' })
  .max(1, { error: 'must be at most 1 (every row passes)' });

const everyMinutesSchema = z
  .number({ error: 'must be a number of minutes' })
  .int({ error: 'must be whole minutes' })
  .min(5, { error: 'must be at least 5 minutes' })
  .max(525_600, { error: 'must be at most a year' });

export const createQualityRuleInputSchema = z
  .object({
    name: nameSchema,
    description: optionalTextSchema(5000),
    assetId: idSchema,
    fieldId: idSchema.nullish().transform((value) => value ?? null),
    params: qualityRuleParamsSchema,
    dimension: z.enum(qualityDimensions, { error: `must be one of ${qualityDimensions.join(', ')}` }).nullish(),
    /** The share of rows that must pass (1 = every row). */
    threshold: thresholdSchema.nullish().transform((value) => value ?? 1),
    severity: z
      .enum(qualitySeverities, { error: `must be one of ${qualitySeverities.join(', ')}` })
      .nullish()
      .transform((value) => value ?? 'medium'),
    /** Run every N minutes; null runs only when asked. */
    everyMinutes: everyMinutesSchema.nullish().transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    const needsColumn = columnRuleKinds.includes(input.params.kind);
    if (needsColumn && !input.fieldId) {
      ctx.addIssue({
        code: 'custom',
        path: ['fieldId'],
        message: `is required: a ${input.params.kind} rule checks a column`,
      });
    }
    if (!needsColumn && input.fieldId) {
      ctx.addIssue({
        code: 'custom',
        path: ['fieldId'],
        message: `must be empty: a ${input.params.kind} rule checks the table`,
      });
    }
  })
  .transform((input) => ({ ...input, dimension: input.dimension ?? defaultDimensionOf[input.params.kind] }));
export type CreateQualityRuleInput = z.input<typeof createQualityRuleInputSchema>;

export const updateQualityRuleInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  description: optionalTextSchema(5000).optional(),
  threshold: thresholdSchema.optional(),
  severity: z.enum(qualitySeverities).optional(),
  everyMinutes: everyMinutesSchema.nullable().optional(),
  enabled: z.boolean().optional(),
});

export interface QualityRule extends RecordMeta {
  name: string;
  description: string | null;
  assetId: string;
  fieldId: string | null;
  kind: QualityRuleKind;
  params: QualityRuleParams;
  dimension: QualityDimension;
  threshold: number;
  severity: QualitySeverity;
  everyMinutes: number | null;
  enabled: boolean;
  lastRunAt: Date | null;
  nextRunAt: Date | null;
  /** The ticket this rule's failures go to (open, resolved or closed); null before its first failure. */
  ticketId: string | null;
}

/** What one run measured on the source. */
export interface QualityMeasurement {
  checkedRows: number;
  failingRows: number;
  /** What was seen, when it is one figure (the newest timestamp, the row count). */
  observed: string | null;
  /** A few failing values, with how often each occurs. */
  samples: { value: string | null; count: number }[];
}

export type QualityOutcome = 'passed' | 'failed';

/** Pass or fail: a share of rows against the threshold, or all-or-nothing for table-wide kinds. */
export function judgeMeasurement(
  kind: QualityRuleKind,
  threshold: number,
  measurement: QualityMeasurement,
): { outcome: QualityOutcome; passRatio: number } {
  const { checkedRows, failingRows } = measurement;
  const passRatio = checkedRows === 0 ? 1 : (checkedRows - failingRows) / checkedRows;
  if (wholeTableRuleKinds.includes(kind)) return { outcome: failingRows === 0 ? 'passed' : 'failed', passRatio };
  return { outcome: passRatio >= threshold ? 'passed' : 'failed', passRatio };
}

/**
 * What a run means for the rule's ticket. A failure opens one ticket, or adds to the open one,
 * or reopens a resolved or closed one (the fix did not hold); a pass after the ticket was
 * resolved verifies and closes it. A ticket someone decided not to fix keeps that decision.
 */
export type TicketReconciliation = 'open_ticket' | 'add_result' | 'reopen' | 'verify_and_close' | 'nothing';

export function reconcileRuleTicket(outcome: QualityOutcome, ticketStatus: TicketStatus | null): TicketReconciliation {
  if (outcome === 'failed') {
    if (ticketStatus === null) return 'open_ticket';
    if (ticketStatus === 'resolved' || ticketStatus === 'closed') return 'reopen';
    if (ticketStatus === 'duplicate') return 'open_ticket';
    return 'add_result';
  }
  if (ticketStatus === 'resolved') return 'verify_and_close';
  if (
    ticketStatus === 'open' ||
    ticketStatus === 'triaged' ||
    ticketStatus === 'in_progress' ||
    ticketStatus === 'blocked'
  ) {
    return 'add_result';
  }
  return 'nothing';
}

/**
 * A value of a personal-data column as its shape (letters A, digits 9, the rest kept), so a
 * failing sample shows what is wrong with it without showing whose it is.
 */
export function valueShape(value: string): string {
  return value.replace(/\p{L}/gu, 'A').replace(/\p{N}/gu, '9');
}

/** Failing samples with personal values replaced by their shapes (equal shapes merged). */
export function maskSamples(
  samples: readonly { value: string | null; count: number }[],
): { value: string | null; count: number }[] {
  const merged = new Map<string | null, number>();
  for (const sample of samples) {
    const shape = sample.value === null ? null : valueShape(sample.value);
    merged.set(shape, (merged.get(shape) ?? 0) + sample.count);
  }
  return [...merged].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/** A database error without the data values PostgreSQL quotes in it (`… type date: "…"`). */
export function withoutQuotedValues(message: string): string {
  return message.replace(/(:\s*)"[^"]*"/g, '$1"…"').replace(/\(([^()]*)\)=\(([^()]*)\)/g, '($1)=(…)');
}
