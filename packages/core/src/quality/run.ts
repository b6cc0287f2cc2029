import {
  type Database,
  dataAssets,
  dataFields,
  fieldClassifications,
  qualityResults,
  qualityRules,
  tickets,
} from '@steward/db';
import {
  type Actor,
  InputError,
  idSchema,
  judgeMeasurement,
  maskSamples,
  priorityOfSeverity,
  type QualityMeasurement,
  type QualityRule,
  reconcileRuleTicket,
  systemActor,
  type TicketStatus,
  withoutQuotedValues,
} from '@steward/domain';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import { withSourceSession } from '../catalog/postgres-connector.js';
import type { SecretBox } from '../catalog/secret-box.js';
import { credentialsOf, loadDataSourceRow } from '../catalog/sources.js';
import { createTicket, transitionTicket } from '../issues/tickets.js';
import { appendTicketEvent } from '../issues/timeline.js';
import { enqueueJob, type Job } from '../jobs/job-queue.js';
import { type Clock, defineUseCase, systemClock } from '../shared/use-case.js';
import { measureRule } from './measure.js';
import { dueQualityRules, type QualityResult, toQualityRule } from './rules.js';

export const QUALITY_RUN_JOB = 'quality.run';
/** The recurring job that runs rules whose schedule is due. */
export const QUALITY_SCHEDULE_JOB = 'quality.schedule';

export interface QualityRunJobPayload {
  ruleIds: string[];
  actor: { accountId: string | null; personId: string | null; role: Actor['role']; label: string };
}

/** Queues a run of rules now (all of one table, or any list); the job reads the sources. */
export const requestQualityRun = defineUseCase({
  action: 'quality.rule.run_requested',
  input: z.object({
    ruleIds: z
      .array(idSchema, { error: 'must be a list of rule ids' })
      .min(1, { error: 'must name at least one rule' })
      .max(100, { error: 'must name at most 100 rules at a time' }),
  }),
  permission: 'quality:manage',
  async run({ tx, actor, audit }, { ruleIds }): Promise<Job> {
    const rules = await tx.select({ id: qualityRules.id }).from(qualityRules).where(inArray(qualityRules.id, ruleIds));
    if (rules.length !== new Set(ruleIds).size)
      throw InputError.forField('ruleIds', 'names a rule that does not exist');
    const payload: QualityRunJobPayload = {
      ruleIds,
      actor: { accountId: actor.accountId, personId: actor.personId, role: actor.role, label: actor.label },
    };
    const job = await enqueueJob(tx, { kind: QUALITY_RUN_JOB, payload, createdBy: actor.accountId, maxAttempts: 1 });
    await audit({ entityType: 'Job', entityId: job.id, after: { kind: job.kind, ruleIds }, relatedIds: ruleIds });
    return job;
  },
});

type Measured = {
  rule: QualityRule;
  label: string;
  measurement: QualityMeasurement | null;
  error: string | null;
  durationMs: number;
};

/**
 * Runs rules against their sources (one read-only session per source, each rule under the
 * statement timeout) and records every outcome with what it means for the rule's ticket.
 */
