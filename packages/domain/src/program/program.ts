import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** The optional tracks (steps 10–13): a program chooses at least one. */
export const programTracks = [10, 11, 12, 13] as const;
export const reportingCadences = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type ReportingCadence = (typeof reportingCadences)[number];

const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });

export const impactFigureSchema = z.object({
  label: z.string().trim().min(1, { error: 'must say what is measured' }).max(200),
  unit: z.string().trim().min(1, { error: 'must have a unit' }).max(40),
  baseline: z.number({ error: 'must be a number' }),
  asOf: isoDate,
  target: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
});
export type ImpactFigure = z.output<typeof impactFigureSchema>;

export const programProcessSchema = z.object({
  kind: z.enum(['process', 'regulation'], { error: 'must be process or regulation' }),
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
});
export type ProgramProcess = z.output<typeof programProcessSchema>;

export const programScopeSchema = z.object({
  domainIds: z.array(idSchema).max(200).default([]),
  orgUnitIds: z.array(idSchema).max(200).default([]),
  /** Which org units count as IT (the rest are business): EC1.4 and EC2.2 read it. */
  itOrgUnitIds: z.array(idSchema).max(200).default([]),
  sourceIds: z.array(idSchema).max(200).default([]),
  outOfScope: optionalTextSchema(4000),
});
export type ProgramScope = z.output<typeof programScopeSchema>;

const tracksSchema = z
  .array(
    z
      .number()
      .int()
      .min(programTracks[0], { error: 'must be an optional track (10–13)' })
      .max(programTracks[programTracks.length - 1]!, { error: 'must be an optional track (10–13)' }),
  )
  .min(1, { error: 'must choose at least one optional track (10–13)' })
  .max(4)
  .transform((tracks) => [...new Set(tracks)].sort((a, b) => a - b));

export const createProgramInputSchema = z.object({
  name: nameSchema,
  businessProblem: optionalTextSchema(10_000),
  scope: programScopeSchema.default({
    domainIds: [],
    orgUnitIds: [],
    itOrgUnitIds: [],
    sourceIds: [],
    outOfScope: null,
  }),
  impactFigures: z.array(impactFigureSchema).max(20).default([]),
  processes: z.array(programProcessSchema).max(50).default([]),
  tracks: tracksSchema.default([10]),
  leadPersonId: idSchema.nullish().transform((value) => value ?? null),
  startDate: isoDate.nullish().transform((value) => value ?? null),
  reportingCadence: z
    .enum(reportingCadences, { error: `must be one of ${reportingCadences.join(', ')}` })
    .nullish()
    .transform((value) => value ?? null),
  nextSponsorReviewOn: isoDate.nullish().transform((value) => value ?? null),
  /** Start a new iteration of this program: its councils and glossary carry on. */
  previousProgramId: idSchema.nullish().transform((value) => value ?? null),
});
export type CreateProgramInput = z.input<typeof createProgramInputSchema>;

export const updateProgramInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  businessProblem: optionalTextSchema(10_000).optional(),
  scope: programScopeSchema.optional(),
  impactFigures: z.array(impactFigureSchema).max(20).optional(),
  processes: z.array(programProcessSchema).max(50).optional(),
  tracks: tracksSchema.optional(),
  leadPersonId: idSchema.nullish().optional(),
  startDate: isoDate.nullish().optional(),
  reportingCadence: z.enum(reportingCadences).nullish().optional(),
  nextSponsorReviewOn: isoDate.nullish().optional(),
  status: z.enum(['active', 'closed']).optional(),
});
export type UpdateProgramInput = z.input<typeof updateProgramInputSchema>;

export interface Program extends RecordMeta {
  name: string;
  businessProblem: string | null;
  scope: ProgramScope;
  impactFigures: ImpactFigure[];
  processes: ProgramProcess[];
  tracks: number[];
  leadPersonId: string | null;
  startDate: string | null;
  reportingCadence: ReportingCadence | null;
  nextSponsorReviewOn: string | null;
  iteration: number;
  previousProgramId: string | null;
  status: 'active' | 'closed';
  /** The roadmap's approval by an executive sponsor (EC4.4); items changed later show as such. */
  roadmapApprovedAt: Date | null;
  roadmapApprovedBy: string | null;
}

/**
 * Starts the next iteration of a program: the same problem, figures, scope, tracks, lead and
 * reporting carry over (councils and glossary are shared anyway); the steps start again.
 */
