import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Sparkline } from '../../components/sparkline';
import type { ScorecardQuery } from '../../gql/graphql';
import { useMetricFormat } from '../metrics/metric-format';
import { ragColors } from '../metrics/metric-tags';

export type Kpi = ScorecardQuery['scorecard']['kpis'][number];

const IMPROVING = '#389e0d';
const WORSENING = '#cf1322';
const STEADY = '#8c8c8c';

/** Where the delta's arrow points (the sign of the change) and its colour (whether that is better). */
function DeltaLine({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation('metrics');
  const format = useMetricFormat();
  if (kpi.delta === null) return <span className="kpi-delta kpi-delta-none">{t('scorecard.kpi.noPrevious')}</span>;
  const color = kpi.improving === true ? IMPROVING : kpi.improving === false ? WORSENING : STEADY;
  const Arrow = kpi.delta > 0 ? ArrowUpOutlined : kpi.delta < 0 ? ArrowDownOutlined : MinusOutlined;
  const verdict =
    kpi.improving === true
      ? t('scorecard.kpi.better')
      : kpi.improving === false
        ? t('scorecard.kpi.worse')
        : t('scorecard.kpi.same');
  return (
    <span className="kpi-delta" style={{ color }} data-testid="kpi-delta" data-improving={String(kpi.improving)}>
      <Arrow aria-hidden /> {format.delta(kpi.delta, kpi.metric.unit)}
      <span className="sr-only"> ({verdict})</span>
      <span className="kpi-delta-since"> {t('scorecard.kpi.sincePrevious')}</span>
    </span>
  );
}

/**
 * One headline metric for an executive: the number in its RAG colour, which way it moved, its
 * trend against the target; a red or amber one names its owner and the open work behind it.
 */
export function KpiTile({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation('metrics');
  const format = useMetricFormat();
  const { metric } = kpi;
  const attention = kpi.rag === 'red' || kpi.rag === 'amber';
  const color = ragColors[kpi.rag];
  // Without linked issues or initiatives, the server offers the screen where a built-in metric is
  // worked, under the metric's own name: shown as that, not as if it were linked work.
  const screen = kpi.work.find((work) => work.kind === 'screen') ?? null;
  const linked = kpi.work.filter((work) => work.kind === 'linked');
  return (
    <article
      className={`kpi-tile kpi-tile-${kpi.rag}`}
      style={{ borderTopColor: color }}
      data-testid="scorecard-kpi"
      data-rag={kpi.rag}
      aria-label={metric.name}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Link to={`/metrics/${metric.id}`} className="kpi-name">
          {metric.name}
        </Link>
        <span className="kpi-rag" style={{ color }}>
          <span className="rag-dot" style={{ background: color }} aria-hidden />
          {t(`rag.${kpi.rag}`)}
        </span>
      </Flex>
      <Flex align="baseline" gap={10} wrap className="kpi-figure">
        <span className="kpi-value" style={{ color: kpi.rag === 'none' ? undefined : color }} data-testid="kpi-value">
          {kpi.latest ? format.value(kpi.latest.value, metric.unit) : t('scorecard.kpi.noValue')}
        </span>
        <DeltaLine kpi={kpi} />
      </Flex>
      <Sparkline
        values={kpi.trend.map((value) => value.value)}
        target={metric.target}
        width={220}
        height={34}
        color={kpi.rag === 'none' ? '#0b6e69' : color}
        label={t('scorecard.kpi.trendLabel', { name: metric.name, count: kpi.trend.length })}
      />
      <Typography.Text type="secondary" className="kpi-target">
        {t('scorecard.kpi.target', { target: format.target(metric.target, metric.unit, metric.direction) })}
        {kpi.latest ? ` · ${t('list.asOf', { day: format.day(kpi.latest.asOf) })}` : null}
      </Typography.Text>
      {attention ? (
        <div className="kpi-attention" data-testid="kpi-attention">
          <div>
            <span className="kpi-attention-label">{t('scorecard.kpi.owner')}</span>{' '}
            {metric.owner ? (
              <Link to={`/people/${metric.owner.id}`} data-testid="kpi-owner">
                {metric.owner.name}
              </Link>
            ) : (
              <Typography.Text type="warning">{t('scorecard.kpi.noOwner')}</Typography.Text>
            )}
          </div>
          <div>
            <span className="kpi-attention-label">{t('scorecard.kpi.work')}</span>{' '}
            {linked.length === 0 ? (
              <Typography.Text type="warning">{t('scorecard.kpi.noWork')}</Typography.Text>
            ) : (
              linked.map((work, index) => (
                <span key={`${work.label}-${work.href ?? index}`}>
                  {index > 0 ? ', ' : null}
                  {work.href ? (
                    <Link to={work.href} data-testid="kpi-work">
                      {work.label}
                    </Link>
                  ) : (
                    work.label
                  )}
                </span>
              ))
            )}
            {screen?.href ? (
              <>
                {' · '}
                <Link to={screen.href} data-testid="kpi-work">
                  {t('scorecard.kpi.whereFixed')}
                </Link>
              </>
            ) : null}
          </div>
        </div>
      ) : null}
    </article>
  );
}
