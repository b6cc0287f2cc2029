import { domains, orgUnits, people, programReviews, programSteps, programs, type Queryable } from '@steward/db';
import {
  type CatalogueStep,
  ConflictError,
  type CriterionResult,
  catalogueStep,
  createProgramInputSchema,
  InputError,
  idSchema,
  NotFoundError,
  type Program,
  type ProgramScope,
  planStepDone,
  processCatalogue,
  recordProgramReviewInputSchema,
  type StepStatus,
  type StoredStepStatus,
  startNextIterationInputSchema,
  updateProgramInputSchema,
  updateProgramStepInputSchema,
} from '@steward/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';
import { criterionEvaluators } from './criteria.js';

type ProgramRow = typeof programs.$inferSelect;
type StepRow = typeof programSteps.$inferSelect;

export const toProgram = (row: ProgramRow): Program => ({
  ...row,
  scope: {
    domainIds: [],
    orgUnitIds: [],
    itOrgUnitIds: [],
    sourceIds: [],
    outOfScope: null,
    ...(row.scope as Partial<ProgramScope>),
  },
  impactFigures: row.impactFigures as Program['impactFigures'],
  processes: row.processes as Program['processes'],
  tracks: row.tracks as number[],
  reportingCadence: row.reportingCadence as Program['reportingCadence'],
  status: row.status as Program['status'],
});

/** One step of one program as people see it: the catalogue's guidance with the program's state. */
export interface ProgramStep {
  programId: string;
  number: number;
  catalogue: CatalogueStep;
  /** Stored status, or `skipped` for a track the program did not choose. */
  status: StepStatus;
  version: number | null;
  ownerPersonId: string | null;
  dueOn: string | null;
  notes: string | null;
  ticked: Record<string, { by: string | null; at: string }>;
  customChecklist: { key: string; text: string; done: boolean }[];
  thresholds: Record<string, number>;
  doneAt: Date | null;
  donePersonId: string | null;
  overrideReason: string | null;
}

function toStep(program: Program, catalogue: CatalogueStep, row: StepRow | undefined): ProgramStep {
  const chosen = catalogue.kind !== 'track' || program.tracks.includes(catalogue.number);
  return {
    programId: program.id,
    number: catalogue.number,
    catalogue,
    status: chosen ? ((row?.status as StoredStepStatus | undefined) ?? 'not_started') : 'skipped',
    version: row?.version ?? null,
    ownerPersonId: row?.ownerPersonId ?? null,
    dueOn: row?.dueOn ?? null,
    notes: row?.notes ?? null,
    ticked: (row?.ticked as ProgramStep['ticked'] | undefined) ?? {},
    customChecklist: (row?.customChecklist as ProgramStep['customChecklist'] | undefined) ?? [],
    thresholds: (row?.thresholds as Record<string, number> | undefined) ?? {},
    doneAt: row?.doneAt ?? null,
    donePersonId: row?.donePersonId ?? null,
    overrideReason: row?.overrideReason ?? null,
  };
}

/** Every id the program points at must exist. */
async function assertProgramReferences(
  tx: Queryable,
  input: { scope?: ProgramScope; leadPersonId?: string | null; previousProgramId?: string | null },
) {
  const check = async (
    ids: readonly string[],
    table: typeof domains | typeof orgUnits,
    field: string,
    entity: string,
  ) => {
    if (ids.length === 0) return;
    const found = await tx
      .select({ id: table.id })
      .from(table)
      .where(inArray(table.id, [...ids]));
    const known = new Set(found.map((row) => row.id));
    const index = ids.findIndex((id) => !known.has(id));
    if (index >= 0) throw new NotFoundError(entity, ids[index]!, { field: `${field}.${index}` });
  };
  if (input.scope) {
    await check(input.scope.domainIds, domains, 'scope.domainIds', 'Domain');
    await check(input.scope.orgUnitIds, orgUnits, 'scope.orgUnitIds', 'OrgUnit');
    await check(input.scope.itOrgUnitIds, orgUnits, 'scope.itOrgUnitIds', 'OrgUnit');
  }
  if (input.leadPersonId) {
    const [lead] = await tx
      .select({ id: people.id, active: people.active })
      .from(people)
      .where(eq(people.id, input.leadPersonId));
    if (!lead) throw new NotFoundError('Person', input.leadPersonId, { field: 'leadPersonId' });
    if (!lead.active) throw InputError.forField('leadPersonId', 'is no longer active');
  }
  if (input.previousProgramId) {
    const [previous] = await tx
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.id, input.previousProgramId));
    if (!previous) throw new NotFoundError('Program', input.previousProgramId, { field: 'previousProgramId' });
  }
}

async function assertNameFree(tx: Queryable, name: string, selfId: string | null) {
  const [same] = await tx
    .select({ id: programs.id })
    .from(programs)
    .where(sql`lower(${programs.name}) = lower(${name})`);
  if (same && same.id !== selfId) throw new ConflictError(`A program named ${name} already exists.`, { field: 'name' });
}

