import { z } from 'zod';
import type { TicketStatus } from '../issues/ticket.js';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/**
 * Controls put a policy into effect, each checked by something Steward can evaluate: quality rules,
 * a classification requirement on personal-data columns, a retention schedule measured on the
 * source, or a person's periodic attestation (an access review, a manual check).
 */

export const controlKinds = [
  'quality_rule',
  'classification_requirement',
  'retention',
  'access_review',
  'attestation',
] as const;
export type ControlKind = (typeof controlKinds)[number];

export const controlFrequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type ControlFrequency = (typeof controlFrequencies)[number];
export const controlFrequencyDays: Record<ControlFrequency, number> = {
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
  yearly: 366,
};

export const controlParamsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('quality_rule'),
    ruleIds: z.array(idSchema).min(1, { error: 'must name at least one quality rule' }).max(50),
  }),
  z.object({
    kind: z.literal('classification_requirement'),
    /** Every personal-data column in scope sits in an asset with its own steward or custodian. */
    requireSteward: z.boolean().default(true),
    /** …and its classification carries a masking note (how it is masked outside production). */
    requireMaskingNote: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('retention'),
    keepDays: z.number().int().min(1, { error: 'must keep rows at least one day' }).max(36_500),
    action: z.enum(['archive', 'delete'], { error: 'must be archive or delete' }),
    /** The column that dates each row (created_at, closed_at …), in every asset the control covers. */
    timestampColumn: z.string().trim().min(1, { error: 'must name the column that dates a row' }).max(128),
    assetIds: z.array(idSchema).min(1, { error: 'must name at least one table' }).max(50),
  }),
  z.object({ kind: z.literal('access_review') }),
  z.object({ kind: z.literal('attestation') }),
]);
export type ControlParams = z.output<typeof controlParamsSchema>;

export const createControlInputSchema = z.object({
  policyId: idSchema,
  name: nameSchema,
  description: optionalTextSchema(4000),
  ownerPersonId: idSchema,
  frequency: z
    .enum(controlFrequencies, { error: `must be one of ${controlFrequencies.join(', ')}` })
    .default('monthly'),
  params: controlParamsSchema,
});
export type CreateControlInput = z.input<typeof createControlInputSchema>;

/**
 * Changes a control (absent fields stay): its name, owner, frequency, what it checks — of the same
 * kind — and whether it is active (an inactive control is kept with its history, not evaluated,
 * and left out of compliance).
 */
export const updateControlInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  description: optionalTextSchema(4000).optional(),
  ownerPersonId: idSchema.optional(),
  frequency: z.enum(controlFrequencies, { error: `must be one of ${controlFrequencies.join(', ')}` }).optional(),
  params: controlParamsSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateControlInput = z.input<typeof updateControlInputSchema>;

export const controlStates = ['pass', 'fail', 'not_evaluated'] as const;
export type ControlState = (typeof controlStates)[number];

export interface Control extends RecordMeta {
  policyId: string;
  name: string;
  description: string | null;
  ownerPersonId: string;
  frequency: ControlFrequency;
  params: ControlParams;
  active: boolean;
}

export interface ControlEvidence {
  label: string;
  ok: boolean;
  href: string | null;
}

/** Whether a control passes, with the records that prove it or are missing. */
export interface ControlOutcome {
  state: ControlState;
  summary: string;
  evidence: ControlEvidence[];
}

/**
 * How much of a control's scope is in order: the share of its evidence that is (the columns with a
 * steward, the tables within their retention, the rules passing); a pass without evidence is 1.
 */
export function scoreOf(outcome: { state: ControlState; evidence: readonly { ok: boolean }[] }): number | null {
  if (outcome.state === 'not_evaluated') return null;
  if (outcome.evidence.length === 0) return outcome.state === 'pass' ? 1 : 0;
  return outcome.evidence.filter((item) => item.ok).length / outcome.evidence.length;
}

