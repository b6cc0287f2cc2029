import { CameraOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PersonAvatar } from '../../components/person-avatar';
import { Sparkline } from '../../components/sparkline';
import type { MetricsQuery as MetricsData, Rag } from '../../gql/graphql';
import { DefineMetricModal, metricAreas } from './define-metric-modal';
import { daysAgo, useMetricFormat } from './metric-format';
import { MetricSourceTag, RagTag, ragColors } from './metric-tags';
import { MetricsQuery, TakeMetricSnapshotMutation } from './metrics.graphql';
import { type RecordableMetric, RecordValueModal } from './record-value-modal';
import { useMetricAbilities } from './use-metric-abilities';
import './metrics.css';

type Metric = MetricsData['metrics'][number];

/** How far back the sparklines reach. */
const TREND_DAYS = 90;
const ragOrder: Rag[] = ['red', 'amber', 'green', 'none'];

/** Every governance metric by area: where it stands against its target, its trend and who owns it. */
export function MetricsPage() {
  const { t } = useTranslation(['metrics', 'common']);
  const format = useMetricFormat();
  const { message } = App.useApp();
  const handle = useResultHandler();
  const { canManage, canRecord } = useMetricAbilities();
  const [showRetired, setShowRetired] = useState(false);
  const since = useMemo(() => daysAgo(TREND_DAYS), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MetricsQuery,
    variables: { since, includeInactive: showRetired },
  });
  const [{ fetching: snapping }, snapshot] = useMutation(TakeMetricSnapshotMutation);
  const [defining, setDefining] = useState(false);
  const [recording, setRecording] = useState<RecordableMetric | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const takeSnapshot = async () => {
    const outcome = await snapshot({});
    const taken = handle({ payload: outcome.data?.takeMetricSnapshot, error: outcome.error });
    if (taken) {
      void message.success(t('list.snapshotTaken', { count: taken.values, day: format.day(taken.asOf) }));
      reload();
    }
  };

  const metrics = data?.metrics ?? [];
  // The action column is there only when some metric can take a value, the same in every area's table.
  const anyRecordable = metrics.some((metric) => canRecord(metric));
  const allColumns: ColumnsType<Metric> = [
    {
      title: t('list.metric'),
      key: 'name',
      width: 280,
      render: (_, metric) => (
        <Flex vertical gap={2}>
          <Link to={`/metrics/${metric.id}`} className="plain-link" data-testid="metric-link">
            {metric.name}
          </Link>
          {metric.active ? null : <Typography.Text type="secondary">{t('list.retired')}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('list.latest'),
      key: 'latest',
      width: 140,
      render: (_, metric) =>
        metric.latest ? (
          <Flex vertical gap={0}>
            <span className="metric-latest" style={{ color: ragColors[metric.rag] }}>
              {format.value(metric.latest.value, metric.unit)}
            </span>
            <Typography.Text type="secondary" className="metric-as-of">
              {t('list.asOf', { day: format.day(metric.latest.asOf) })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('list.noValue')}</Typography.Text>
        ),
    },
    {
      title: t('list.target'),
      key: 'target',
      width: 130,
      render: (_, metric) => (
        <Typography.Text type={metric.target === null ? 'secondary' : undefined}>
          {format.target(metric.target, metric.unit, metric.direction)}
        </Typography.Text>
      ),
    },
    {
      title: t('list.status'),
      key: 'rag',
      width: 120,
      render: (_, metric) => <RagTag rag={metric.rag} />,
    },
    {
      title: t('list.trend', { count: TREND_DAYS }),
      key: 'trend',
      width: 120,
      render: (_, metric) => (
        <Sparkline
          values={metric.values.map((value) => value.value)}
          target={metric.target}
          color={metric.rag === 'none' ? '#0b6e69' : ragColors[metric.rag]}
          label={t('list.trendLabel', { name: metric.name, count: metric.values.length, days: TREND_DAYS })}
        />
      ),
    },
    {
      title: t('list.owner'),
      key: 'owner',
      width: 170,
      render: (_, metric) =>
        metric.owner ? (
          <Flex gap={8} align="center">
            <PersonAvatar name={metric.owner.name} size="small" />
            <Link to={`/people/${metric.owner.id}`}>{metric.owner.name}</Link>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('list.noOwner')}</Typography.Text>
        ),
    },
    {
      title: t('list.source'),
      key: 'source',
      width: 160,
      render: (_, metric) => <MetricSourceTag builtIn={metric.builtIn} />,
    },
    {
      title: <span className="sr-only">{t('list.actions')}</span>,
      key: 'actions',
      width: 140,
      align: 'right',
      render: (_, metric) =>
        canRecord(metric) ? (
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            onClick={() => setRecording(metric)}
            aria-label={t('record.titleShort', { name: metric.name })}
          >
            {t('record.open')}
          </Button>
        ) : null,
    },
  ];

  const columns = anyRecordable ? allColumns : allColumns.filter((column) => column.key !== 'actions');
  const counts = ragOrder.map((rag) => ({ rag, count: metrics.filter((metric) => metric.rag === rag).length }));

  const actions = canManage ? (
    <>
      <Button icon={<CameraOutlined aria-hidden />} loading={snapping} onClick={takeSnapshot}>
        {t('list.snapshot')}
      </Button>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDefining(true)}>
        {t('list.define')}
      </Button>
    </>
  ) : null;

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} actions={actions} />
      {error && !data ? (
        <LoadError onRetry={reload} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Flex vertical gap={20}>
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Flex gap={16} wrap className="metric-rag-summary" data-testid="metric-rag-summary">
              {counts
                .filter((entry) => entry.count > 0)
                .map((entry) => (
                  <span key={entry.rag} className="metric-rag-count">
                    <span className="rag-dot" style={{ background: ragColors[entry.rag] }} aria-hidden />
                    {t(`list.ragCount.${entry.rag}`, { count: entry.count })}
                  </span>
                ))}
            </Flex>
            {canManage ? (
              <Flex gap={8} align="center">
                <Switch size="small" checked={showRetired} onChange={setShowRetired} id="metrics-show-retired" />
                <label htmlFor="metrics-show-retired">{t('list.showRetired')}</label>
              </Flex>
            ) : null}
          </Flex>
          {metrics.length === 0 ? (
            <Card>
              <EmptyState
                title={t('list.emptyTitle')}
                description={t('list.empty')}
                action={
                  canManage ? (
                    <Button type="primary" onClick={() => setDefining(true)}>
                      {t('list.define')}
                    </Button>
                  ) : null
                }
              />
            </Card>
          ) : (
            metricAreas.map((area) => {
              const rows = metrics.filter((metric) => metric.area === area);
              if (rows.length === 0) return null;
              return (
                <Card
                  key={area}
                  title={t(`areas.${area}.name`)}
                  extra={<Typography.Text type="secondary">{t(`areas.${area}.hint`)}</Typography.Text>}
                  className="metric-area-card"
                  data-testid={`metric-area-${area}`}
                  styles={{ body: { padding: 0 } }}
                >
                  <Table
                    rowKey="id"
                    columns={columns}
                    dataSource={rows}
                    pagination={false}
                    size="middle"
                    tableLayout="fixed"
                    scroll={{ x: 1260 }}
                  />
                </Card>
              );
            })
          )}
        </Flex>
      )}
      <DefineMetricModal open={defining} onClose={() => setDefining(false)} />
      <RecordValueModal metric={recording} onClose={() => setRecording(null)} onRecorded={reload} />
    </>
  );
}
