import {
  acknowledgeScorecard,
  approveAssessmentReport,
  type Clock,
  closeAssessment,
  createAssessment,
  defineMetric,
  inviteRespondents,
  listMetrics,
  publishScorecard,
  recordMetricValue,
  saveAnswers,
  takeMetricSnapshot,
  updateMetric,
} from '@steward/core';
import { type Database, metricValues, roadmapItems } from '@steward/db';
import {
  type Actor,
  type MaturityCategoryKey,
  maturityCategoryKeys,
  questionsOfCategory,
  type RecordLink,
} from '@steward/domain';
import { eq } from 'drizzle-orm';

const DAY = 86_400_000;
const at = (time: number): Clock => ({ now: () => new Date(time) });
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
type Level = 1 | 2 | 3 | 4 | 5;
const level = (value: number): Level => Math.max(1, Math.min(5, Math.round(value))) as Level;

/**
 * How Homebody rated itself (demo-company.md: a program in motion): a baseline a year ago, mostly
 * "initial"; this autumn a step up where the program worked (stewardship, metadata, quality,
 * organisation), the same elsewhere. Business respondents rate a little lower than IT.
 */
const baseline: Record<MaturityCategoryKey, number> = {
  risk: 1.5,
  value: 1.2,
  organization: 1.4,
  policy: 1.3,
  stewardship: 1.2,
  quality: 1.6,
  lifecycle: 1.5,
  security: 2.0,
  architecture: 1.8,
  metadata: 1.3,
  audit: 1.7,
};
const autumn: Record<MaturityCategoryKey, number> = {
  risk: 1.8,
  value: 1.6,
  organization: 2.8,
  policy: 2.1,
  stewardship: 2.9,
  quality: 2.4,
  lifecycle: 1.6,
  security: 2.3,
  architecture: 2.2,
  metadata: 2.6,
  audit: 2.2,
};
/** Where the sponsors want to be by next autumn; lifecycle waits for a later iteration. */
const target: Record<MaturityCategoryKey, number> = {
  risk: 3,
  value: 3,
  organization: 4,
  policy: 3,
  stewardship: 4,
  quality: 4,
  lifecycle: 2,
  security: 3,
  architecture: 3,
  metadata: 4,
  audit: 3,
};

export interface MaturityActors {
  lead: Actor;
  sponsor: Actor;
  respondents: { actor: Actor; side: 'business' | 'it' }[];
}

async function runAssessment(
  db: Database,
  actors: MaturityActors,
  options: {
    name: string;
    programId: string;
    levels: Record<MaturityCategoryKey, number>;
    targets: Record<MaturityCategoryKey, number>;
    period: [number, number];
    closedAt: number;
  },
): Promise<void> {
  const { lead, sponsor, respondents } = actors;
  const assessment = await createAssessment(
    db,
    lead,
    {
      name: options.name,
      programId: options.programId,
      scope: 'Customer data across the CRM, the web shop and the service system; the organisation that governs it.',
      periodStart: isoDay(options.period[0]),
      periodEnd: isoDay(options.period[1]),
      targetDate: isoDay(options.closedAt + 365 * DAY),
      categories: [...maturityCategoryKeys],
      facilitatorPersonId: lead.personId!,
    },
    { clock: at(options.period[0]) },
  );
  await inviteRespondents(
    db,
    lead,
    {
      assessmentId: assessment.id,
      respondents: respondents.map((respondent) => ({ personId: respondent.actor.personId!, side: respondent.side })),
    },
    { clock: at(options.period[0]) },
  );
  for (const [index, respondent] of respondents.entries()) {
    const lean = respondent.side === 'business' ? -0.3 : 0.3;
    const answers = maturityCategoryKeys.flatMap((category) =>
      questionsOfCategory(category).map((question, number) => ({
        questionKey: question.key,
        // A spread of a level between questions and people, the same on every start.
        current: level(options.levels[category] + lean + ((number + index) % 3) * 0.4 - 0.4),
        target: level(options.targets[category] + ((number + index) % 2) * 0.5 - 0.25),
      })),
    );
    await saveAnswers(
      db,
      respondent.actor,
      { assessmentId: assessment.id, answers, submit: true },
      { clock: at(options.period[0] + (index + 2) * DAY) },
    );
  }
  const consensus = Object.fromEntries(
    maturityCategoryKeys.flatMap((category) =>
      questionsOfCategory(category).map((question, number) => [
        question.key,
        {
          current: level(options.levels[category] + (number % 2) * 0.4 - 0.2),
          target: level(options.targets[category]),
          comment: 'Agreed in the workshop.',
        },
      ]),
    ),
  );
  await closeAssessment(
    db,
    lead,
    { id: assessment.id, version: assessment.version, consensus },
    { clock: at(options.closedAt) },
  );
  await approveAssessmentReport(
    db,
    sponsor,
    { assessmentId: assessment.id, comment: 'Approved at the steering committee.' },
    { clock: at(options.closedAt + 5 * DAY) },
  );
}

/** The maturity categories each demo roadmap item raises (EC4.1), by title. */
const roadmapCategories: Record<string, MaturityCategoryKey[]> = {
  'Name the Customer data owner and stewards': ['stewardship', 'organization', 'policy'],
  'Approve the customer critical data elements': ['metadata'],
  'Profile and classify the CRM, web shop and service tables': ['metadata', 'security', 'risk'],
  'Quality rules on customer email, phone and address': ['quality', 'audit'],
  'Customer golden record in production': ['architecture', 'value'],
};

/**
 * Two past assessments a year apart, three months of metric history, the program's
 * business-value metrics with their owners' monthly figures, and last month's scorecard
 * acknowledged by the sponsor.
 */