/** Starts a governance program (or a new iteration of one). */
export const createProgram = defineUseCase({
  action: 'program.create',
  input: createProgramInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<Program> {
    await assertNameFree(tx, input.name, null);
    await assertProgramReferences(tx, input);
    let iteration = 1;
    if (input.previousProgramId) {
      const [previous] = await tx
        .select({ iteration: programs.iteration })
        .from(programs)
        .where(eq(programs.id, input.previousProgramId));
      iteration = (previous?.iteration ?? 0) + 1;
    }
    const [row] = await tx
      .insert(programs)
      .values({
        ...input,
        iteration,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning();
    const program = toProgram(row!);
    await audit({ entityType: 'Program', entityId: program.id, after: program, relatedIds: program.scope.domainIds });
    return program;
  },
});

/** Changes a program's problem, figures, scope, tracks, lead or reporting. */
export const updateProgram = defineUseCase({
  action: 'program.update',
  input: updateProgramInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<Program> {
    const [current] = await tx.select().from(programs).where(eq(programs.id, id)).for('update');
    assertVersion('Program', current, id, version);
    const before = toProgram(current as ProgramRow);
    if (patch.name) await assertNameFree(tx, patch.name, id);
    await assertProgramReferences(tx, { scope: patch.scope, leadPersonId: patch.leadPersonId });
    const [row] = await tx
      .update(programs)
      .set({ ...definedOnly(patch), version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(programs.id, id))
      .returning();
    const program = toProgram(row!);
    await audit({ entityType: 'Program', entityId: id, before, after: program, relatedIds: program.scope.domainIds });
    return program;
  },
});

/** Records that someone reviewed the problem statement (EC1.4). */
export const recordProgramReview = defineUseCase({
  action: 'program.review',
  input: recordProgramReviewInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input) {
    const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
    if (!program) throw new NotFoundError('Program', input.programId, { field: 'programId' });
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
    if (!person) throw new NotFoundError('Person', input.personId, { field: 'personId' });
    const [row] = await tx
      .insert(programReviews)
      .values({ ...input, reviewedAt: now, createdBy: actor.accountId })
      .returning();
    await audit({
      entityType: 'Program',
      entityId: input.programId,
      after: { review: row },
      relatedIds: [input.personId],
    });
    return row!;
  },
});

/** The next iteration of a program, carrying its problem, scope, tracks, lead and reporting over. */
export const startNextIteration = defineUseCase({
  action: 'program.iterate',
  input: startNextIterationInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, { programId, name, closePrevious }): Promise<Program> {
    const [current] = await tx.select().from(programs).where(eq(programs.id, programId)).for('update');
    if (!current) throw new NotFoundError('Program', programId, { field: 'programId' });
    const previous = toProgram(current);
    await assertNameFree(tx, name, null);
    const [lead] = previous.leadPersonId
      ? await tx.select({ active: people.active }).from(people).where(eq(people.id, previous.leadPersonId))
      : [];
    const meta = { createdAt: now, updatedAt: now, createdBy: actor.accountId, updatedBy: actor.accountId };
    const [row] = await tx
      .insert(programs)
      .values({
        name,
        businessProblem: previous.businessProblem,
        scope: previous.scope,
        impactFigures: previous.impactFigures,
        processes: previous.processes,
        tracks: previous.tracks,
        leadPersonId: lead?.active ? previous.leadPersonId : null,
        startDate: now.toISOString().slice(0, 10),
        reportingCadence: previous.reportingCadence,
        nextSponsorReviewOn: previous.nextSponsorReviewOn,
        iteration: previous.iteration + 1,
        previousProgramId: previous.id,
        ...meta,
      })
      .returning();
    const program = toProgram(row!);
    if (closePrevious && previous.status === 'active')
      await tx
        .update(programs)
        .set({ status: 'closed', version: previous.version + 1, updatedAt: now, updatedBy: actor.accountId })
        .where(eq(programs.id, previous.id));
    await audit({
      entityType: 'Program',
      entityId: program.id,
      after: program,
      relatedIds: [previous.id, ...program.scope.domainIds],
    });
    return program;
  },
});

async function loadProgram(tx: Queryable, id: string, field = 'programId'): Promise<Program> {
  const [row] = await tx.select().from(programs).where(eq(programs.id, id));
  if (!row) throw new NotFoundError('Program', id, { field });
  return toProgram(row);
}

/** Evaluates a step's exit criteria on the records as they are now. */
export async function evaluateStepCriteria(
  tx: Queryable,
  program: Program,
  stepNumber: number,
  thresholds: Record<string, number>,
  now = new Date(),
): Promise<CriterionResult[]> {
  const step = catalogueStep(stepNumber);
  const results: CriterionResult[] = [];
  for (const criterion of step.criteria) {
    const evaluate = criterionEvaluators[criterion.key];
    if (!evaluate) throw new Error(`No evaluator for ${criterion.key}`);
    const result = await evaluate({
      tx,
      program,
      now,
      threshold: (key, fallback) => thresholds[key] ?? criterion.threshold?.value ?? fallback,
    });
    results.push({ key: criterion.key, ...result });
  }
  return results;
}

/**
 * Works a step: status, owner, due date, notes, checklist ticks, the program's own checklist and
 * criterion thresholds. Marking steps 1–9 done needs every exit criterion to pass now, or a
 * written override reason, kept with the step and in the audit event with the failing criteria.
 */
export const updateProgramStep = defineUseCase({
  action: 'program.step.update',
  input: updateProgramStepInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input) {
    const program = await loadProgram(tx, input.programId);
    const catalogue = catalogueStep(input.number);
    const [current] = await tx
      .select()
      .from(programSteps)
      .where(and(eq(programSteps.programId, program.id), eq(programSteps.number, input.number)))
      .for('update');
    if (current && input.version !== null && current.version !== input.version) {
      assertVersion('ProgramStep', current, current.id, input.version);
    }
    const before = toStep(program, catalogue, current);
    if (before.status === 'skipped') throw InputError.forField('number', 'is a track this program did not choose');
    const knownKeys = new Set(catalogue.checklist.map((item) => item.key));
    const ticked = { ...before.ticked };
    input.tick?.forEach((tick, index) => {
      if (!knownKeys.has(tick.key))
        throw InputError.forField(`tick.${index}.key`, `is not a checklist item of step ${input.number}`);
      if (tick.done) ticked[tick.key] = { by: actor.personId, at: now.toISOString() };
      else delete ticked[tick.key];
    });
    const thresholds = { ...before.thresholds, ...(input.thresholds ?? {}) };
    const criterionKeysOfStep = new Set(catalogue.criteria.map((criterion) => criterion.key));
    Object.keys(input.thresholds ?? {}).forEach((key) => {
      if (!criterionKeysOfStep.has(key))
        throw InputError.forField(`thresholds.${key}`, `is not an exit criterion of step ${input.number}`);
    });
    let gate: { overridden: boolean; failing: string[] } | null = null;
    const changes: Partial<StepRow> = {
      ...definedOnly({ ownerPersonId: input.ownerPersonId, dueOn: input.dueOn, notes: input.notes }),
      ticked,
      thresholds,
      ...(input.customChecklist ? { customChecklist: input.customChecklist } : {}),
    };
    if (input.status && input.status !== before.status) {
      changes.status = input.status;
      if (input.status === 'done') {
        const results = await evaluateStepCriteria(tx, program, input.number, thresholds, now);
        const plan = planStepDone(
          { number: input.number, recurring: Boolean(catalogue.recurring), chosen: true },
          results,
          input.overrideReason,
        );
        if (!plan.ok) throw InputError.forField(plan.field, plan.message);
        gate = {
          overridden: plan.overridden,
          failing: results.filter((result) => result.state !== 'pass').map((result) => result.key),
        };
        Object.assign(changes, {
          doneAt: now,
          donePersonId: actor.personId,
          overrideReason: plan.overridden ? input.overrideReason!.trim() : null,
        });
      } else {
        Object.assign(changes, { doneAt: null, donePersonId: null, overrideReason: null });
      }
    }
    const values = { ...changes, updatedAt: now, updatedBy: actor.accountId };
    const [row] = current
      ? await tx
          .update(programSteps)
          .set({ ...values, version: current.version + 1 })
          .where(eq(programSteps.id, current.id))
          .returning()
      : await tx
          .insert(programSteps)
          .values({
            programId: program.id,
            number: input.number,
            ...values,
            createdAt: now,
            createdBy: actor.accountId,
          })
          .returning();
    const after = toStep(program, catalogue, row);
    await audit({
      entityType: 'ProgramStep',
      entityId: row!.id,
      before: { status: before.status, ownerPersonId: before.ownerPersonId, dueOn: before.dueOn },
      after: {
        number: input.number,
        status: after.status,
        ownerPersonId: after.ownerPersonId,
        dueOn: after.dueOn,
        ...(gate ? { gate } : {}),
        ...(after.overrideReason ? { overrideReason: after.overrideReason } : {}),
      },
      relatedIds: [program.id],
    });
    return after;
  },
});

export async function listPrograms(db: Queryable): Promise<Program[]> {
  const rows = await db
    .select()
    .from(programs)
    .orderBy(asc(sql`lower(${programs.name})`), asc(programs.id));
  return rows.map(toProgram);
}

export async function getPrograms(db: Queryable, ids: readonly string[]): Promise<(Program | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(programs).where(inArray(programs.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toProgram(row)]));
  return ids.map((id) => byId.get(id));
}

/** The 14 steps of a program, catalogue and state together, in order. */
export async function stepsOfProgram(db: Queryable, program: Program): Promise<ProgramStep[]> {
  const rows = await db.select().from(programSteps).where(eq(programSteps.programId, program.id));
  return processCatalogue.map((catalogue) =>
    toStep(
      program,
      catalogue,
      rows.find((row) => row.number === catalogue.number),
    ),
  );
}

export async function reviewsOfProgram(db: Queryable, programId: string) {
  return db
    .select()
    .from(programReviews)
    .where(eq(programReviews.programId, programId))
    .orderBy(asc(programReviews.reviewedAt));
}
