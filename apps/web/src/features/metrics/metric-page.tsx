import { EditOutlined, FormOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Segmented,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '../../components/empty-state';
import { HierarchySelect, TOP_LEVEL } from '../../components/hierarchy-select';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PersonAvatar } from '../../components/person-avatar';
import { RecordLinkTag } from '../../components/record-links-input';
import type { MetricQuery as MetricData } from '../../gql/graphql';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import { EditMetricModal } from './edit-metric-modal';
import { MetricChart } from './metric-chart';
import { daysAgo, useMetricFormat } from './metric-format';
import { MetricSourceTag, RagTag, ragColors } from './metric-tags';
import { MetricQuery } from './metrics.graphql';
import { RecordValueModal } from './record-value-modal';
import { useMetricAbilities } from './use-metric-abilities';
import './metrics.css';

type Metric = NonNullable<MetricData['metric']>;
type Value = Metric['values'][number];

const ranges = { '90': 90, '365': 365, all: null } as const;
type RangeKey = keyof typeof ranges;

/** One metric: its definition, its history against the target, its values and the work that should move it. */
export function MetricPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['metrics', 'common']);
  const format = useMetricFormat();
  const { canManage, canRecord } = useMetricAbilities();
  const [range, setRange] = useState<RangeKey>('365');
  const [domainId, setDomainId] = useState<string | null>(null);
  const since = useMemo(() => (ranges[range] === null ? null : daysAgo(ranges[range])), [range]);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MetricQuery,
    variables: { id, since, domainId },
  });
  const metric = data?.metric;
  const [{ data: domainOptions, fetching: loadingDomains }] = useQuery({
    query: DomainOptionsQuery,
    pause: !metric?.builtIn,
  });
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!metric)
    return <Result status="404" title={t('page.notFound')} extra={<Link to="/metrics">{t('page.backToList')}</Link>} />;

  const recordable = canRecord(metric);
  const shownLatest = domainId ? metric.domainLatest : metric.latest;
  const linkedWork = metric.actionLinks.filter((link) => link.exists !== false);
  const actions = (
    <>
      {recordable ? (
        <Button icon={<FormOutlined aria-hidden />} onClick={() => setRecording(true)}>
          {t('record.open')}
        </Button>
      ) : null}
      {canManage ? (
        <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
          {t('page.edit')}
        </Button>
      ) : null}
    </>
  );

  const valueColumns = [
    {
      title: t('page.day'),
      key: 'asOf',
      width: 160,
      render: (_: unknown, value: Value) => format.day(value.asOf),
    },
    {
      title: t('page.value'),
      key: 'value',
      width: 160,
      render: (_: unknown, value: Value) => <strong>{format.value(value.value, metric.unit)}</strong>,
    },
    {
      title: t('page.valueSource'),
      key: 'source',
      width: 200,
      render: (_: unknown, value: Value) =>
        value.source === 'snapshot' ? t('page.takenBySteward') : t('page.enteredByPerson'),
    },
    {
      title: t('page.note'),
      key: 'note',
      render: (_: unknown, value: Value) =>
        value.note ?? <Typography.Text type="secondary">{t('page.noNote')}</Typography.Text>,
    },
  ];
  const newestFirst = [...metric.values].reverse();

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/metrics">{t('list.title')}</Link> }, { title: metric.name }]} />
        }
        title={metric.name}
        tags={
          <Flex gap={4} wrap>
            <RagTag rag={metric.rag} />
            <MetricSourceTag builtIn={metric.builtIn} />
            {metric.active ? null : <Tag>{t('list.retired')}</Tag>}
          </Flex>
        }
        description={metric.description ?? undefined}
        actions={actions}
      />
      <Flex vertical gap={20}>
        {metric.rag === 'red' && linkedWork.length === 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="metric-no-action"
            title={t('page.redNoAction')}
            description={canManage ? t('page.redNoActionManager') : t('page.redNoActionViewer')}
            action={
              canManage ? (
                <Button size="small" onClick={() => setEditing(true)}>
                  {t('page.linkWork')}
                </Button>
              ) : null
            }
          />
        ) : null}
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={8}>
            <Card title={t('page.standing')} className="metric-standing-card">
              <Flex vertical gap={4}>
                <span className="metric-big-value" style={{ color: domainId ? undefined : ragColors[metric.rag] }}>
                  {shownLatest ? format.value(shownLatest.value, metric.unit) : t('list.noValue')}
                </span>
                {shownLatest ? (
                  <Typography.Text type="secondary">
                    {t('list.asOf', { day: format.day(shownLatest.asOf) })}
                  </Typography.Text>
                ) : null}
              </Flex>
              <Descriptions size="small" column={1} colon={false} className="metric-facts">
                <Descriptions.Item label={t('fields.target')}>
                  {format.target(metric.target, metric.unit, metric.direction)}
                </Descriptions.Item>
                <Descriptions.Item label={t('fields.baseline')}>
                  {metric.baseline === null ? t('page.noBaseline') : format.value(metric.baseline, metric.unit)}
                </Descriptions.Item>
                <Descriptions.Item label={t('fields.direction')}>
                  {t(`direction.${metric.direction}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('fields.unit')}>{format.unitName(metric.unit)}</Descriptions.Item>
                <Descriptions.Item label={t('fields.area')}>{t(`areas.${metric.area}.name`)}</Descriptions.Item>
                <Descriptions.Item label={t('fields.frequency')}>
                  {t(`frequency.${metric.frequency}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('fields.owner')}>
                  {metric.owner ? (
                    <Flex gap={8} align="center">
                      <PersonAvatar name={metric.owner.name} size="small" />
                      <Link to={`/people/${metric.owner.id}`}>{metric.owner.name}</Link>
                    </Flex>
                  ) : (
                    <Typography.Text type="warning">{t('page.noOwner')}</Typography.Text>
                  )}
                </Descriptions.Item>
                {metric.program ? (
                  <Descriptions.Item label={t('fields.program')}>
                    <Link
                      to={
                        metric.stepNumber
                          ? `/program/${metric.program.id}/steps/${metric.stepNumber}`
                          : `/program/${metric.program.id}`
                      }
                    >
                      {metric.stepNumber
                        ? t('page.programStep', { name: metric.program.name, number: metric.stepNumber })
                        : metric.program.name}
                    </Link>
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
          </Col>
          <Col xs={24} xl={16}>
            <Card
              title={t('page.history')}
              extra={
                <Flex gap={8} wrap align="center">
                  {metric.builtIn ? (
                    <div style={{ width: 220 }}>
                      <HierarchySelect
                        nodes={domainOptions?.domains.nodes ?? []}
                        loading={loadingDomains}
                        allowTopLevel
                        topLevelLabel={t('page.wholeOrganisation')}
                        value={domainId ?? TOP_LEVEL}
                        onChange={(value) => setDomainId(value === TOP_LEVEL ? null : value)}
                      />
                    </div>
                  ) : null}
                  <Segmented<RangeKey>
                    value={range}
                    onChange={setRange}
                    options={[
                      { value: '90', label: t('page.range90') },
                      { value: '365', label: t('page.range365') },
                      { value: 'all', label: t('page.rangeAll') },
                    ]}
                  />
                </Flex>
              }
            >
              {metric.values.length === 0 ? (
                <EmptyState
                  title={t('page.noValuesTitle')}
                  description={
                    domainId
                      ? t('page.noValuesDomain')
                      : metric.builtIn
                        ? t('page.noValuesBuiltIn')
                        : t('page.noValuesManual')
                  }
                />
              ) : (
                <>
                  <MetricChart
                    values={metric.values}
                    unit={metric.unit}
                    target={metric.target}
                    baseline={metric.baseline}
                    color={domainId || metric.rag === 'none' ? '#0b6e69' : ragColors[metric.rag]}
                    title={t('chart.title', { name: metric.name, count: metric.values.length })}
                  />
                  {metric.values.length === 1 ? (
                    <Typography.Paragraph type="secondary" className="metric-chart-note">
                      {t('page.oneValue')}
                    </Typography.Paragraph>
                  ) : null}
                </>
              )}
            </Card>
          </Col>
        </Row>
        <Card title={t('page.work')} data-testid="metric-work">
          {metric.actionLinks.length === 0 ? (
            <Typography.Text type="secondary">{t('page.noWork')}</Typography.Text>
          ) : (
            <Flex wrap gap={8}>
              {metric.actionLinks.map((link) => (
                <RecordLinkTag key={`${link.type}:${link.id}`} link={link} testId="metric-action-link" />
              ))}
            </Flex>
          )}
        </Card>
        <Card title={t('page.values')} styles={{ body: { padding: 0 } }}>
          <Table
            rowKey="asOf"
            columns={valueColumns}
            dataSource={newestFirst}
            size="middle"
            pagination={newestFirst.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            locale={{ emptyText: t('page.noValuesTitle') }}
          />
        </Card>
      </Flex>
      <EditMetricModal metric={metric} open={editing} onClose={() => setEditing(false)} onSaved={reload} />
      <RecordValueModal metric={recording ? metric : null} onClose={() => setRecording(false)} onRecorded={reload} />
    </>
  );
}
