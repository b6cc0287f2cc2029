import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { MaturityRadar, type RadarSeries } from '../../components/maturity-radar';
import { AssessmentHeatmap } from './assessment-heatmap';
import { AssessmentScoresTable } from './assessment-scores-table';
import { AssessmentSignalsCard } from './assessment-signals-card';
import { type AssessmentDetail, formatScore, type MaturityModelDefinition } from './maturity-shared';

const seriesColors = { current: '#0b6e69', target: '#d46b08', previous: '#8c8c8c' } as const;

interface ResultsTabProps {
  assessment: AssessmentDetail;
  model: MaturityModelDefinition;
}

/** The results as they stand: overall score, radar, per-category scores, the heatmap and live signals. */
export function AssessmentResultsTab({ assessment, model }: ResultsTabProps) {
  const { t, i18n } = useTranslation('maturity');
  const { results } = assessment;
  const categoryOf = new Map(model.categories.map((category) => [category.key, category]));
  const scored = results.categories.some((score) => score.current !== null);

  if (!scored)
    return (
      <Card className="maturity-card">
        <EmptyState
          title={t('results.emptyTitle')}
          description={results.respondents.length === 0 ? t('results.emptyNoRespondents') : t('results.emptyNoAnswers')}
        />
      </Card>
    );

  const axes = results.categories.map((score) => {
    const category = categoryOf.get(score.category ?? '');
    return {
      key: score.category ?? '',
      // The radar leaves little room for a label: the short name, the full one is in the table below.
      label: category
        ? t('categoryNumbered', {
            number: category.number,
            name: t(`categoryShort.${category.key}`, { defaultValue: category.name }),
          })
        : (score.name ?? ''),
    };
  });
  const previousOf = new Map(results.comparison.map((change) => [change.category, change.previous]));
  const series: RadarSeries[] = [
    ...(results.comparison.length > 0
      ? [
          {
            name: t('results.series.previous', { name: assessment.previous?.name ?? '' }),
            values: results.categories.map((score) => previousOf.get(score.category ?? '') ?? null),
            color: seriesColors.previous,
          },
        ]
      : []),
    {
      name: t('results.series.target'),
      values: results.categories.map((score) => score.target),
      color: seriesColors.target,
      dashed: true,
    },
    {
      name: t('results.series.current'),
      values: results.categories.map((score) => score.current),
      color: seriesColors.current,
      filled: true,
    },
  ];
  const { overall } = results;

  return (
    <Flex vertical gap={20}>
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={14}>
          <Card title={t('results.radarTitle')} className="maturity-card" data-testid="maturity-radar-card">
            <div className="maturity-radar-wrap">
              <MaturityRadar axes={axes} series={series} size={480} title={t('results.radarLabel')} />
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={20}>
            <Card title={t('results.overallTitle')} className="maturity-card" data-testid="maturity-overall">
              <Row gutter={16}>
                <Col span={8}>
                  <Statistic
                    title={t('results.current')}
                    value={formatScore(overall.current, i18n.language)}
                    styles={{ content: { color: seriesColors.current } }}
                  />
                </Col>
                <Col span={8}>
                  <Statistic title={t('results.target')} value={formatScore(overall.target, i18n.language)} />
                </Col>
                <Col span={8}>
                  <Statistic title={t('results.gap')} value={formatScore(overall.gap, i18n.language)} />
                </Col>
              </Row>
              {results.previousOverall !== null ? (
                <Typography.Paragraph type="secondary" className="maturity-previous-overall">
                  {t('results.previousOverall', {
                    name: assessment.previous?.name ?? '',
                    previous: formatScore(results.previousOverall, i18n.language),
                  })}
                </Typography.Paragraph>
              ) : null}
              <Typography.Paragraph type="secondary" className="maturity-results-note">
                {assessment.status === 'open' ? t('results.liveNote') : t('results.closedNote')}
              </Typography.Paragraph>
            </Card>
            <AssessmentSignalsCard signals={results.signals} model={model} />
          </Flex>
        </Col>
      </Row>
      <AssessmentScoresTable assessment={assessment} model={model} />
      <AssessmentHeatmap assessment={assessment} model={model} />
    </Flex>
  );
}
