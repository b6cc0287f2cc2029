import {
  dataAssets,
  maturityAssessments,
  type Queryable,
  qualityResults,
  qualityRules,
  rowsOf,
  scorecardPublications,
  tickets,
} from '@steward/db';
import {
  type Assessment,
  activeTicketStatuses,
  InputError,
  idSchema,
  type MaturityCategoryKey,
  type Metric,
  type MetricValue,
  NotAllowedError,
  NotFoundError,
  nameSchema,
  optionalTextSchema,
  type Rag,
  ragOf,
  type ScoreValues,
  trendOf,
} from '@steward/domain';
import { and, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { toAssessment } from '../maturity/assessments.js';
import { policyCompliance } from '../policies/controls.js';
import { approvedPolicyScopes } from '../policies/coverage.js';
import { sponsorsOf } from '../program/documents.js';
import { currentSteps } from '../program/next-actions.js';
import { getPrograms, stepsOfProgram } from '../program/programs.js';
import { resolveRecordLinks } from '../shared/record-links.js';
import { defineUseCase } from '../shared/use-case.js';
import { assetInDomains, domainSubtree } from './compute.js';
import { listMetrics, valuesOfMetrics } from './metrics.js';

const DAY = 86_400_000;

/** Where the open work behind a built-in metric is worked. */
const workOfBuiltIn: Record<string, string> = {
  stewardship_coverage: '/responsibility',
  glossary_coverage: '/glossary/review',
  profiling_coverage: '/catalog/assets',
  pii_classification_coverage: '/catalog/suggestions',
  quality_pass_rate: '/issues',
  time_to_resolve: '/issues',
  sla_breach_rate: '/issues',
  backlog: '/issues',
  mdm_duplicate_rate: '/mdm',
};

export interface ScorecardKpi {
  metric: Metric;
  latest: MetricValue | null;
  /** Values of the last 90 days, oldest first (the sparkline). */
  trend: MetricValue[];
  rag: Rag;
  delta: number | null;
  improving: boolean | null;
  /** Where the open work behind it is: its linked issues and roadmap items, or the screen that fixes it. */
  work: { kind: 'linked' | 'screen'; label: string; href: string | null }[];
}

export interface ScorecardCategory {
  category: MaturityCategoryKey;
  current: number | null;
  target: number | null;
  previous: number | null;
}

export interface ScorecardRisk {
  kind: 'p1_issue' | 'breached_sla' | 'failing_rule';
  label: string;
  href: string;
  ownerPersonId: string | null;
}

export interface Scorecard {
  domainId: string | null;
  assessment: Assessment | null;
  previousAssessment: Assessment | null;
  categories: ScorecardCategory[];
  overall: (ScoreValues & { previous: number | null }) | null;
  kpis: ScorecardKpi[];
  program: {
    id: string;
    name: string;
    done: number;
    total: number;
    current: { number: number; name: string }[];
  } | null;
  risks: ScorecardRisk[];
  /** Each approved policy's compliance now (the share of its evaluated controls passing). */
  policies: {
    policyId: string;
    key: string;
    title: string;
    passing: number;
    evaluated: number;
    share: number | null;
  }[];
}

/**
 * The executive scorecard: the latest maturity against target and the one before, the headline
 * metrics with their trend and red/amber/green against target, the program's progress and the top
 * risks (open P1 issues, breached SLAs, failing high and critical rules), for the organisation or
 * one domain and those below it.
 */
export async function scorecardOf(
  db: Queryable,
  options: { programId?: string | null; domainId?: string | null; now?: Date } = {},
): Promise<Scorecard> {
  const now = options.now ?? new Date();
  const domainId = options.domainId ?? null;
  const domainIds = domainId ? await domainSubtree(db, domainId) : null;

  const [latestRow] = await db
    .select()
    .from(maturityAssessments)
    .where(
      and(
        eq(maturityAssessments.status, 'closed'),
        options.programId ? eq(maturityAssessments.programId, options.programId) : undefined,
      ),
    )
    .orderBy(desc(maturityAssessments.closedAt))
    .limit(1);
  const assessment = latestRow ? toAssessment(latestRow) : null;
  const [previousRow] = assessment?.previousAssessmentId
    ? await db.select().from(maturityAssessments).where(eq(maturityAssessments.id, assessment.previousAssessmentId))
    : [];
  const previousAssessment = previousRow ? toAssessment(previousRow) : null;
  const previousOf = new Map(
    (previousAssessment?.scores?.categories ?? []).map((category) => [category.category, category.current]),
  );
  const categories = (assessment?.scores?.categories ?? []).map((category) => ({
    category: category.category,
    current: category.current,
    target: category.target,
    previous: previousOf.get(category.category) ?? null,
  }));
  const overall = assessment?.scores
    ? { ...assessment.scores.overall, previous: previousAssessment?.scores?.overall.current ?? null }
    : null;

  const metricList = await listMetrics(db);
  const since = new Date(now.getTime() - 90 * DAY).toISOString().slice(0, 10);
  const series = await valuesOfMetrics(
    db,
    metricList.map((metric) => metric.id),
    { since, domainId },
  );
  const links = await resolveRecordLinks(
    db,
    metricList.flatMap((metric) => metric.actionLinks),
  );
  const linkOf = new Map(links.map((link) => [`${link.type}:${link.id}`, link]));
  const kpis = metricList.map((metric, index): ScorecardKpi => {
    const trend = series[index] ?? [];
    const latest = trend[trend.length - 1] ?? null;
    const { delta, improving } = trendOf(trend, metric.direction);
    const own = metric.actionLinks.flatMap((item) => linkOf.get(`${item.type}:${item.id}`) ?? []);
    const builtInWork = metric.builtIn ? workOfBuiltIn[metric.builtIn] : undefined;
    return {
      metric,
      latest,
      trend,
      rag: ragOf(latest?.value ?? null, metric.target, metric.direction),
      delta,
      improving,
      work: own.length
        ? own.map((link) => ({ kind: 'linked' as const, label: link.label, href: link.href }))
        : builtInWork
          ? [{ kind: 'screen' as const, label: metric.name, href: builtInWork }]
          : [],
    };
  });
  // On a domain, manual metrics have no value of their own: only those measured there are shown.
  const shownKpis = domainId ? kpis.filter((kpi) => kpi.latest !== null) : kpis;

  const [chosen] = options.programId ? await getPrograms(db, [options.programId]) : [await firstActiveProgram(db)];
  const programSummary = await summarizeProgram(db, chosen);

  return {
    domainId,
    assessment,
    previousAssessment,
    categories,
    overall,
    kpis: shownKpis,
    program: programSummary,
    risks: await topRisks(db, domainIds),
    policies: await Promise.all(
      (await approvedPolicyScopes(db)).map(async (policy) => ({
        policyId: policy.policyId,
        key: policy.key,
        title: policy.title,
        ...(await policyCompliance(db, policy.policyId, now)),
      })),
    ),
  };
}

async function firstActiveProgram(db: Queryable) {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select id from program where status = 'active' order by created_at limit 1`),
  );
  if (!rows[0]) return undefined;
  return (await getPrograms(db, [rows[0].id]))[0];
}

async function summarizeProgram(db: Queryable, program: Awaited<ReturnType<typeof getPrograms>>[number]) {
  if (!program) return null;
  const steps = await stepsOfProgram(db, program);
  const chosen = steps.filter((step) => step.status !== 'skipped' && !step.catalogue.recurring);
  return {
    id: program.id,
    name: program.name,
    done: chosen.filter((step) => step.status === 'done').length,
    total: chosen.length,
    current: currentSteps(steps).map((step) => ({ number: step.number, name: step.catalogue.name.en })),
  };
}

/** Open P1 issues, breached SLAs and failing high or critical rules, ten of each at most. */
async function topRisks(db: Queryable, domainIds: string[] | null): Promise<ScorecardRisk[]> {
  const inScope = domainIds ? inArray(tickets.domainId, domainIds) : undefined;
  const active = inArray(tickets.status, [...activeTicketStatuses]);
  const p1 = await db
    .select({ key: tickets.key, title: tickets.title, assigneeId: tickets.assigneeId })
    .from(tickets)
    .where(and(active, eq(tickets.priority, 'P1'), inScope))
    .orderBy(desc(tickets.createdAt))
    .limit(10);
  const breached = await db
    .select({ key: tickets.key, title: tickets.title, assigneeId: tickets.assigneeId })
    .from(tickets)
    .where(and(active, or(isNotNull(tickets.triageBreachedAt), isNotNull(tickets.resolveBreachedAt)), inScope))
    .orderBy(desc(tickets.resolveDueAt))
    .limit(10);
  const ruleScope = domainIds
    ? sql`and r.asset_id in (select id from ${dataAssets} where ${assetInDomains(domainIds)})`
    : sql``;
  const failing = rowsOf<{ id: string; name: string; asset_id: string; assignee_id: string | null }>(
    await db.execute(sql`
      select r.id, r.name, r.asset_id, t.assignee_id
      from ${qualityRules} r
      join lateral (select outcome from ${qualityResults} q where q.rule_id = r.id and q.outcome <> 'error'
                    order by q.run_at desc limit 1) latest on true
      left join ${tickets} t on t.id = r.ticket_id
      where r.enabled and latest.outcome = 'failed' and r.severity in ('high', 'critical') ${ruleScope}
      order by case r.severity when 'critical' then 0 else 1 end, r.name
      limit 10`),
  );
  return [
    ...p1.map(
      (ticket): ScorecardRisk => ({
        kind: 'p1_issue',
        label: `${ticket.key} ${ticket.title}`,
        href: `/issues/${ticket.key}`,
        ownerPersonId: ticket.assigneeId,
      }),
    ),
    ...breached
      .filter((ticket) => !p1.some((other) => other.key === ticket.key))
      .map(
        (ticket): ScorecardRisk => ({
          kind: 'breached_sla',
          label: `${ticket.key} ${ticket.title}`,
          href: `/issues/${ticket.key}`,
          ownerPersonId: ticket.assigneeId,
        }),
      ),
    ...failing.map(
      (rule): ScorecardRisk => ({
        kind: 'failing_rule',
        label: rule.name,
        href: `/catalog/assets/${rule.asset_id}`,
        ownerPersonId: rule.assignee_id,
      }),
    ),
  ];
}

export const publishScorecardInputSchema = z.object({
  programId: idSchema.nullish().transform((value) => value ?? null),
  title: nameSchema,
  note: optionalTextSchema(4000),
});

export interface ScorecardPublication {
  id: string;
  programId: string | null;
  title: string;
  note: string | null;
  snapshot: Scorecard;
  publishedAt: Date;
  publishedBy: string | null;
  acknowledgements: { personId: string; at: string }[];
}

type PublicationRow = typeof scorecardPublications.$inferSelect;
const toPublication = (row: PublicationRow): ScorecardPublication => ({
  ...row,
  snapshot: row.snapshot as Scorecard,
  acknowledgements: row.acknowledgements as ScorecardPublication['acknowledgements'],
});

/** Publishes the scorecard as it reads now to the sponsors (EC14.2). */
export const publishScorecard = defineUseCase({
  action: 'metrics.scorecard.publish',
  input: publishScorecardInputSchema,
  permission: 'program:manage',
  async run({ tx, actor, audit, now }, input): Promise<ScorecardPublication> {
    if (input.programId) {
      const [program] = await getPrograms(tx, [input.programId]);
      if (!program) throw new NotFoundError('Program', input.programId, { field: 'programId' });
    }
    const snapshot = await scorecardOf(tx, { programId: input.programId, now });
    const [row] = await tx
      .insert(scorecardPublications)
      .values({ ...input, snapshot, publishedAt: now, publishedBy: actor.personId })
      .returning();
    const publication = toPublication(row!);
    await audit({
      entityType: 'ScorecardPublication',
      entityId: publication.id,
      after: { title: publication.title, programId: publication.programId },
      relatedIds: [publication.programId],
    });
    return publication;
  },
});

/** The program's executive sponsors acknowledge what is published to them; the publisher does not. */
export async function mayAcknowledge(
  db: Queryable,
  personId: string | null,
  publication: Pick<ScorecardPublication, 'programId' | 'publishedBy'>,
): Promise<boolean> {
  if (!personId || personId === publication.publishedBy) return false;
  return (await sponsorsOf(db, publication.programId ?? '00000000-0000-0000-0000-000000000000')).includes(personId);
}

/** Someone who read a published scorecard says so (a sponsor's acknowledgement counts for EC14.2). */
export const acknowledgeScorecard = defineUseCase({
  action: 'metrics.scorecard.acknowledge',
  input: z.object({ id: idSchema }),
  permission: null,
  async run({ tx, actor, audit, now }, { id }): Promise<ScorecardPublication> {
    if (!actor.personId) throw InputError.forField('id', 'can only be acknowledged by a person');
    const [current] = await tx
      .select()
      .from(scorecardPublications)
      .where(eq(scorecardPublications.id, id))
      .for('update');
    if (!current) throw new NotFoundError('ScorecardPublication', id, { field: 'id' });
    const publication = toPublication(current);
    if (!(await mayAcknowledge(tx, actor.personId, publication)))
      throw new NotAllowedError('Only the executive sponsors it was published to acknowledge a scorecard.');
    if (publication.acknowledgements.some((item) => item.personId === actor.personId)) return publication;
    const acknowledgements = [...publication.acknowledgements, { personId: actor.personId, at: now.toISOString() }];
    const [row] = await tx
      .update(scorecardPublications)
      .set({ acknowledgements })
      .where(eq(scorecardPublications.id, id))
      .returning();
    await audit({ entityType: 'ScorecardPublication', entityId: id, after: { acknowledgedBy: actor.personId } });
    return toPublication(row!);
  },
});

export async function listScorecardPublications(
  db: Queryable,
  programId: string | null = null,
  limit = 20,
): Promise<ScorecardPublication[]> {
  const rows = await db
    .select()
    .from(scorecardPublications)
    .where(programId ? eq(scorecardPublications.programId, programId) : undefined)
    .orderBy(desc(scorecardPublications.publishedAt))
    .limit(limit);
  return rows.map(toPublication);
}
