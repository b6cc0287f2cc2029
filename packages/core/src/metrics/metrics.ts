import { domains, metrics, metricValues, people, programs, type Queryable } from '@steward/db';
import {
  type BuiltInMetricKey,
  builtInMetric,
  builtInMetrics,
  can,
  defineMetricInputSchema,
  InputError,
  idSchema,
  type Metric,
  type MetricValue,
  NotAllowedError,
  NotFoundError,
  recordMetricValueInputSchema,
  updateMetricInputSchema,
} from '@steward/domain';
import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { assertRecordLinks } from '../shared/record-links.js';
import { defineUseCase } from '../shared/use-case.js';
import { assertVersion, definedOnly } from '../shared/versioning.js';
import { computeBuiltInMetric } from './compute.js';

/** The job that takes the daily values of the built-in metrics. */
export const METRICS_SNAPSHOT_JOB = 'metrics.snapshot';

type MetricRow = typeof metrics.$inferSelect;
type ValueRow = typeof metricValues.$inferSelect;

export const toMetric = (row: MetricRow): Metric => ({
  ...row,
  builtIn: row.builtIn as BuiltInMetricKey | null,
  direction: row.direction as Metric['direction'],
  area: row.area as Metric['area'],
  frequency: row.frequency as Metric['frequency'],
  actionLinks: row.actionLinks as Metric['actionLinks'],
});

const toValue = (row: ValueRow): MetricValue => ({
  metricId: row.metricId,
  asOf: row.asOf,
  domainId: row.domainId,
  value: row.value,
  note: row.note,
  source: row.source as MetricValue['source'],
});

/** Units that mean "per cent": values outside 0–100 are mistakes. */
const isPercentUnit = (unit: string) => ['%', 'percent', 'percentage', 'per cent'].includes(unit.trim().toLowerCase());

/** One value per metric, day and domain: a later one replaces it. */
async function upsertValue(tx: Queryable, value: typeof metricValues.$inferInsert): Promise<ValueRow> {
  await tx
    .delete(metricValues)
    .where(
      and(
        eq(metricValues.metricId, value.metricId),
        eq(metricValues.asOf, value.asOf),
        value.domainId ? eq(metricValues.domainId, value.domainId) : isNull(metricValues.domainId),
      ),
    );
  const [row] = await tx.insert(metricValues).values(value).returning();
  return row!;
}

/** Makes sure every built-in metric has its definition row (targets start at the defaults). */
export async function ensureBuiltInMetrics(db: Queryable): Promise<void> {
  await db
    .insert(metrics)
    .values(
      builtInMetrics.map((metric) => ({
        builtIn: metric.key,
        name: metric.name,
        description: metric.description,
        unit: metric.unit,
        direction: metric.direction,
        area: metric.area,
        frequency: 'daily',
        target: metric.defaultTarget,
        stepNumber: metric.stepNumber,
      })),
    )
    .onConflictDoNothing();
}

async function assertOwner(tx: Queryable, ownerPersonId: string | null | undefined) {
  if (!ownerPersonId) return;
  const [owner] = await tx.select({ id: people.id }).from(people).where(eq(people.id, ownerPersonId));
  if (!owner) throw new NotFoundError('Person', ownerPersonId, { field: 'ownerPersonId' });
}

async function assertProgram(tx: Queryable, programId: string | null | undefined) {
  if (!programId) return;
  const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, programId));
  if (!program) throw new NotFoundError('Program', programId, { field: 'programId' });
}

async function assertNameFree(tx: Queryable, name: string, selfId: string | null) {
  const [same] = await tx.select({ id: metrics.id }).from(metrics).where(sql`lower(${metrics.name}) = lower(${name})`);
  if (same && same.id !== selfId) throw InputError.forField('name', `is taken by another metric`);
}

/** Defines a manual metric (a business-value figure, a survey score) with its owner and target. */
export const defineMetric = defineUseCase({
  action: 'metrics.define',
  input: defineMetricInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<Metric> {
    await assertNameFree(tx, input.name, null);
    await assertOwner(tx, input.ownerPersonId);
    await assertProgram(tx, input.programId);
    await assertRecordLinks(tx, input.actionLinks, (index) => `actionLinks.${index}.id`);
    const [row] = await tx
      .insert(metrics)
      .values({ ...input, createdAt: now, updatedAt: now, createdBy: actor.accountId, updatedBy: actor.accountId })
      .returning();
    const metric = toMetric(row!);
    await audit({ entityType: 'Metric', entityId: metric.id, after: metric });
    return metric;
  },
});

/** Changes a metric's definition: target, owner, baseline, the work linked to it; a built-in keeps its computation. */
export const updateMetric = defineUseCase({
  action: 'metrics.update',
  input: updateMetricInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, { id, version, ...patch }): Promise<Metric> {
    const [current] = await tx.select().from(metrics).where(eq(metrics.id, id)).for('update');
    assertVersion('Metric', current, id, version);
    const before = toMetric(current as MetricRow);
    if (before.builtIn && (patch.unit !== undefined || patch.direction !== undefined))
      throw InputError.forField(
        patch.unit !== undefined ? 'unit' : 'direction',
        'is fixed for a metric Steward computes',
      );
    if (patch.name) await assertNameFree(tx, patch.name, id);
    await assertOwner(tx, patch.ownerPersonId);
    await assertProgram(tx, patch.programId);
    if (patch.actionLinks) await assertRecordLinks(tx, patch.actionLinks, (index) => `actionLinks.${index}.id`);
    const [row] = await tx
      .update(metrics)
      .set({ ...definedOnly(patch), version: before.version + 1, updatedAt: now, updatedBy: actor.accountId })
      .where(eq(metrics.id, id))
      .returning();
    const metric = toMetric(row!);
    await audit({ entityType: 'Metric', entityId: id, before, after: metric });
    return metric;
  },
});

