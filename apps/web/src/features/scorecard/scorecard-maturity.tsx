import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { MaturityRadar } from '../../components/maturity-radar';
import type { ScorecardQuery } from '../../gql/graphql';

type Scorecard = ScorecardQuery['scorecard'];

const CURRENT = '#0b6e69';
const TARGET = '#d46b08';
const PREVIOUS = '#8c8c8c';

/** A level (0–5) with one decimal, or a dash. */
function useLevel() {
  const { i18n } = useTranslation();
  const level = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    level: (value: number | null) => (value === null ? '–' : level.format(value)),
    signed: (value: number) => signed.format(value),
  };
}

/** The change since the previous assessment, with an arrow; higher levels are better. */
function LevelChange({ current, previous }: { current: number | null; previous: number | null }) {
  const { signed } = useLevel();
  if (current === null || previous === null) return <span className="level-change level-change-none">–</span>;
  const change = Math.round((current - previous) * 10) / 10;
  const color = change > 0 ? '#389e0d' : change < 0 ? '#cf1322' : '#8c8c8c';
  return (
    <span className="level-change" style={{ color }}>
      {change > 0 ? <ArrowUpOutlined aria-hidden /> : change < 0 ? <ArrowDownOutlined aria-hidden /> : null}{' '}
      {signed(change)}
    </span>
  );
}

/** The latest closed assessment against its target and the one before: radar, overall score, per category. */
export function ScorecardMaturity({ scorecard }: { scorecard: Scorecard }) {
  const { t, i18n } = useTranslation('metrics');
  const { level } = useLevel();
  const navigate = useNavigate();
  const { assessment, previousAssessment, overall, categories } = scorecard;

  if (!assessment || !overall)
    return (
      <Card title={t('scorecard.maturity.title')} className="scorecard-card" data-testid="scorecard-maturity">
        <EmptyState
          title={t('scorecard.maturity.emptyTitle')}
          description={t('scorecard.maturity.empty')}
          action={<Button onClick={() => navigate('/maturity')}>{t('scorecard.maturity.goToMaturity')}</Button>}
        />
      </Card>
    );

  const closed = assessment.closedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(assessment.closedAt))
    : null;
  const series = [
    {
      name: t('scorecard.maturity.current'),
      values: categories.map((row) => row.current),
      color: CURRENT,
      filled: true,
    },
    {
      name: t('scorecard.maturity.target'),
      values: categories.map((row) => row.target),
      color: TARGET,
      dashed: true,
    },
    ...(previousAssessment
      ? [
          {
            name: t('scorecard.maturity.previousNamed', { name: previousAssessment.name }),
            values: categories.map((row) => row.previous),
            color: PREVIOUS,
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('scorecard.maturity.title')}
      extra={
        <Typography.Text type="secondary">
          {closed ? t('scorecard.maturity.closedOn', { name: assessment.name, day: closed }) : assessment.name}
        </Typography.Text>
      }
      className="scorecard-card"
      data-testid="scorecard-maturity"
    >
      <div className="scorecard-maturity-body">
        <div className="scorecard-radar" data-testid="scorecard-radar">
          <MaturityRadar
            axes={categories.map((row) => ({ key: row.category, label: row.name }))}
            series={series}
            size={440}
            title={t('scorecard.maturity.radarTitle', { name: assessment.name })}
          />
        </div>
        <div className="scorecard-maturity-figures">
          <Flex gap={24} wrap className="maturity-overall" data-testid="maturity-overall">
            <div>
              <div className="glance-label">{t('scorecard.maturity.overall')}</div>
              <div className="maturity-overall-value">
                {level(overall.current)}
                <span className="maturity-overall-arrow" aria-hidden>
                  {' → '}
                </span>
                <span className="maturity-overall-target">{level(overall.target)}</span>
              </div>
              <div className="glance-caption">{t('scorecard.maturity.overallCaption')}</div>
            </div>
            <div>
              <div className="glance-label">{t('scorecard.maturity.gap')}</div>
              <div className="maturity-overall-number">{level(overall.gap)}</div>
            </div>
            <div>
              <div className="glance-label">
                {previousAssessment
                  ? t('scorecard.maturity.sinceNamed', { name: previousAssessment.name })
                  : t('scorecard.maturity.since')}
              </div>
              <div className="maturity-overall-number">
                <LevelChange current={overall.current} previous={overall.previous} />
              </div>
            </div>
          </Flex>
          <table className="maturity-table" data-testid="maturity-table">
            <thead>
              <tr>
                <th scope="col">{t('scorecard.maturity.category')}</th>
                {previousAssessment ? <th scope="col">{t('scorecard.maturity.before')}</th> : null}
                <th scope="col">{t('scorecard.maturity.now')}</th>
                <th scope="col">{t('scorecard.maturity.target')}</th>
                {previousAssessment ? <th scope="col">{t('scorecard.maturity.change')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {categories.map((row) => (
                <tr key={row.category}>
                  <th scope="row">{row.name}</th>
                  {previousAssessment ? <td className="muted">{level(row.previous)}</td> : null}
                  <td>
                    <strong>{level(row.current)}</strong>
                  </td>
                  <td>{level(row.target)}</td>
                  {previousAssessment ? (
                    <td>
                      <LevelChange current={row.current} previous={row.previous} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}