/**
 * A policy's compliance: how much of its scope its evaluated controls find in order — the mean of
 * their scores, so one column fixed shows — and how many controls pass outright. Controls not
 * evaluated yet are left out (none evaluated gives null, never 100 %); an approved, unexpired
 * exception counts its control as in order.
 */
export function complianceOf(states: readonly { state: ControlState; excepted?: boolean; score?: number | null }[]): {
  passing: number;
  evaluated: number;
  share: number | null;
} {
  const evaluated = states.filter((item) => item.state !== 'not_evaluated');
  const passing = evaluated.filter((item) => item.state === 'pass' || item.excepted).length;
  const scores = evaluated.map((item) => (item.excepted || item.state === 'pass' ? 1 : (item.score ?? 0)));
  return {
    passing,
    evaluated: evaluated.length,
    share: evaluated.length ? scores.reduce((sum, score) => sum + score, 0) / evaluated.length : null,
  };
}

/**
 * What an evaluation means for the control's one policy_exception issue. A failure opens it, adds
 * to it while it is worked, or reopens it (the fix did not hold); a pass ends the exception: an
 * issue still being worked is cleared by Steward, a resolved one is verified and closed. An issue
 * someone closed as won't fix keeps that decision; a failure adds to it.
 */
export type ControlTicketAction = 'open_ticket' | 'add_result' | 'reopen' | 'clear' | 'close' | 'nothing';

export function reconcileControlTicket(state: 'pass' | 'fail', ticketStatus: TicketStatus | null): ControlTicketAction {
  const working =
    ticketStatus === 'open' ||
    ticketStatus === 'triaged' ||
    ticketStatus === 'in_progress' ||
    ticketStatus === 'blocked';
  if (state === 'fail') {
    if (ticketStatus === null || ticketStatus === 'duplicate') return 'open_ticket';
    if (ticketStatus === 'resolved' || ticketStatus === 'closed') return 'reopen';
    return 'add_result';
  }
  if (working) return 'clear';
  if (ticketStatus === 'resolved') return 'close';
  return 'nothing';
}

/** A personal-data column as the classification requirement reads it. */
export interface ClassifiedColumn {
  fieldId: string;
  assetId: string;
  label: string;
  hasSteward: boolean;
  maskingNote: string | null;
}

/** The classification requirement on the columns in scope: which are missing a steward or a masking note. */
export function checkClassificationRequirement(
  columns: readonly ClassifiedColumn[],
  requirement: { requireSteward: boolean; requireMaskingNote: boolean },
): ControlOutcome {
  if (columns.length === 0)
    return { state: 'not_evaluated', summary: 'No personal-data column is in scope yet.', evidence: [] };
  const evidence = columns.map((column): ControlEvidence => {
    const missing = [
      requirement.requireSteward && !column.hasSteward ? 'no steward of its own' : null,
      requirement.requireMaskingNote && !column.maskingNote?.trim() ? 'no masking note' : null,
    ].filter(Boolean);
    return {
      label: missing.length ? `${column.label}: ${missing.join(', ')}` : `${column.label}: in order`,
      ok: missing.length === 0,
      href: `/catalog/assets/${column.assetId}`,
    };
  });
  const failing = evidence.filter((item) => !item.ok).length;
  return failing
    ? {
        state: 'fail',
        summary: `${failing} of ${columns.length} personal-data columns miss what the policy requires.`,
        evidence: [...evidence.filter((item) => !item.ok), ...evidence.filter((item) => item.ok)],
      }
    : { state: 'pass', summary: `All ${columns.length} personal-data columns meet the requirement.`, evidence };
}

/**
 * A retention schedule against the oldest row of each table (age in days; null: no rows). A table
 * under legal hold keeps its rows whatever the schedule says: past it, it is in order, and says why.
 */
