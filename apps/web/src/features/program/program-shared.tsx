import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriterionState, ProgramStepStatus, Provenance } from '../../gql/graphql';

/** The optional tracks (steps 10–13); a program chooses at least one. */
export const trackNumbers = [10, 11, 12, 13] as const;
export type TrackNumber = (typeof trackNumbers)[number];

export const reportingCadences = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;

/**
 * Criteria whose records live on the program itself (problem, figures, scope, reviews, lead,
 * reporting): a missing one is fixed in the program's settings.
 */
export const settingsCriteria = new Set(['EC1.1', 'EC1.2', 'EC1.3', 'EC1.4', 'EC2.3', 'EC2.4']);

const statusColors: Record<ProgramStepStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  skipped: 'default',
};

/** Where a step stands: not started, in progress, done, or a track the program did not choose. */
export function StepStatusTag({ status, recurring = false }: { status: ProgramStepStatus; recurring?: boolean }) {
  const { t } = useTranslation('program');
  const label = recurring && status === 'in_progress' ? t('stepStatus.recurring') : t(`stepStatus.${status}`);
  return (
    <Tag color={statusColors[status]} className="program-status-tag">
      {label}
    </Tag>
  );
}

/** A program's own status (active or closed). */
export function ProgramStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('program');
  return status === 'closed' ? (
    <Tag>{t('programStatus.closed')}</Tag>
  ) : (
    <Tag color="green">{t('programStatus.active')}</Tag>
  );
}

const provenanceColors: Record<Provenance, string | undefined> = {
  sourced: 'blue',
  believed: 'gold',
  suggested: undefined,
};

/**
 * Where a piece of guidance comes from: the book (sourced), our reading of it (believed), or
 * Steward's own suggestion. Small and quiet, so it never competes with the text it marks.
 */
export function ProvenanceTag({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation('program');
  return (
    <Tooltip title={t(`provenance.${provenance}.help`)}>
      <Tag
        bordered={false}
        color={provenanceColors[provenance]}
        className={`provenance-tag provenance-${provenance}`}
        aria-label={t(`provenance.${provenance}.help`)}
      >
        {t(`provenance.${provenance}.label`)}
      </Tag>
    </Tooltip>
  );
}

interface MeterCriterion {
  key: string;
  state: CriterionState;
  summary: string;
}

/**
 * The evidence meter: one segment per exit criterion (green passes, red fails, grey cannot be
 * checked yet) and "passing of total". Each segment says on hover what the records show now.
 */
export function EvidenceMeter({
  criteria,
  compact = false,
}: {
  criteria: readonly MeterCriterion[];
  compact?: boolean;
}) {
  const { t } = useTranslation('program');
  if (criteria.length === 0) {
    return <span className="evidence-meter-none">{t('meter.noCriteria')}</span>;
  }
  const passing = criteria.filter((criterion) => criterion.state === 'pass').length;
  const unavailable = criteria.filter((criterion) => criterion.state === 'unavailable').length;
  const label = t('meter.label', { passing, total: criteria.length });
  return (
    <span
      className={`evidence-meter${compact ? ' evidence-meter-compact' : ''}`}
      role="img"
      aria-label={unavailable ? `${label}, ${t('meter.unavailableCount', { count: unavailable })}` : label}
      data-testid="evidence-meter"
      data-passing={passing}
      data-total={criteria.length}
    >
      <span className="evidence-meter-bar">
        {criteria.map((criterion) => (
          <Tooltip
            key={criterion.key}
            title={
              criterion.state === 'unavailable'
                ? `${criterion.key}: ${t('meter.notAvailable')}`
                : `${criterion.key}: ${criterion.summary}`
            }
          >
            <span className={`evidence-meter-segment evidence-${criterion.state}`} />
          </Tooltip>
        ))}
      </span>
      <span className="evidence-meter-count">
        {t('meter.count', { passing, total: criteria.length })}
        {unavailable && !compact ? (
          <span className="evidence-meter-unavailable"> · {t('meter.unavailableShort', { count: unavailable })}</span>
        ) : null}
      </span>
    </span>
  );
}

/** Steps that can be finished: not skipped and not the recurring step 14. */
export function progressOf(steps: readonly { status: ProgramStepStatus; step: { recurring: boolean } }[]) {
  const workable = steps.filter((step) => step.status !== 'skipped' && !step.step.recurring);
  return { done: workable.filter((step) => step.status === 'done').length, total: workable.length };
}

/** A YYYY-MM-DD date in the reader's language ("30 Sept 2026"), without time-zone drift. */
export function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A track number as the key of its text ("tracks.10.name"). */
export function trackKey(track: number): '10' | '11' | '12' | '13' {
  return String(track) as '10' | '11' | '12' | '13';
}