/** The owner (or the program's team) enters a manual metric's value for a day; a second entry replaces it. */
export const recordMetricValue = defineUseCase({
  action: 'metrics.record',
  input: recordMetricValueInputSchema,
  permission: null,
  async run({ tx, actor, audit, now }, input): Promise<MetricValue> {
    const [metric] = await tx.select().from(metrics).where(eq(metrics.id, input.metricId));
    if (!metric) throw new NotFoundError('Metric', input.metricId, { field: 'metricId' });
    if (metric.builtIn) throw InputError.forField('metricId', 'is computed by Steward; its values are taken daily');
    const owner = actor.personId !== null && actor.personId === metric.ownerPersonId;
    if (!owner && !can(actor, 'program:manage'))
      throw new NotAllowedError("Only the metric's owner or the program's team records its values.");
    if (input.asOf > now.toISOString().slice(0, 10)) throw InputError.forField('asOf', 'must not be in the future');
    if (isPercentUnit(metric.unit) && (input.value < 0 || input.value > 100))
      throw InputError.forField('value', 'must be a percentage from 0 to 100');
    if (metric.unit === 'share' && (input.value < 0 || input.value > 1))
      throw InputError.forField('value', 'must be a share from 0 to 1');
    const row = await upsertValue(tx, {
      metricId: input.metricId,
      asOf: input.asOf,
      domainId: null,
      value: input.value,
      note: input.note,
      source: 'manual',
      recordedAt: now,
      recordedBy: actor.personId,
    });
    const value = toValue(row);
    await audit({ entityType: 'Metric', entityId: metric.id, after: value });
    return value;
  },
});

/**
 * Takes today's value of every active built-in metric, for the organisation and for each domain
 * (those that can be taken per domain); run daily by a job and on demand.
 */
export const takeMetricSnapshot = defineUseCase({
  action: 'metrics.snapshot',
  input: z.object({}).default({}),
  permission: 'program:manage',
  async run({ tx, audit, now }): Promise<{ asOf: string; values: number }> {
    await ensureBuiltInMetrics(tx);
    const asOf = now.toISOString().slice(0, 10);
    const rows = await tx
      .select()
      .from(metrics)
      .where(and(eq(metrics.active, true), sql`${metrics.builtIn} is not null`));
    const domainRows = await tx.select({ id: domains.id }).from(domains);
    let count = 0;
    for (const row of rows) {
      const definition = builtInMetric(row.builtIn!);
      if (!definition) continue;
      const scopes: (string | null)[] = [null, ...(definition.perDomain ? domainRows.map((domain) => domain.id) : [])];
      for (const domainId of scopes) {
        const value = await computeBuiltInMetric(tx, definition.key, { domainId, now });
        if (value === null) continue;
        await upsertValue(tx, {
          metricId: row.id,
          asOf,
          domainId,
          value,
          note: null,
          source: 'snapshot',
          recordedAt: now,
          recordedBy: null,
        });
        count += 1;
      }
    }
    await audit({ entityType: 'MetricSnapshot', entityId: null, after: { asOf, values: count } });
    return { asOf, values: count };
  },
});

/** Every metric, built-in first then by name; only active ones unless asked. */
export async function listMetrics(db: Queryable, options: { includeInactive?: boolean } = {}): Promise<Metric[]> {
  const rows = await db
    .select()
    .from(metrics)
    .where(options.includeInactive ? undefined : eq(metrics.active, true))
    .orderBy(sql`${metrics.builtIn} is null`, asc(metrics.name));
  return rows.map(toMetric);
}

export async function getMetrics(db: Queryable, ids: readonly string[]): Promise<(Metric | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select().from(metrics).where(inArray(metrics.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toMetric(row)]));
  return ids.map((id) => byId.get(id));
}

/** The newest value of each metric (or null), for the organisation or one domain: one row per metric read. */
export async function latestValuesOfMetrics(
  db: Queryable,
  metricIds: readonly string[],
  domainId: string | null = null,
): Promise<(MetricValue | null)[]> {
  if (metricIds.length === 0) return [];
  const rows = await db
    .selectDistinctOn([metricValues.metricId])
    .from(metricValues)
    .where(
      and(
        inArray(metricValues.metricId, [...metricIds]),
        domainId ? eq(metricValues.domainId, domainId) : isNull(metricValues.domainId),
      ),
    )
    .orderBy(metricValues.metricId, desc(metricValues.asOf));
  const byMetric = new Map(rows.map((row) => [row.metricId, toValue(row)]));
  return metricIds.map((id) => byMetric.get(id) ?? null);
}

/** Values of each metric since a day, oldest first, for the organisation or one domain. */
export async function valuesOfMetrics(
  db: Queryable,
  metricIds: readonly string[],
  options: { since?: string | null; domainId?: string | null } = {},
): Promise<MetricValue[][]> {
  if (metricIds.length === 0) return [];
  const rows = await db
    .select()
    .from(metricValues)
    .where(
      and(
        inArray(metricValues.metricId, [...metricIds]),
        options.domainId ? eq(metricValues.domainId, options.domainId) : isNull(metricValues.domainId),
        options.since ? gte(metricValues.asOf, options.since) : undefined,
      ),
    )
    .orderBy(asc(metricValues.asOf));
  return metricIds.map((id) => rows.filter((row) => row.metricId === id).map(toValue));
}
