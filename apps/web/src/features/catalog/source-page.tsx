import { CloudSyncOutlined, EditOutlined, TableOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  List,
  Modal,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { When } from '../../components/when';
import { DataSourceQuery, IngestRunChangesQuery } from './catalog.graphql';
import { IngestStatus, isIngestRunning } from './ingest-status';
import { SourceFormModal } from './source-form-modal';
import { useIngest } from './use-ingest';
import './catalog.css';

/** One source: ingest it and follow the run, its connection, schemas and ingest history. */
export function SourcePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['catalog', 'common']);
  const canManage = useCan('catalog:manage');
  const context = useMemo(() => ({ additionalTypenames: ['DataSource', 'DataAsset'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: DataSourceQuery, variables: { id }, context });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const { ingest, starting, job } = useIngest(id, reload);
  const [editing, setEditing] = useState(false);
  const [runShown, setRunShown] = useState<{ id: string; at: string } | null>(null);
  const source = data?.dataSource;

  if (error && !data) return <LoadError onRetry={reload} fullPage />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!source) {
    return (
      <Result
        status="404"
        title={t('source.notFound')}
        extra={<Link to="/catalog/sources">{t('sources.title')}</Link>}
      />
    );
  }

  const latestJob = job === undefined ? source.lastIngestJob : job;
  const running = isIngestRunning(latestJob);
  const { connection } = source;
  const password =
    connection.passwordSource === 'stored'
      ? t('source.passwordStored')
      : connection.passwordSource === 'environment'
        ? t('source.passwordEnvironment', { name: connection.passwordEnv })
        : t('source.passwordNone');

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[{ title: <Link to="/catalog/sources">{t('sources.title')}</Link> }, { title: source.name }]}
          />
        }
        title={source.name}
        tags={source.isDemo ? <Tag color="purple">{t('sources.demoTag')}</Tag> : null}
        description={source.description ?? undefined}
        actions={
          <>
            <Link to={`/catalog/assets?source=${source.id}`}>
              <Button icon={<TableOutlined aria-hidden />}>{t('source.browse')}</Button>
            </Link>
            {canManage ? (
              <>
                <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                  {t('source.edit')}
                </Button>
                <Button
                  type="primary"
                  icon={<CloudSyncOutlined aria-hidden />}
                  loading={starting || running}
                  onClick={() => void ingest()}
                >
                  {source.lastIngestAt ? t('source.ingestAgain') : t('source.ingest')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card className="catalog-status-card">
        <IngestStatus job={latestJob} lastIngestAt={source.lastIngestAt} />
      </Card>
      <Row gutter={[20, 20]} style={{ marginTop: 20 }}>
        <Col xs={24} xl={10}>
          <Card title={t('source.connection')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('form.host')}>
                <Typography.Text code>
                  {connection.host}:{connection.port}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('form.database')}>{connection.database}</Descriptions.Item>
              <Descriptions.Item label={t('form.user')}>{connection.user}</Descriptions.Item>
              <Descriptions.Item label={t('form.passwordMode')}>{password}</Descriptions.Item>
              <Descriptions.Item label={t('form.sslMode')}>
                {t(`form.sslModes.${connection.sslMode}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('form.schemas')}>
                {connection.schemas.length > 0 ? connection.schemas.join(', ') : t('source.allSchemas')}
              </Descriptions.Item>
              <Descriptions.Item label={t('source.serverVersion')}>
                {source.serverVersion ? `PostgreSQL ${source.serverVersion}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('source.domain')}>
                {source.domain ? (
                  <Link to={`/domains/${source.domain.id}`}>{source.domain.name}</Link>
                ) : (
                  t('source.noDomain')
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={20} style={{ width: '100%' }}>
            <Card title={t('source.schemas')} data-testid="source-schemas">
              {source.schemas.length === 0 ? (
                <EmptyState description={t('source.noSchemas')} />
              ) : (
                <List
                  dataSource={source.schemas}
                  renderItem={(schema) => (
                    <List.Item
                      extra={
                        <Typography.Text type="secondary">
                          {t('assets.total', { count: schema.assetCount })}
                        </Typography.Text>
                      }
                    >
                      <Link to={`/catalog/assets?source=${source.id}&schema=${encodeURIComponent(schema.name)}`}>
                        {schema.name}
                      </Link>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title={t('source.runs')} data-testid="ingest-runs">
              {source.ingestRuns.length === 0 ? (
                <EmptyState description={t('source.noRuns')} />
              ) : (
                <List
                  dataSource={source.ingestRuns}
                  renderItem={(run) => (
                    <List.Item
                      extra={
                        <Space direction="vertical" align="end" size={0}>
                          <When at={run.createdAt} />
                          <Typography.Link onClick={() => setRunShown({ id: run.id, at: run.createdAt })}>
                            {t('source.runChanges')}
                          </Typography.Link>
                        </Space>
                      }
                    >
                      <List.Item.Meta
                        title={run.summary}
                        description={t('source.runLine', {
                          assets: run.assetCount,
                          fields: run.fieldCount,
                          edges: run.edgeCount,
                        })}
                      />
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Space>
        </Col>
      </Row>
      <IngestRunChangesModal run={runShown} onClose={() => setRunShown(null)} />
      {canManage ? (
        <SourceFormModal
          open={editing}
          source={source}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

/** The log of one ingest: every change it made, table by table. */
function IngestRunChangesModal({ run, onClose }: { run: { id: string; at: string } | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('catalog');
  const [{ data, fetching }] = useQuery({
    query: IngestRunChangesQuery,
    variables: { runId: run?.id ?? '' },
    pause: !run,
  });
  const changes = data?.ingestRunChanges ?? [];
  const when = run
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(run.at))
    : '';
  return (
    <Modal
      open={Boolean(run)}
      title={t('source.runChangesTitle', { when })}
      onCancel={onClose}
      footer={null}
      width={760}
    >
      {fetching && !data ? (
        <Skeleton active />
      ) : changes.length === 0 ? (
        <Typography.Text type="secondary">{t('source.runNoChanges')}</Typography.Text>
      ) : (
        <List
          size="small"
          data-testid="ingest-run-changes"
          dataSource={changes}
          renderItem={(change) => (
            <List.Item>
              <Typography.Text>
                <Link to={`/catalog/assets/${change.assetId}`}>{change.assetName}</Link>
                {': '}
                {t(`changes.${change.kind as 'asset_added'}`, {
                  field: change.fieldName,
                  before: change.before ?? '',
                  after: change.after
                    ? change.kind === 'asset_added'
                      ? t(`kinds.${change.after as 'table'}`).toLowerCase()
                      : change.after
                    : '',
                })}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
