import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import type { GovernancePolicyQuery } from '../../gql/graphql';
import { MetricChart } from '../metrics/metric-chart';
import { formatDay } from '../program/program-shared';
import { usePercent } from './policy-shared';

type CompliancePoint = NonNullable<GovernancePolicyQuery['policy']>['complianceHistory'][number];

/**
 * The policy's compliance day by day (as its active controls stood at the end of each day), as a
 * share in %, from its first evaluation; before that there is nothing to draw.
 */
export function ComplianceTrend({ points, policyKey }: { points: readonly CompliancePoint[]; policyKey: string }) {
  const { t, i18n } = useTranslation('policies');
  const percent = usePercent();
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <section className="policy-compliance-trend" data-testid="policy-compliance-trend" aria-label={t('trend.title')}>
      <Flex justify="space-between" align="baseline" gap={12} wrap className="policy-trend-head">
        <Typography.Text strong>{t('trend.title')}</Typography.Text>
        {first ? (
          <Typography.Text type="secondary" className="policy-small">
            {t('trend.since', { date: formatDay(first.day, i18n.language) })}
          </Typography.Text>
        ) : null}
      </Flex>
      {first && last && points.length > 1 ? (
        <MetricChart
          values={points.map((point) => ({ asOf: point.day, value: point.share }))}
          unit="share"
          target={null}
          baseline={null}
          title={t('trend.chartTitle', {
            key: policyKey,
            from: percent(first.share),
            to: percent(last.share),
            count: points.length,
          })}
        />
      ) : first ? (
        <div data-testid="policy-compliance-trend-one">
          <EmptyState
            title={t('trend.oneTitle', { share: percent(first.share), date: formatDay(first.day, i18n.language) })}
            description={t('trend.onePoint')}
          />
        </div>
      ) : (
        <div data-testid="policy-compliance-trend-empty">
          <EmptyState title={t('trend.emptyTitle')} description={t('trend.empty')} />
        </div>
      )}
    </section>
  );
}
