import { ArrowDownOutlined, ArrowUpOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type AssessmentDetail,
  formatDelta,
  formatScore,
  levelTone,
  type MaturityModelDefinition,
} from './maturity-shared';

type Score = AssessmentDetail['results']['categories'][number];

/** One row per category: current and target levels, the gap, disagreement and the change since last time. */
export function AssessmentScoresTable({
  assessment,
  model,
}: {
  assessment: AssessmentDetail;
  model: MaturityModelDefinition;
}) {
  const { t, i18n } = useTranslation('maturity');
  const categoryOf = new Map(model.categories.map((category) => [category.key, category]));
  const changeOf = new Map(assessment.results.comparison.map((change) => [change.category, change]));
  const hasComparison = assessment.results.comparison.length > 0;
  const score = (value: number | null) => {
    const tone = levelTone(value);
    return (
      <span className="maturity-score" style={tone ?? undefined}>
        {formatScore(value, i18n.language)}
      </span>
    );
  };

  const columns = [
    {
      key: 'category',
      title: t('scores.columns.category'),
      render: (row: Score) => {
        const category = categoryOf.get(row.category ?? '');
        return category ? t('categoryNumbered', { number: category.number, name: category.name }) : row.name;
      },
    },
    { key: 'current', title: t('scores.columns.current'), render: (row: Score) => score(row.current) },
    { key: 'target', title: t('scores.columns.target'), render: (row: Score) => score(row.target) },
    {
      key: 'gap',
      title: t('scores.columns.gap'),
      render: (row: Score) => formatScore(row.gap, i18n.language),
    },
    {
      key: 'answered',
      title: t('scores.columns.answered'),
      render: (row: Score) => t('scores.answered', { scored: row.scoredQuestions ?? 0, total: row.questionCount ?? 0 }),
    },
    {
      key: 'disagreement',
      title: t('scores.columns.disagreement'),
      render: (row: Score) =>
        row.hasDisagreement ? (
          <Tooltip title={t('scores.disagreementHelp')}>
            <Tag color="warning" icon={<WarningOutlined aria-hidden />}>
              {t('scores.disagreement')}
            </Tag>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('scores.agreement')}</Typography.Text>
        ),
    },
    ...(hasComparison
      ? [
          {
            key: 'change',
            title: t('scores.columns.change', { name: assessment.previous?.name ?? '' }),
            render: (row: Score) => {
              const change = changeOf.get(row.category ?? '');
              if (!change) return <Typography.Text type="secondary">{t('scores.notCompared')}</Typography.Text>;
              const icon =
                change.direction === 'up' ? (
                  <ArrowUpOutlined aria-hidden />
                ) : change.direction === 'down' ? (
                  <ArrowDownOutlined aria-hidden />
                ) : null;
              const type = change.direction === 'up' ? 'success' : change.direction === 'down' ? 'danger' : 'secondary';
              return (
                <Tooltip
                  title={t('scores.changeHelp', {
                    previous: formatScore(change.previous, i18n.language),
                    latest: formatScore(change.latest, i18n.language),
                  })}
                >
                  <Typography.Text type={type}>
                    {icon} {formatDelta(change.delta, i18n.language)}
                  </Typography.Text>
                </Tooltip>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Card title={t('scores.title')} className="maturity-card" styles={{ body: { padding: 0 } }}>
      <Table<Score>
        rowKey={(row) => row.category ?? ''}
        columns={columns}
        dataSource={assessment.results.categories}
        pagination={false}
        size="middle"
        data-testid="maturity-scores-table"
      />
    </Card>
  );
}