export const startNextIterationInputSchema = z.object({
  programId: idSchema,
  name: nameSchema,
  /** Close the iteration before (default): it stays readable, and its steps as they ended. */
  closePrevious: z.boolean().default(true),
});
export type StartNextIterationInput = z.input<typeof startNextIterationInputSchema>;

/** A sponsor approves the program's roadmap as it stands (EC4.4). */
export const approveRoadmapInputSchema = z.object({
  programId: idSchema,
  comment: optionalTextSchema(2000),
});
export type ApproveRoadmapInput = z.input<typeof approveRoadmapInputSchema>;

export const recordProgramReviewInputSchema = z.object({
  programId: idSchema,
  personId: idSchema,
  note: optionalTextSchema(2000),
});
export type RecordProgramReviewInput = z.input<typeof recordProgramReviewInputSchema>;

/** A step's stored status; `skipped` is derived for tracks the program did not choose. */
export const storedStepStatuses = ['not_started', 'in_progress', 'done'] as const;
export type StoredStepStatus = (typeof storedStepStatuses)[number];
export type StepStatus = StoredStepStatus | 'skipped';

export const updateProgramStepInputSchema = z.object({
  programId: idSchema,
  number: z.number().int().min(1).max(14, { error: 'must be a step from 1 to 14' }),
  version: versionSchema.nullish().transform((value) => value ?? null),
  status: z.enum(['not_started', 'in_progress', 'done']).optional(),
  /** Marking done with criteria still failing (steps 1–9): why. */
  overrideReason: optionalTextSchema(2000).optional(),
  ownerPersonId: idSchema.nullish().optional(),
  dueOn: isoDate.nullish().optional(),
  notes: optionalTextSchema(20_000).optional(),
  /** Tick or untick catalogue checklist items by key. */
  tick: z
    .array(z.object({ key: z.string().trim().min(1).max(20), done: z.boolean() }))
    .max(50)
    .optional(),
  /** The program's own checklist items, whole. */
  customChecklist: z
    .array(
      z.object({
        key: z.string().trim().min(1).max(40),
        text: z.string().trim().min(1, { error: 'must not be empty' }).max(500),
        done: z.boolean(),
      }),
    )
    .max(50)
    .optional(),
  /** Criterion thresholds for this program (by key). */
  thresholds: z.record(z.string().regex(/^EC\d{1,2}\.\d{1,2}$/), z.number().min(0)).optional(),
});
export type UpdateProgramStepInput = z.input<typeof updateProgramStepInputSchema>;

/** What a criterion evaluation says. `unavailable`: the area it reads is not built yet, or its input is missing. */
export type CriterionState = 'pass' | 'fail' | 'unavailable';

export interface CriterionEvidence {
  /** What the record is or what is missing: "Customer has no business steward". */
  label: string;
  /** Whether this record satisfies the criterion (true) or is what is missing (false). */
  ok: boolean;
  /** Where to see or fix it in the app (a path). */
  href: string | null;
}

export interface CriterionResult {
  key: string;
  state: CriterionState;
  /** The measured value (a share, a count, days) and the threshold it is held to, when there is one. */
  value: number | null;
  threshold: number | null;
  summary: string;
  evidence: CriterionEvidence[];
}

/** Steps gated softly: done only when every criterion passes, or with a written reason. */
export const softGatedSteps: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The fewest characters an override reason takes (a reason, not "ok"). */
export const MIN_OVERRIDE_REASON = 10;

/**
 * Whether a step may be marked done now. Steps 1–9 need every criterion to pass, or an override
 * reason (kept with the step and in the audit log); a track not chosen cannot be worked; step 14
 * recurs and is never done.
 */
export function planStepDone(
  step: { number: number; recurring: boolean; chosen: boolean },
  results: readonly CriterionResult[],
  overrideReason: string | null | undefined,
): { ok: true; overridden: boolean } | { ok: false; field: string; message: string } {
  if (step.recurring) return { ok: false, field: 'status', message: 'recurs on its cadence and is never done' };
  if (!step.chosen) return { ok: false, field: 'status', message: 'is a track this program did not choose' };
  const open = results.filter((result) => result.state !== 'pass');
  if (open.length === 0 || !softGatedSteps.includes(step.number)) return { ok: true, overridden: false };
  if (overrideReason && overrideReason.trim().length >= MIN_OVERRIDE_REASON) return { ok: true, overridden: true };
  return {
    ok: false,
    field: 'overrideReason',
    message: `is required to mark the step done with ${open.length} exit ${open.length === 1 ? 'criterion' : 'criteria'} not passing (${open.map((result) => result.key).join(', ')}): say why`,
  };
}