export async function seedDemoMaturity(db: Database, programId: string, actors: MaturityActors): Promise<void> {
  const now = Date.now();
  await runAssessment(db, actors, {
    name: 'Baseline assessment 2025',
    programId,
    levels: baseline,
    targets: autumn,
    period: [now - 440 * DAY, now - 425 * DAY],
    closedAt: now - 420 * DAY,
  });
  await runAssessment(db, actors, {
    name: 'Autumn 2026 assessment',
    programId,
    levels: autumn,
    targets: target,
    period: [now - 75 * DAY, now - 62 * DAY],
    closedAt: now - 58 * DAY,
  });
  for (const [title, categories] of Object.entries(roadmapCategories)) {
    await db.update(roadmapItems).set({ categories }).where(eq(roadmapItems.title, title));
  }

  // Today's values, then three months of weekly history leading to them.
  await takeMetricSnapshot(db, actors.lead, {}, { clock: at(now) });
  const metrics = await listMetrics(db);
  const today = isoDay(now);
  const current = await db.select().from(metricValues);
  for (const metric of metrics.filter((item) => item.builtIn)) {
    const latest = current.find((value) => value.metricId === metric.id && value.asOf === today && !value.domainId);
    if (!latest) continue;
    // Thirteen weeks back the figure was worse by a fifth of the way to (or past) the target.
    const worse = metric.direction === 'higher_is_better' ? -1 : 1;
    const scale = metric.unit === 'share' ? 0.2 : Math.max(1, Math.abs(latest.value) * 0.4);
    const rows = Array.from({ length: 13 }, (_, week) => {
      const weeksBack = 13 - week;
      const drift = (weeksBack / 13) * scale * worse;
      const wobble = ((week * 7) % 5) * 0.004 * (metric.unit === 'share' ? 1 : scale * 5);
      const raw = latest.value + drift + wobble;
      const value = metric.unit === 'share' ? Math.max(0, Math.min(1, raw)) : Math.max(0, Math.round(raw * 10) / 10);
      return {
        metricId: metric.id,
        asOf: isoDay(now - weeksBack * 7 * DAY),
        domainId: null,
        value,
        source: 'snapshot',
        recordedAt: new Date(now - weeksBack * 7 * DAY),
      };
    });
    await db.insert(metricValues).values(rows);
  }

  // The program's business-value figures (demo-company.md), entered monthly by their owners.
  const [steve, carmen] = actors.respondents.map((respondent) => respondent.actor);
  const roadmap = await db.select({ id: roadmapItems.id, title: roadmapItems.title }).from(roadmapItems);
  const itemLink = (title: string): RecordLink[] => {
    const item = roadmap.find((row) => row.title === title);
    return item ? [{ type: 'roadmap_item', id: item.id }] : [];
  };
  const figures = [
    {
      name: 'Service visits to a wrong address',
      unit: 'visits/month',
      direction: 'lower_is_better' as const,
      baseline: 340,
      target: 50,
      owner: steve!,
      values: [340, 301, 262],
      actionLinks: itemLink('Customer golden record in production'),
    },
    {
      name: 'Duplicate rate among customer records',
      unit: '%',
      direction: 'lower_is_better' as const,
      baseline: 12,
      target: 2,
      owner: steve!,
      values: [12, 10.4, 9.1],
      actionLinks: itemLink('Customer golden record in production'),
    },
    {
      name: 'Customer-data quality score',
      unit: '%',
      direction: 'higher_is_better' as const,
      baseline: 71,
      target: 90,
      owner: carmen!,
      values: [71, 74, 78],
      actionLinks: itemLink('Quality rules on customer email, phone and address'),
    },
  ];
  for (const figure of figures) {
    const metric = await defineMetric(
      db,
      actors.lead,
      {
        name: figure.name,
        unit: figure.unit,
        direction: figure.direction,
        area: 'value',
        frequency: 'monthly',
        baseline: figure.baseline,
        target: figure.target,
        ownerPersonId: figure.owner.personId,
        stepNumber: 9,
        programId,
        actionLinks: figure.actionLinks,
      },
      { clock: at(now - 95 * DAY) },
    );
    for (const [index, value] of figure.values.entries()) {
      const day = now - (2 - index) * 30 * DAY - 2 * DAY;
      await recordMetricValue(db, figure.owner, { metricId: metric.id, value, asOf: isoDay(day) }, { clock: at(day) });
    }
  }
  // Every computed metric has an owner who answers for it on the scorecard.
  const owners: Record<string, string | null> = {
    stewardship_coverage: actors.lead.personId,
    glossary_coverage: carmen!.personId,
    profiling_coverage: actors.respondents[3]?.actor.personId ?? null,
    pii_classification_coverage: actors.respondents[3]?.actor.personId ?? null,
    quality_pass_rate: carmen!.personId,
    time_to_resolve: actors.lead.personId,
    sla_breach_rate: actors.lead.personId,
    backlog: actors.lead.personId,
    mdm_duplicate_rate: steve!.personId,
  };
  for (const metric of (await listMetrics(db)).filter((item) => item.builtIn)) {
    const ownerPersonId = owners[metric.builtIn!];
    if (ownerPersonId) await updateMetric(db, actors.lead, { id: metric.id, version: metric.version, ownerPersonId });
  }

  const publication = await publishScorecard(
    db,
    actors.lead,
    {
      programId,
      title: `Scorecard ${new Date(now - 20 * DAY).toLocaleString('en', { month: 'long', year: 'numeric' })}`,
    },
    { clock: at(now - 20 * DAY) },
  );
  await acknowledgeScorecard(db, actors.sponsor, { id: publication.id }, { clock: at(now - 18 * DAY) });
}
