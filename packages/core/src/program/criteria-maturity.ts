import { maturityAssessments, people } from '@steward/db';
import {
  isCurrent,
  maturityCategory,
  questionsOfAssessment,
  ragOf,
  respondentGaps,
  summarizeQuestion,
} from '@steward/domain';
import { desc, eq, inArray } from 'drizzle-orm';
import { answersOf, respondentsOf, toAssessment } from '../maturity/assessments.js';
import { latestValuesOfMetrics, listMetrics } from '../metrics/metrics.js';
import { listScorecardPublications } from '../metrics/scorecard.js';
import { type CriterionContext, DAY, type Evaluator, evidence, outcome } from './criteria-context.js';
import { sponsorsOf } from './documents.js';
import { roadmapOf } from './roadmap.js';

/**
 * Exit criteria that read maturity assessments (steps 3, 4 and 14) and metrics (steps 9 and 14).
 */

/**
 * The program's own assessments, the closed ones first (newest first), then the open ones: a new
 * draft does not undo the evidence of the assessment the step was done on.
 */
async function assessmentsOf(context: CriterionContext) {
  const rows = await context.tx
    .select()
    .from(maturityAssessments)
    .where(eq(maturityAssessments.programId, context.program.id))
    .orderBy(desc(maturityAssessments.createdAt));
  const assessments = rows.map(toAssessment);
  return [
    ...assessments
      .filter((assessment) => assessment.status === 'closed')
      .sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0)),
    ...assessments.filter((assessment) => assessment.status !== 'closed'),
  ];
}

const assessmentHref = (id: string) => `/maturity/assessments/${id}`;
const noAssessment = () =>
  outcome('fail', 'No maturity assessment yet.', [evidence('Start a maturity assessment', false, '/maturity')]);

