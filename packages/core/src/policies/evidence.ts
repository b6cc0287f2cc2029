import {
  controlAttestations,
  controlEvaluations,
  people,
  policyControls,
  policyExceptions,
  type Queryable,
} from '@steward/db';
import { type ControlState, complianceOf, scoreOf } from '@steward/domain';
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';

const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** One day of a policy's compliance: as its controls stood at the end of that day. */
export interface CompliancePoint {
  day: string;
  share: number;
  passing: number;
  evaluated: number;
}

/**
 * A policy's compliance over the last days, one point per day from its first evaluation: each
 * control as its latest evaluation that day left it (a switched-off control leaves from the day it
 * was switched off, not before), an exception counting while it was in force. Days before any
 * control was evaluated have no point (never a 100 % nobody measured).
 */
export async function complianceHistory(
  db: Queryable,
  policyId: string,
  options: { days?: number; now?: Date } = {},
): Promise<CompliancePoint[]> {
  const now = options.now ?? new Date();
  const days = options.days ?? 90;
  const controls = await db
    .select({ id: policyControls.id })
    .from(policyControls)
    .where(eq(policyControls.policyId, policyId));
  if (controls.length === 0) return [];
  const ids = controls.map((control) => control.id);
  const evaluations = await db
    .select({
      controlId: controlEvaluations.controlId,
      state: controlEvaluations.state,
      evidence: controlEvaluations.evidence,
      evaluatedAt: controlEvaluations.evaluatedAt,
    })
    .from(controlEvaluations)
    .where(and(inArray(controlEvaluations.controlId, ids), lte(controlEvaluations.evaluatedAt, now)))
    .orderBy(asc(controlEvaluations.evaluatedAt));
  const exceptions = await db
    .select({
      controlId: policyExceptions.controlId,
      from: policyExceptions.createdAt,
      until: policyExceptions.expiresOn,
    })
    .from(policyExceptions)
    .where(inArray(policyExceptions.controlId, ids));
  const points: CompliancePoint[] = [];
  const latest = new Map<string, { state: ControlState; score: number | null }>();
  let next = 0;
  for (let offset = days - 1; offset >= 0; offset -= 1) {
    const day = dayOf(new Date(now.getTime() - offset * DAY));
    const endOfDay = new Date(`${day}T23:59:59.999Z`);
    while (next < evaluations.length && evaluations[next]!.evaluatedAt <= endOfDay) {
      const row = evaluations[next]!;
      const outcome = { state: row.state as ControlState, evidence: row.evidence as { ok: boolean }[] };
      latest.set(row.controlId, { state: outcome.state, score: scoreOf(outcome) });
      next += 1;
    }
    if (latest.size === 0) continue;
    const compliance = complianceOf(
      ids.map((id) => ({
        state: latest.get(id)?.state ?? 'not_evaluated',
        score: latest.get(id)?.score ?? null,
        excepted: exceptions.some(
          (exception) => exception.controlId === id && exception.from <= endOfDay && exception.until >= day,
        ),
      })),
    );
    if (compliance.share !== null) points.push({ day, ...compliance, share: compliance.share });
  }
  return points;
}

/** Every exception granted to a policy's controls, newest first, with whether it is still in force. */
export async function exceptionsOfPolicy(db: Queryable, policyId: string, now = new Date()) {
  return exceptionRegister(db, { policyId, now });
}

/** The exception register: exceptions granted to controls (of one policy, or all), newest first. */
export async function exceptionRegister(db: Queryable, options: { policyId?: string; now?: Date } = {}) {
  const today = dayOf(options.now ?? new Date());
  const rows = await db
    .select({
      id: policyExceptions.id,
      policyId: policyControls.policyId,
      controlId: policyExceptions.controlId,
      controlName: policyControls.name,
      reason: policyExceptions.reason,
      approvedBy: policyExceptions.approvedBy,
      grantedAt: policyExceptions.createdAt,
      expiresOn: policyExceptions.expiresOn,
    })
    .from(policyExceptions)
    .innerJoin(policyControls, eq(policyControls.id, policyExceptions.controlId))
    .where(options.policyId ? eq(policyControls.policyId, options.policyId) : undefined)
    .orderBy(desc(policyExceptions.createdAt));
  return rows.map((row) => ({ ...row, inForce: row.expiresOn >= today }));
}

/** The attestations of controls (access reviews, manual checks), newest first, per control. */
export async function attestationsOfControls(db: Queryable, controlIds: readonly string[], limit = 10) {
  if (controlIds.length === 0) return new Map<string, never[]>();
  const rows = await db
    .select({
      id: controlAttestations.id,
      controlId: controlAttestations.controlId,
      outcome: controlAttestations.outcome,
      statement: controlAttestations.statement,
      evidenceUrl: controlAttestations.evidenceUrl,
      attestedAt: controlAttestations.attestedAt,
      personId: controlAttestations.personId,
      personName: people.name,
    })
    .from(controlAttestations)
    .leftJoin(people, eq(people.id, controlAttestations.personId))
    .where(inArray(controlAttestations.controlId, [...controlIds]))
    .orderBy(desc(controlAttestations.attestedAt));
  const byControl = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byControl.get(row.controlId) ?? [];
    if (list.length < limit) list.push(row);
    byControl.set(row.controlId, list);
  }
  return byControl;
}