export async function runQualityRules(
  db: Database,
  ruleIds: readonly string[],
  secrets: SecretBox,
  options: { jobId?: string | null; clock?: Clock; onProgress?: (progress: unknown) => void } = {},
): Promise<{ passed: number; failed: number; errors: number }> {
  const clock = options.clock ?? systemClock;
  const rows = await db
    .select({
      rule: qualityRules,
      sourceId: dataAssets.sourceId,
      schemaName: dataAssets.schemaName,
      assetName: dataAssets.name,
      column: dataFields.name,
    })
    .from(qualityRules)
    .innerJoin(dataAssets, eq(dataAssets.id, qualityRules.assetId))
    .leftJoin(dataFields, eq(dataFields.id, qualityRules.fieldId))
    .where(and(inArray(qualityRules.id, [...ruleIds]), isNull(dataAssets.removedAt)));
  const bySource = new Map<string, typeof rows>();
  for (const row of rows) bySource.set(row.sourceId, [...(bySource.get(row.sourceId) ?? []), row]);
  const measured: Measured[] = [];
  let done = 0;
  for (const [sourceId, sourceRules] of bySource) {
    const source = await loadDataSourceRow(db, sourceId);
    const label = (row: (typeof rows)[number]) =>
      `${row.schemaName}.${row.assetName}${row.column ? `.${row.column}` : ''}`;
    try {
      await withSourceSession(
        credentialsOf(source, secrets),
        async (sql) => {
          for (const row of sourceRules) {
            options.onProgress?.({ done, total: rows.length, current: row.rule.name });
            const started = Date.now();
            // A savepoint per rule: one rule's SQL error must not end the others' session.
            try {
              const measurement = await sql.savepoint((inner) =>
                measureRule(
                  inner,
                  { schema: row.schemaName, name: row.assetName },
                  row.column,
                  toQualityRule(row.rule).params,
                ),
              );
              measured.push({
                rule: toQualityRule(row.rule),
                label: label(row),
                measurement,
                error: null,
                durationMs: Date.now() - started,
              });
            } catch (error) {
              measured.push({
                rule: toQualityRule(row.rule),
                label: label(row),
                measurement: null,
                error: error instanceof Error ? error.message.slice(0, 1000) : String(error),
                durationMs: Date.now() - started,
              });
            }
            done += 1;
          }
        },
        { statementTimeoutMs: 60_000 },
      );
    } catch (error) {
      for (const row of sourceRules) {
        if (measured.some((item) => item.rule.id === row.rule.id)) continue;
        measured.push({
          rule: toQualityRule(row.rule),
          label: label(row),
          measurement: null,
          error: error instanceof Error ? error.message : String(error),
          durationMs: 0,
        });
      }
    }
  }
  // Columns holding personal data (confirmed or suggested) keep only the shapes of their values.
  const fieldIds = [...new Set(measured.map((item) => item.rule.fieldId).filter((id): id is string => Boolean(id)))];
  const personal = new Set(
    fieldIds.length === 0
      ? []
      : (
          await db
            .select({ fieldId: fieldClassifications.fieldId })
            .from(fieldClassifications)
            .where(and(inArray(fieldClassifications.fieldId, fieldIds), ne(fieldClassifications.status, 'rejected')))
        ).map((row) => row.fieldId),
  );
  for (const item of measured) {
    if (item.measurement && item.rule.fieldId && personal.has(item.rule.fieldId)) {
      item.measurement = { ...item.measurement, samples: maskSamples(item.measurement.samples) };
    }
    if (item.error) item.error = withoutQuotedValues(item.error);
  }
  const summary = { passed: 0, failed: 0, errors: 0 };
  for (const item of measured) {
    const result = await recordRuleOutcome(db, item, { jobId: options.jobId ?? null, now: clock.now() });
    if (result.outcome === 'passed') summary.passed += 1;
    else if (result.outcome === 'failed') summary.failed += 1;
    else summary.errors += 1;
  }
  return summary;
}

const count = new Intl.NumberFormat('en-US');
const percent = (ratio: number) => `${(Math.floor(ratio * 1000) / 10).toFixed(1)}%`;

function describeResult(rule: QualityRule, measurement: QualityMeasurement, passRatio: number): string {
  if (rule.kind === 'freshness') return `newest value ${measurement.observed ?? 'none'}`;
  if (rule.kind === 'row_count') return `${count.format(Number(measurement.observed ?? 0))} rows`;
  return `${count.format(measurement.failingRows)} of ${count.format(measurement.checkedRows)} rows fail (${percent(passRatio)} pass, threshold ${percent(rule.threshold)})`;
}

/**
 * Records one run and applies it to the rule's ticket, in one transaction: a failure opens the
 * ticket (routed like any other), adds to it while it is open, or reopens it; a pass verifies and
 * closes a resolved one. A run that could not measure (the source was down) touches no ticket.
 */
