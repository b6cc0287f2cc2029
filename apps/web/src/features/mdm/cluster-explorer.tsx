import { Button, Card, Drawer, Empty, Flex, Input, Pagination, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { SimulationClustersQuery as ClustersData } from '../../gql/graphql';
import { PairExplanationQuery, SimulationClustersQuery } from './mdm.graphql';
import { formatProbability } from './score-format';

type Cluster = NonNullable<ClustersData['mdmSimulation']>['clusters']['nodes'][number];

const PAGE = 10;

/** The clusters a run would form, largest first; each opens to its golden record and why its records matched. */
export function ClusterExplorer({ simulationId, hasTruth }: { simulationId: string; hasTruth: boolean }) {
  const { t } = useTranslation('mdm');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [{ data, fetching }] = useQuery({
    query: SimulationClustersQuery,
    variables: { id: simulationId, offset: (page - 1) * PAGE, limit: PAGE, search: debounced || null },
  });
  const clusters = data?.mdmSimulation?.clusters;

  const headline = (cluster: Cluster) =>
    cluster.golden
      .filter((value) => value.value)
      .slice(0, 3)
      .map((value) => value.value)
      .join(' · ');

  return (
    <Card
      title={t('clusters.title')}
      extra={
        <Input.Search
          allowClear
          placeholder={t('clusters.search')}
          aria-label={t('clusters.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(1);
          }}
          style={{ width: 280 }}
        />
      }
    >
      {fetching && !clusters ? (
        <Skeleton active />
      ) : !clusters || clusters.totalCount === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={debounced ? t('clusters.noMatch') : t('clusters.empty')}
        />
      ) : (
        <Flex vertical gap={12}>
          <Table<Cluster>
            rowKey="number"
            size="middle"
            pagination={false}
            dataSource={clusters.nodes}
            expandable={{
              expandedRowKeys: open === null ? [] : [open],
              onExpand: (expanded, cluster) => setOpen(expanded ? cluster.number : null),
              expandedRowRender: (cluster) => <ClusterDetail cluster={cluster} onExplain={setPair} />,
            }}
            onRow={(cluster) => ({
              onClick: () => setOpen(open === cluster.number ? null : cluster.number),
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('clusters.number'),
                key: 'number',
                width: 80,
                render: (_, cluster) => `#${cluster.number}`,
              },
              {
                title: t('clusters.golden'),
                key: 'golden',
                render: (_, cluster) => <Typography.Text strong>{headline(cluster)}</Typography.Text>,
              },
              {
                title: t('clusters.records'),
                key: 'records',
                width: 110,
                render: (_, cluster) => t('clusters.recordCount', { count: cluster.records.length }),
              },
              {
                title: t('clusters.sources'),
                key: 'sources',
                width: 200,
                render: (_, cluster) => (
                  <Flex gap={4} wrap>
                    {[...new Set(cluster.records.map((record) => record.source).filter(Boolean))].map((source) => (
                      <Tag key={source}>{source}</Tag>
                    ))}
                  </Flex>
                ),
              },
              ...(hasTruth
                ? [
                    {
                      title: t('clusters.truth'),
                      key: 'pure',
                      width: 140,
                      render: (_: unknown, cluster: Cluster) =>
                        cluster.pure ? (
                          <Tag color="success">{t('clusters.pure')}</Tag>
                        ) : (
                          <Tag color="error">{t('clusters.mixed')}</Tag>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          <Pagination
            align="end"
            current={page}
            pageSize={PAGE}
            total={clusters.totalCount}
            showSizeChanger={false}
            showTotal={(total) => t('clusters.total', { count: total })}
            onChange={setPage}
          />
        </Flex>
      )}
      <PairDrawer simulationId={simulationId} pair={pair} onClose={() => setPair(null)} />
    </Card>
  );
}

/** Attributes down, records across, the golden record first: which record won each field, and by which rule. */
function ClusterDetail({ cluster, onExplain }: { cluster: Cluster; onExplain: (pair: [string, string]) => void }) {
  const { t, i18n } = useTranslation('mdm');
  const score = { format: (value: number) => formatProbability(value, i18n.language) };
  const rows = cluster.golden.map((golden) => ({
    attribute: golden.attribute,
    golden,
    values: new Map(
      cluster.records.map((record) => [
        record.id,
        record.values.find((value) => value.attribute === golden.attribute)?.value ?? null,
      ]),
    ),
  }));
  type Row = (typeof rows)[number];
  return (
    <Flex vertical gap={12} className="mdm-cluster-detail">
      <Table<Row>
        rowKey="attribute"
        size="small"
        pagination={false}
        className="mdm-golden-table"
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          {
            title: t('clusters.attribute'),
            key: 'attribute',
            fixed: 'left',
            width: 150,
            render: (_, row) => <Typography.Text code>{row.attribute}</Typography.Text>,
          },
          {
            title: t('clusters.goldenRecord'),
            key: 'golden',
            className: 'golden',
            width: 280,
            onCell: () => ({ className: 'golden' }),
            render: (_, row) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{row.golden.value ?? '—'}</Typography.Text>
                <Flex gap={4} wrap align="center">
                  <Tooltip title={t(`rule.help.${row.golden.rule}`, { defaultValue: '' })}>
                    <Tag color="green">{t(`rule.${row.golden.rule}`, { defaultValue: row.golden.rule })}</Tag>
                  </Tooltip>
                  {row.golden.recordId ? (
                    <Typography.Text type="secondary" className="mdm-golden-from">
                      {row.golden.source
                        ? t('clusters.fromSource', { record: row.golden.recordId, source: row.golden.source })
                        : t('clusters.fromRecord', { record: row.golden.recordId })}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </Flex>
            ),
          },
          ...cluster.records.map((record) => ({
            title: (
              <Flex vertical>
                <span>{record.id}</span>
                {record.source ? <Typography.Text type="secondary">{record.source}</Typography.Text> : null}
              </Flex>
            ),
            key: record.id,
            width: 180,
            onCell: (row: Row) => ({ className: row.golden.recordId === record.id ? 'winner' : undefined }),
            render: (_: unknown, row: Row) =>
              row.values.get(record.id) ?? <Typography.Text type="secondary">—</Typography.Text>,
          })),
        ]}
      />
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{t('clusters.links')}</Typography.Text>
        <Flex gap={8} wrap>
          {cluster.links.map((link) => (
            <Button key={`${link.a}-${link.b}`} size="small" onClick={() => onExplain([link.a, link.b])}>
              {t('clusters.why', { a: link.a, b: link.b, score: score.format(link.score) })}
            </Button>
          ))}
        </Flex>
      </Flex>
    </Flex>
  );
}

/** Why two records scored as they did: each comparison's level, similarity and weight. */
export function PairDrawer({
  simulationId,
  pair,
  onClose,
}: {
  simulationId: string;
  pair: [string, string] | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('mdm');
  const [{ data, fetching }] = useQuery({
    query: PairExplanationQuery,
    variables: { simulationId, recordIds: pair ?? [] },
    pause: !pair,
  });
  const result = data?.pairExplanation;
  const explanation = result?.__typename === 'PairExplanationSuccess' ? result.data : null;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const percent = { format: (value: number) => formatProbability(value, i18n.language) };
  const valueIn = (index: number, attribute: string) =>
    explanation?.records[index]?.values.find((value) => value.attribute === attribute)?.value ?? '—';
  const biggest = Math.max(1, ...(explanation?.comparisons.map((item) => Math.abs(item.weight)) ?? [1]));

  return (
    <Drawer open={pair !== null} onClose={onClose} width={720} title={t('pair.title')} destroyOnHidden>
      {fetching || !explanation ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph>
            {t('pair.summary', {
              a: explanation.records[0]?.id,
              b: explanation.records[1]?.id,
              score: percent.format(explanation.score),
              weight: number.format(explanation.totalWeight),
            })}
          </Typography.Paragraph>
          <Table
            rowKey="attribute"
            size="small"
            pagination={false}
            dataSource={explanation.comparisons}
            columns={[
              { title: t('clusters.attribute'), dataIndex: 'attribute', key: 'attribute' },
              { title: explanation.records[0]?.id, key: 'a', render: (_, item) => valueIn(0, item.attribute) },
              { title: explanation.records[1]?.id, key: 'b', render: (_, item) => valueIn(1, item.attribute) },
              {
                title: t('pair.level'),
                key: 'level',
                render: (_, item) => (
                  <Flex vertical>
                    <span>{item.level === 'missing' ? t('pair.missing') : item.level}</span>
                    {item.similarity !== null ? (
                      <Typography.Text type="secondary">
                        {t('pair.similarity', { value: number.format(item.similarity).replace('+', '') })}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: t('pair.weight'),
                key: 'weight',
                width: 150,
                render: (_, item) => (
                  <Flex gap={6} align="center">
                    <span
                      className="mdm-weight-bar"
                      style={{
                        width: `${(Math.abs(item.weight) / biggest) * 60}px`,
                        background: item.weight >= 0 ? '#52c41a' : '#ff4d4f',
                      }}
                    />
                    <span className={item.weight >= 0 ? 'mdm-weight-positive' : 'mdm-weight-negative'}>
                      {number.format(item.weight)}
                    </span>
                  </Flex>
                ),
              },
            ]}
          />
          <Typography.Text type="secondary">{t('pair.howToRead')}</Typography.Text>
        </Flex>
      )}
    </Drawer>
  );
}