/** Names of people by id. */
async function namesOf(context: CriterionContext, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await context.tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The period a scorecard covers: the program's reporting cadence (quarterly unless set). */
const cadenceDays = { monthly: 31, quarterly: 92, semiannual: 183, annual: 366 } as const;

export const maturityEvaluators: Record<string, Evaluator> = {
  'EC3.1': async (context) => {
    const [latest] = await assessmentsOf(context);
    if (!latest) return noAssessment();
    const items = [
      evidence(latest.scope ? 'Scope written' : 'No scope written', Boolean(latest.scope), assessmentHref(latest.id)),
      evidence(
        latest.periodStart && latest.periodEnd
          ? `Period ${latest.periodStart} to ${latest.periodEnd}`
          : 'No period set',
        Boolean(latest.periodStart && latest.periodEnd),
        assessmentHref(latest.id),
      ),
      evidence(
        latest.targetDate ? `Target date ${latest.targetDate}` : 'No target date',
        Boolean(latest.targetDate),
        assessmentHref(latest.id),
      ),
      evidence(
        `${latest.categories.length} categories selected`,
        latest.categories.length > 0,
        assessmentHref(latest.id),
      ),
    ];
    return items.every((item) => item.ok)
      ? outcome('pass', `${latest.name} has its scope, period, target date and categories.`, items)
      : outcome('fail', `${latest.name} lacks a scope, a period or a target date.`, items);
  },
  'EC3.2': async (context) => {
    const [latest] = await assessmentsOf(context);
    if (!latest) return noAssessment();
    const respondents = await respondentsOf(context.tx, latest.id);
    const gaps = respondentGaps(latest.categories, respondents);
    const business = respondents.filter((respondent) => respondent.side === 'business').length;
    const it = respondents.length - business;
    const items = [
      evidence(`${business} business respondent(s)`, business > 0, assessmentHref(latest.id)),
      evidence(`${it} IT respondent(s)`, it > 0, assessmentHref(latest.id)),
    ];
    return gaps.length === 0
      ? outcome('pass', `Every category has business and IT respondents (${respondents.length} in all).`, items)
      : outcome('fail', `${gaps.length} categories lack a business or an IT respondent.`, items);
  },
  'EC3.3': async (context) => {
    const threshold = context.threshold('EC3.3', 2);
    const [latest] = await assessmentsOf(context);
    if (!latest) return noAssessment();
    const questions = questionsOfAssessment(latest);
    const answers = await answersOf(context.tx, latest.id);
    const missing = questions.filter((question) => !latest.consensus[question.key]);
    const uncommented = questions.filter((question) => {
      const agreed = latest.consensus[question.key];
      if (!agreed || agreed.comment) return false;
      const median = summarizeQuestion(answers.filter((answer) => answer.questionKey === question.key)).median;
      return median !== null && Math.abs(agreed.current - median) >= threshold;
    });
    const items = [
      evidence(
        missing.length
          ? `${missing.length} of ${questions.length} questions have no agreed levels`
          : `All ${questions.length} questions agreed`,
        missing.length === 0,
        assessmentHref(latest.id),
      ),
      ...uncommented
        .slice(0, 5)
        .map((question) =>
          evidence(`${question.key}: agreed far from the answers without a comment`, false, assessmentHref(latest.id)),
        ),
    ];
    return missing.length === 0 && uncommented.length === 0
      ? outcome(
          'pass',
          `Every question of ${latest.name} has agreed levels, explained where far from the answers.`,
          items,
          {
            threshold,
          },
        )
      : outcome('fail', `${latest.name} is not closed with agreed levels for every question yet.`, items, {
          threshold,
        });
  },
  'EC3.4': async (context) => {
    const [latest] = await assessmentsOf(context);
    if (!latest) return noAssessment();
    const closed = latest.status === 'closed' && latest.scores;
    const sponsors = await sponsorsOf(context.tx, context.program.id);
    const approvedBySponsor = Boolean(latest.reportApprovedBy && sponsors.includes(latest.reportApprovedBy));
    const names = await namesOf(context, latest.reportApprovedBy ? [latest.reportApprovedBy] : []);
    const items = [
      evidence(
        closed ? 'Gaps computed per category' : 'Not closed yet: gaps are provisional',
        Boolean(closed),
        assessmentHref(latest.id),
      ),
      evidence(
        latest.reportApprovedBy
          ? `Report approved by ${names.get(latest.reportApprovedBy) ?? 'someone'}${approvedBySponsor ? ' (executive sponsor)' : ', not a sponsor'}`
          : 'Have an executive sponsor approve the report',
        approvedBySponsor,
        assessmentHref(latest.id),
      ),
    ];
    return closed && approvedBySponsor
      ? outcome('pass', `${latest.name}: gaps per category, report approved by a sponsor.`, items)
      : outcome('fail', 'The assessment report needs its gaps and a sponsor’s approval.', items);
  },
  'EC4.1': async (context) => {
    const closed = (await assessmentsOf(context)).find(
      (assessment) => assessment.status === 'closed' && assessment.scores,
    );
    if (!closed?.scores)
      return outcome('fail', 'No closed assessment yet: no gaps to plan for.', [
        evidence('Close a maturity assessment', false, '/maturity'),
      ]);
    const items = await roadmapOf(context.tx, context.program.id);
    const gaps = closed.scores.categories.filter((category) => (category.gap ?? 0) > 0);
    const href = `/program/${context.program.id}#roadmap`;
    const evidenceItems = gaps.map((category) => {
      const covering = items.filter(
        (item) => item.categories.includes(category.category) && item.status !== 'cancelled',
      );
      const name = maturityCategory(category.category).name.en;
      return evidence(
        covering.length
          ? `${name}: ${covering.map((item) => item.title).join(', ')}`
          : `${name} has a gap of ${category.gap} and no roadmap item`,
        covering.length > 0,
        href,
      );
    });
    const missing = evidenceItems.filter((item) => !item.ok).length;
    return missing === 0
      ? outcome('pass', `Each of the ${gaps.length} categories with a gap has a roadmap item.`, evidenceItems)
      : outcome('fail', `${missing} of ${gaps.length} categories with a gap have no roadmap item.`, evidenceItems);
  },
  'EC9.1': async (context) => {
    const metrics = (await listMetrics(context.tx)).filter((metric) => metric.area === 'value');
    const ready = metrics.filter(
      (metric) =>
        metric.baseline !== null &&
        metric.target !== null &&
        metric.ownerPersonId !== null &&
        metric.programId === context.program.id,
    );
    const items = metrics.map((metric) =>
      evidence(
        `${metric.name}: ${
          [
            metric.baseline === null ? 'no baseline' : null,
            metric.target === null ? 'no target' : null,
            metric.ownerPersonId ? null : 'no owner',
            metric.programId === context.program.id ? null : 'not linked to the program',
          ]
            .filter(Boolean)
            .join(', ') || 'baseline, target and owner set'
        }`,
        ready.includes(metric),
        `/metrics/${metric.id}`,
      ),
    );
    return ready.length
      ? outcome('pass', `${ready.length} business-value metric(s) with baseline, target and owner.`, items)
      : outcome('fail', 'No business-value metric with a baseline, a target and an owner for this program.', [
          ...items,
          evidence('Define a business-value metric', false, '/metrics'),
        ]);
  },
  'EC9.3': async (context) => {
    const metrics = await listMetrics(context.tx);
    const latestValues = await latestValuesOfMetrics(
      context.tx,
      metrics.map((metric) => metric.id),
    );
    const items = metrics.map((metric, index) =>
      evidence(
        latestValues[index] ? `${metric.name}: measured` : `${metric.name}: no value recorded yet`,
        Boolean(metric.unit && metric.frequency && latestValues[index]),
        `/metrics/${metric.id}`,
      ),
    );
    const missing = items.filter((item) => !item.ok).length;
    if (metrics.length === 0)
      return outcome('fail', 'No metric is defined yet.', [evidence('Define metrics', false, '/metrics')]);
    return missing === 0
      ? outcome('pass', `All ${metrics.length} metrics have a unit, a frequency and a value.`, items)
      : outcome('fail', `${missing} of ${metrics.length} metrics have no recorded value.`, items);
  },
  'EC14.1': async (context) => {
    const metrics = await listMetrics(context.tx);
    const latestValues = await latestValuesOfMetrics(
      context.tx,
      metrics.map((metric) => metric.id),
    );
    const today = context.now.toISOString().slice(0, 10);
    const items = metrics.map((metric, index) => {
      const latest = latestValues[index] ?? null;
      return evidence(
        latest ? `${metric.name}: last value ${latest.asOf}` : `${metric.name}: never measured`,
        isCurrent(latest?.asOf ?? null, metric.frequency, today),
        `/metrics/${metric.id}`,
      );
    });
    const stale = items.filter((item) => !item.ok).length;
    if (metrics.length === 0)
      return outcome('fail', 'No metric is defined yet.', [evidence('Define metrics', false, '/metrics')]);
    return stale === 0
      ? outcome('pass', `All ${metrics.length} metrics have a value in their current period.`, items)
      : outcome('fail', `${stale} of ${metrics.length} metrics have no value in their current period.`, items);
  },
  'EC14.2': async (context) => {
    const days = cadenceDays[context.program.reportingCadence ?? 'quarterly'];
    const since = new Date(context.now.getTime() - days * DAY);
    const publications = (await listScorecardPublications(context.tx, null, 50)).filter(
      (publication) =>
        publication.publishedAt >= since &&
        (publication.programId === null || publication.programId === context.program.id),
    );
    if (publications.length === 0)
      return outcome('fail', `No scorecard published in the last ${days} days.`, [
        evidence('Publish the scorecard', false, '/scorecard'),
      ]);
    const sponsors = await sponsorsOf(context.tx, context.program.id);
    const acknowledged = publications.find((publication) =>
      publication.acknowledgements.some((item) => sponsors.includes(item.personId)),
    );
    const names = await namesOf(
      context,
      publications.flatMap((publication) => publication.acknowledgements.map((item) => item.personId)),
    );
    const items = publications.slice(0, 3).map((publication) =>
      evidence(
        `${publication.title}, ${publication.publishedAt.toISOString().slice(0, 10)}` +
          (publication.acknowledgements.length
            ? `: acknowledged by ${publication.acknowledgements.map((item) => names.get(item.personId) ?? 'someone').join(', ')}`
            : ': not acknowledged yet'),
        publication.acknowledgements.some((item) => sponsors.includes(item.personId)),
        '/scorecard',
      ),
    );
    return acknowledged
      ? outcome('pass', 'This period’s scorecard is published and a sponsor acknowledged it.', items)
      : outcome('fail', 'The scorecard is published but no sponsor has acknowledged it yet.', items);
  },
  'EC14.3': async (context) => {
    const days = context.threshold('EC14.3', 365);
    const closed = (await assessmentsOf(context)).filter((assessment) => assessment.closedAt);
    const latest = closed.sort((a, b) => b.closedAt!.getTime() - a.closedAt!.getTime())[0];
    if (!latest)
      return outcome(
        'fail',
        'No completed assessment yet.',
        [evidence('Complete a maturity assessment', false, '/maturity')],
        { threshold: days },
      );
    const age = Math.floor((context.now.getTime() - latest.closedAt!.getTime()) / DAY);
    const item = evidence(
      `${latest.name}, closed ${latest.closedAt!.toISOString().slice(0, 10)}`,
      age <= days,
      assessmentHref(latest.id),
    );
    return age <= days
      ? outcome('pass', `The latest assessment closed ${age} days ago.`, [item], { value: age, threshold: days })
      : outcome('fail', `The latest assessment closed ${age} days ago: time to assess again.`, [item], {
          value: age,
          threshold: days,
        });
  },
  'EC14.4': async (context) => {
    const metrics = await listMetrics(context.tx);
    const latestValues = await latestValuesOfMetrics(
      context.tx,
      metrics.map((metric) => metric.id),
    );
    const missing = metrics
      .map((metric, index) => ({ metric, latest: latestValues[index] ?? null }))
      .filter(({ metric, latest }) => {
        const rag = ragOf(latest?.value ?? null, metric.target, metric.direction);
        return rag === 'red' || rag === 'amber';
      });
    const items = missing.map(({ metric }) =>
      evidence(
        metric.actionLinks.length
          ? `${metric.name}: ${metric.actionLinks.length} linked action(s)`
          : metric.builtIn
            ? `${metric.name}: worked through the records it counts`
            : `${metric.name} misses its target with no linked action`,
        metric.actionLinks.length > 0 || metric.builtIn !== null,
        `/metrics/${metric.id}`,
      ),
    );
    const open = items.filter((item) => !item.ok).length;
    return open === 0
      ? outcome(
          'pass',
          missing.length
            ? `Each of the ${missing.length} metrics missing its target has work linked to it.`
            : 'Every metric meets its target.',
          items,
        )
      : outcome('fail', `${open} metric(s) miss their target with no action or issue linked.`, items);
  },
};