export function checkRetention(
  tables: readonly {
    assetId: string;
    label: string;
    oldestAgeDays: number | null;
    error?: string | null;
    /** The matters of the legal holds standing on the table. */
    heldFor?: readonly string[];
  }[],
  keepDays: number,
): ControlOutcome {
  if (tables.length === 0) return { state: 'not_evaluated', summary: 'No table is covered.', evidence: [] };
  const failed = tables.filter((table) => table.error);
  if (failed.length === tables.length)
    return {
      state: 'not_evaluated',
      summary: `The tables could not be read: ${failed[0]!.error}`,
      evidence: failed.map((table) => ({
        label: `${table.label}: ${table.error}`,
        ok: false,
        href: `/catalog/assets/${table.assetId}`,
      })),
    };
  const evidence = tables.map((table): ControlEvidence => {
    const href = `/catalog/assets/${table.assetId}`;
    if (table.error) return { label: `${table.label}: ${table.error}`, ok: false, href };
    if (table.oldestAgeDays === null) return { label: `${table.label}: no rows`, ok: true, href };
    const over = table.oldestAgeDays > keepDays;
    if (over && table.heldFor?.length)
      return {
        label: `${table.label}: oldest row ${table.oldestAgeDays} days old, kept under legal hold (${table.heldFor.join(', ')})`,
        ok: true,
        href,
      };
    return {
      label: `${table.label}: oldest row ${table.oldestAgeDays} days old${over ? `, ${table.oldestAgeDays - keepDays} days past the schedule` : ''}`,
      ok: !over,
      href,
    };
  });
  const failing = evidence.filter((item) => !item.ok).length;
  const held = tables.filter(
    (table) => !table.error && table.oldestAgeDays !== null && table.oldestAgeDays > keepDays && table.heldFor?.length,
  ).length;
  const tablesWord = (count: number) => (count === 1 ? 'table' : 'tables');
  if (failing)
    return {
      state: 'fail',
      summary:
        tables.length === 1
          ? `The table holds rows older than ${keepDays} days.`
          : `${failing} of ${tables.length} tables hold rows older than ${keepDays} days.`,
      evidence,
    };
  return {
    state: 'pass',
    summary: held
      ? `No table is past the ${keepDays}-day schedule but for ${held} ${tablesWord(held)} kept under legal hold.`
      : `No table holds rows older than ${keepDays} days.`,
    evidence,
  };
}

/**
 * An attestation (or access review) is due again after its frequency. A new control's first one is
 * due one period after the control was written: until then it is not evaluated, not failing.
 */
export function checkAttestation(
  latest: { at: Date; outcome: 'pass' | 'fail'; byName: string; statement: string } | null,
  frequency: ControlFrequency,
  now: Date,
  createdAt: Date = now,
): ControlOutcome {
  if (!latest) {
    const due = new Date(createdAt.getTime() + controlFrequencyDays[frequency] * 86_400_000);
    return due.getTime() > now.getTime()
      ? {
          state: 'not_evaluated',
          summary: `Not attested yet: the first attestation is due by ${due.toISOString().slice(0, 10)}.`,
          evidence: [],
        }
      : {
          state: 'fail',
          summary: `Never attested: the first attestation was due by ${due.toISOString().slice(0, 10)}.`,
          evidence: [{ label: 'No attestation yet: its owner attests it on the policy page', ok: false, href: null }],
        };
  }
  const ageDays = Math.floor((now.getTime() - latest.at.getTime()) / 86_400_000);
  const label = `${latest.byName}, ${latest.at.toISOString().slice(0, 10)}: ${latest.statement}`;
  if (latest.outcome === 'fail')
    return {
      state: 'fail',
      summary: 'The last attestation found a problem.',
      evidence: [{ label, ok: false, href: null }],
    };
  return ageDays <= controlFrequencyDays[frequency]
    ? {
        state: 'pass',
        summary:
          ageDays === 0 ? 'Attested today.' : ageDays === 1 ? 'Attested yesterday.' : `Attested ${ageDays} days ago.`,
        evidence: [{ label, ok: true, href: null }],
      }
    : {
        state: 'fail',
        summary: `Last attested ${ageDays} days ago: due again.`,
        evidence: [{ label, ok: false, href: null }],
      };
}
