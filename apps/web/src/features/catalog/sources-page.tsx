import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { DataSourcesQuery as DataSourcesQueryType } from '../../gql/graphql';
import { DataSourcesQuery } from './catalog.graphql';
import { IngestStatus } from './ingest-status';
import { SourceFormModal } from './source-form-modal';
import './catalog.css';

type SourceRow = DataSourcesQueryType['dataSources'][number];

/** Every source with where it is, what it holds and how its last ingest went. */
export function SourcesPage() {
  const { t } = useTranslation('catalog');
  const canManage = useCan('catalog:manage');
  const navigate = useNavigate();
  const context = useMemo(() => ({ additionalTypenames: ['DataSource'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: DataSourcesQuery, context });
  const [adding, setAdding] = useState(false);
  const sources = data?.dataSources ?? [];

  const addButton = canManage ? (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
      {t('sources.add')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('sources.title')} description={t('sources.description')} actions={addButton} />
      {error && !data ? (
        <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : sources.length === 0 ? (
        <Card>
          <EmptyState description={t('sources.empty')} action={addButton} />
        </Card>
      ) : (
        <Card className="table-card">
          <Table<SourceRow>
            tableLayout="fixed"
            rowKey="id"
            dataSource={sources}
            pagination={false}
            columns={[
              {
                title: t('sources.columns.name'),
                key: 'name',
                width: '42%',
                render: (_, source) => (
                  <Flex vertical gap={2}>
                    <Flex gap={8} align="center">
                      <Link to={`/catalog/sources/${source.id}`}>{source.name}</Link>
                      {source.isDemo ? <Tag color="purple">{t('sources.demoTag')}</Tag> : null}
                    </Flex>
                    {source.description ? (
                      <Typography.Text
                        type="secondary"
                        ellipsis={{ tooltip: source.description }}
                        className="catalog-source-description"
                      >
                        {source.description}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: t('sources.columns.where'),
                key: 'where',
                render: (_, source) => (
                  <Typography.Text code className="catalog-nowrap">
                    {source.connection.host}:{source.connection.port}/{source.connection.database}
                  </Typography.Text>
                ),
              },
              {
                title: t('sources.columns.schemas'),
                key: 'schemas',
                render: (_, source) =>
                  source.schemas.length === 0
                    ? '—'
                    : t('sources.schemaCount', {
                        count: source.schemas.length,
                        assets: source.schemas.reduce((sum, schema) => sum + schema.assetCount, 0),
                      }),
              },
              {
                title: t('sources.columns.lastIngest'),
                key: 'lastIngest',
                width: 260,
                render: (_, source) => (
                  <Flex vertical gap={2}>
                    <IngestStatus job={source.lastIngestJob} lastIngestAt={source.lastIngestAt} />
                    {source.ingestRuns[0] ? (
                      <Typography.Text type="secondary">{source.ingestRuns[0].summary}</Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}
      {canManage ? (
        <SourceFormModal
          open={adding}
          demoAddress={data?.demoSourceAddress ?? null}
          onClose={() => setAdding(false)}
          onSaved={(id) => {
            setAdding(false);
            void navigate(`/catalog/sources/${id}`);
          }}
        />
      ) : null}
    </>
  );
}
