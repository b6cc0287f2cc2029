import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaturityAssessmentQuery, MaturityModelDefinitionQuery } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';

/** An assessment as its page loads it. */
export type AssessmentDetail = NonNullable<MaturityAssessmentQuery['assessment']>;

/** The IBM model as the pages load it. */
export type MaturityModelDefinition = MaturityModelDefinitionQuery['maturityModel'];

/** The five levels, for pickers and legends; their names come from the model. */
export const levelNumbers = [1, 2, 3, 4, 5] as const;

/** One colour per level, from pale (Initial) to deep (Optimizing): heatmap cells and level badges. */
const levelColors = ['#fff1f0', '#fff7e6', '#fcffe6', '#e6fffb', '#d6e4ff'] as const;
const levelBorders = ['#ffa39e', '#ffd591', '#eaff8f', '#87e8de', '#85a5ff'] as const;

/** The cell colours of a score shown on the level scale (a score between levels takes the nearer one). */
export function levelTone(score: number | null | undefined): { background: string; borderColor: string } | null {
  if (score === null || score === undefined) return null;
  const index = Math.min(Math.max(Math.round(score), 1), 5) - 1;
  return { background: levelColors[index]!, borderColor: levelBorders[index]! };
}

/** A score as the server gives it, with one decimal ("3.4"); "–" when nothing was scored. */
export function formatScore(score: number | null | undefined, language: string): string {
  if (score === null || score === undefined) return '–';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** A change with its sign ("+0.6", "−0.2"). */
export function formatDelta(delta: number, language: string): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(delta);
}

/** A share from 0 to 1 as a percentage ("10 %"). */
export function formatShare(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** The assessment period ("1 Jan 2026 – 31 Mar 2026"), or null when neither end is set. */
export function formatPeriod(start: string | null, end: string | null, language: string): string | null {
  if (!start && !end) return null;
  return [start ? formatDay(start, language) : '…', end ? formatDay(end, language) : '…'].join(' – ');
}

/** Open or closed. */
export function AssessmentStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('maturity');
  return status === 'closed' ? (
    <Tag color="default">{t('status.closed')}</Tag>
  ) : (
    <Tag color="processing">{t('status.open')}</Tag>
  );
}

/** Business or IT, the side a respondent answers for. */
export function SideTag({ side }: { side: string }) {
  const { t } = useTranslation('maturity');
  return side === 'it' ? <Tag color="geekblue">{t('sides.it')}</Tag> : <Tag color="gold">{t('sides.business')}</Tag>;
}
