import type { Queryable } from '@steward/db';
import type { CriterionResult, Program } from '@steward/domain';
import { documentsOfProgram, versionsOfDocuments } from './documents.js';
import { evaluateStepCriteria, type ProgramStep, stepsOfProgram } from './programs.js';

/** Something to do next on a program, and where in the app to do it. */
export interface NextAction {
  stepNumber: number;
  kind: 'criterion' | 'overdue_step' | 'checklist' | 'mark_done' | 'deliverable';
  label: string;
  /** The criterion it serves, when it is one. */
  criterionKey: string | null;
  href: string | null;
}

/**
 * The steps being worked now: those in progress, else the first required step (1–9) not done, and
 * after step 9 the chosen tracks and step 14. Steps are worked in order but a lead may run ahead.
 */
export function currentSteps(steps: readonly ProgramStep[]): ProgramStep[] {
  const inProgress = steps.filter((step) => step.status === 'in_progress');
  const firstOpen = steps.find((step) => step.number <= 9 && step.status === 'not_started');
  const current = [...inProgress];
  if (firstOpen && !current.some((step) => step.number === firstOpen.number)) current.push(firstOpen);
  if (!firstOpen && inProgress.length === 0) {
    current.push(...steps.filter((step) => step.number >= 10 && step.status === 'not_started'));
  }
  return current.sort((a, b) => a.number - b.number);
}

/**
 * What to do next: the failing exit criteria of the current steps (each missing record with its
 * fix link), steps past their due date, unticked checklist items of steps in progress, and steps
 * whose criteria all pass but are not marked done yet; then documents waiting for approval or
 * still in draft.
 */
export async function nextActionsOf(
  db: Queryable,
  program: Program,
  now = new Date(),
  limit = 20,
  /** Evaluates a step's criteria; a caller that evaluates them anyway (the stepper) passes its own, so it happens once. */
  evaluate: (step: { number: number; thresholds: Record<string, number> }) => Promise<CriterionResult[]> = (step) =>
    evaluateStepCriteria(db, program, step.number, step.thresholds, now),
): Promise<NextAction[]> {
  const steps = await stepsOfProgram(db, program);
  const today = now.toISOString().slice(0, 10);
  const actions: NextAction[] = [];
  for (const step of steps) {
    if (
      step.dueOn &&
      step.dueOn < today &&
      step.status !== 'done' &&
      step.status !== 'skipped' &&
      !step.catalogue.recurring
    ) {
      actions.push({
        stepNumber: step.number,
        kind: 'overdue_step',
        label: `Step ${step.number}, ${step.catalogue.name.en}, was due on ${step.dueOn}`,
        criterionKey: null,
        href: `/program/${program.id}/steps/${step.number}`,
      });
    }
  }
  for (const step of currentSteps(steps)) {
    const results = await evaluate(step);
    const failing = results.filter((result) => result.state === 'fail');
    for (const result of failing) {
      const missing = result.evidence.filter((item) => !item.ok);
      if (missing.length === 0) {
        actions.push({
          stepNumber: step.number,
          kind: 'criterion',
          label: result.summary,
          criterionKey: result.key,
          href: `/program/${program.id}/steps/${step.number}`,
        });
      }
      for (const item of missing.slice(0, 5)) {
        actions.push({
          stepNumber: step.number,
          kind: 'criterion',
          label: item.label,
          criterionKey: result.key,
          href: item.href ?? `/program/${program.id}/steps/${step.number}`,
        });
      }
    }
    if (results.length > 0 && results.every((result) => result.state === 'pass') && !step.catalogue.recurring) {
      actions.push({
        stepNumber: step.number,
        kind: 'mark_done',
        label: `Every exit criterion of step ${step.number} passes: mark it done`,
        criterionKey: null,
        href: `/program/${program.id}/steps/${step.number}`,
      });
    }
    if (step.status === 'in_progress') {
      const open = step.catalogue.checklist.filter((item) => !step.ticked[item.key]);
      for (const item of open.slice(0, 3)) {
        actions.push({
          stepNumber: step.number,
          kind: 'checklist',
          label: item.text,
          criterionKey: null,
          href: `/program/${program.id}/steps/${step.number}`,
        });
      }
    }
  }
  actions.push(...(await unapprovedDeliverables(db, program)));
  return actions.slice(0, limit);
}

/** Documents whose newest version waits for approval, or is a draft not sent yet. */
async function unapprovedDeliverables(db: Queryable, program: Program): Promise<NextAction[]> {
  const documents = await documentsOfProgram(db, program.id);
  const versions = await versionsOfDocuments(
    db,
    documents.map((document) => document.id),
  );
  return documents.flatMap((document, index): NextAction[] => {
    const latest = versions[index]?.[0];
    if (!latest || (latest.status !== 'draft' && latest.status !== 'in_review')) return [];
    return [
      {
        stepNumber: document.stepNumber,
        kind: 'deliverable',
        label:
          latest.status === 'in_review'
            ? `${latest.title} v${latest.number} waits for approval`
            : `${latest.title} v${latest.number} is a draft: finish it and send it for approval`,
        criterionKey: null,
        href: `/program/${program.id}/documents/${document.id}`,
      },
    ];
  });
}