export async function recordRuleOutcome(
  db: Database,
  item: Measured,
  options: { jobId: string | null; now: Date },
): Promise<QualityResult> {
  const { rule, measurement, now } = { ...item, now: options.now };
  const actor = systemActor(`Quality rule “${rule.name}”`);
  const clock: Clock = { now: () => now };
  return db.transaction(async (tx) => {
    const judged = measurement ? judgeMeasurement(rule.kind, rule.threshold, measurement) : null;
    const [row] = await tx
      .insert(qualityResults)
      .values({
        ruleId: rule.id,
        jobId: options.jobId,
        outcome: judged?.outcome ?? 'error',
        checkedRows: measurement?.checkedRows ?? 0,
        failingRows: measurement?.failingRows ?? 0,
        passRatio: judged?.passRatio ?? null,
        observed: measurement?.observed ?? null,
        samples: measurement?.samples ?? [],
        error: item.error,
        durationMs: item.durationMs,
        runAt: now,
      })
      .returning();
    const result = row as QualityResult;
    let ticketId = rule.ticketId;
    if (judged && measurement) {
      const [ticket] = ticketId
        ? await tx
            .select({ status: tickets.status, version: tickets.version })
            .from(tickets)
            .where(eq(tickets.id, ticketId))
        : [];
      const status = (ticket?.status as TicketStatus | undefined) ?? null;
      const action = reconcileRuleTicket(judged.outcome, status);
      const note = `${rule.name} ${judged.outcome === 'passed' ? 'passes' : 'fails'}: ${describeResult(rule, measurement, judged.passRatio)}.`;
      const resultData = {
        resultId: result.id,
        ruleId: rule.id,
        outcome: judged.outcome,
        failingRows: measurement.failingRows,
        checkedRows: measurement.checkedRows,
        passRatio: judged.passRatio,
      };
      const asDatabase = tx as unknown as Database;
      if (action === 'open_ticket') {
        const samples = measurement.samples.length
          ? `\n\nFailing values: ${measurement.samples.map((sample) => `\`${sample.value ?? 'null'}\` (${sample.count})`).join(', ')}`
          : '';
        const created = await createTicket(
          asDatabase,
          actor,
          {
            kind: 'data_quality',
            title: `${rule.name} fails on ${item.label}`,
            description: `The data-quality rule **${rule.name}** (${rule.dimension}) fails: ${describeResult(rule, measurement, judged.passRatio)}.${samples}`,
            priority: priorityOfSeverity[rule.severity],
            links: [
              rule.fieldId ? { type: 'field', id: rule.fieldId } : { type: 'asset', id: rule.assetId },
              { type: 'quality_rule', id: rule.id },
            ],
          },
          { clock },
        );
        ticketId = created.id;
        await appendTicketEvent(tx, actor, { ticketId, kind: 'quality_result', body: note, data: resultData, at: now });
      } else if (action === 'add_result' && ticketId) {
        await appendTicketEvent(tx, actor, { ticketId, kind: 'quality_result', body: note, data: resultData, at: now });
      } else if (action === 'reopen' && ticketId && ticket) {
        await transitionTicket(
          asDatabase,
          actor,
          { id: ticketId, version: ticket.version, action: 'reopen', comment: `The rule fails again. ${note}` },
          { clock },
        );
        await appendTicketEvent(tx, actor, { ticketId, kind: 'quality_result', body: note, data: resultData, at: now });
      } else if (action === 'verify_and_close' && ticketId && ticket) {
        await transitionTicket(
          asDatabase,
          actor,
          { id: ticketId, version: ticket.version, action: 'close', comment: `Verified: ${note}` },
          { clock },
        );
      }
    }
    await tx
      .update(qualityRules)
      .set({
        lastRunAt: now,
        nextRunAt: rule.everyMinutes ? new Date(now.getTime() + rule.everyMinutes * 60_000) : null,
        ticketId,
      })
      .where(eq(qualityRules.id, rule.id));
    await recordAudit(tx, actor, 'quality.rule.run', {
      entityType: 'QualityRule',
      entityId: rule.id,
      after: { outcome: result.outcome, failingRows: result.failingRows, checkedRows: result.checkedRows, ticketId },
      relatedIds: [ticketId],
    });
    return result;
  });
}

/** Runs every rule whose schedule is due (the recurring job). */
export async function runScheduledQualityRules(
  db: Database,
  secrets: SecretBox,
  options: { jobId?: string | null; clock?: Clock } = {},
) {
  const due = await dueQualityRules(db, (options.clock ?? systemClock).now());
  if (due.length === 0) return { passed: 0, failed: 0, errors: 0 };
  return runQualityRules(
    db,
    due.map((rule) => rule.id),
    secrets,
    options,
  );
}
