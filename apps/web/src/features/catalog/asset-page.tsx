import { BarChartOutlined, KeyOutlined, LoadingOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  List,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { CoveringPoliciesCard } from '../../components/covering-policies-card';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { relativeTime, When } from '../../components/when';
import type { DataAssetQuery as DataAssetQueryType } from '../../gql/graphql';
import { AssetIssuesCard } from '../issues/asset-issues-card';
import { QualityRulesCard } from '../quality/quality-rules-card';
import { AssetDomainModal } from './asset-domain-modal';
import { AssetKindTag } from './asset-kind-tag';
import { AssetLifecycleCard } from './asset-lifecycle-card';
import { AssetOwnersCard } from './asset-owners-card';
import { DataAssetQuery } from './catalog.graphql';
import { DrawLineageModal } from './draw-lineage-modal';
import { type AssetField, FieldClasses, FieldMeaning } from './field-curation';
import { FieldProfile } from './field-profile';
import { LineageGraph } from './lineage-graph';
import { LinkTermModal } from './link-term-modal';
import { useProfiling } from './use-profiling';
import './catalog.css';

type FieldRow = AssetField;
type AssetData = NonNullable<DataAssetQueryType['dataAsset']>;

/** When the asset was profiled and on how many rows, or that it was not. */
function ProfileLine({
  profile,
  running,
  progress,
}: {
  profile: AssetData['latestProfile'];
  running: boolean;
  progress: string | null;
}) {
  const { t, i18n } = useTranslation('catalog');
  const number = new Intl.NumberFormat(i18n.language);
  if (running) {
    return (
      <Space size={6} data-testid="profile-status">
        <LoadingOutlined aria-hidden />
        {progress ? t('curation.profiling', { current: progress }) : t('curation.profileQueued')}
      </Space>
    );
  }
  if (!profile) {
    return (
      <Typography.Text type="secondary" data-testid="profile-status">
        {t('curation.notProfiled')}
      </Typography.Text>
    );
  }
  const when = relativeTime(profile.createdAt, i18n.language);
  return (
    <Typography.Text type="secondary" data-testid="profile-status">
      {profile.sampled
        ? t('curation.profiledSample', {
            when,
            percent: number.format(Math.round((profile.samplePercent ?? 0) * 100) / 100),
            sampled: number.format(profile.profiledRows),
            rows: number.format(profile.rowCount),
          })
        : t('curation.profiled', { when, rows: number.format(profile.rowCount) })}
    </Typography.Text>
  );
}

/** A table or view: its columns, where it sits, its lineage and what ingests changed. */
export function AssetPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('catalog');
  const canManage = useCan('catalog:manage');
  const canCurate = useCan('catalog:curate');
  const [{ data, error, fetching }, refetch] = useQuery({ query: DataAssetQuery, variables: { id } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const profiling = useProfiling(reload);
  const canAssign = useCan('stewardship:write');
  const [linking, setLinking] = useState<{ id: string; name: string } | null>(null);
  const [placing, setPlacing] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [lineageVersion, setLineageVersion] = useState(0);
  const [ruleRuns, setRuleRuns] = useState(0);
  const asset = data?.dataAsset;
  const number = new Intl.NumberFormat(i18n.language);

  if (error && !data) return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} fullPage />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!asset) {
    return (
      <Result status="404" title={t('asset.notFound')} extra={<Link to="/catalog/assets">{t('assets.title')}</Link>} />
    );
  }

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to="/catalog/assets">{t('assets.title')}</Link> },
              { title: <Link to={`/catalog/sources/${asset.source.id}`}>{asset.source.name}</Link> },
              {
                title: (
                  <Link to={`/catalog/assets?source=${asset.source.id}&schema=${encodeURIComponent(asset.schemaName)}`}>
                    {asset.schemaName}
                  </Link>
                ),
              },
              { title: asset.name },
            ]}
          />
        }
        title={asset.name}
        tags={<AssetKindTag kind={asset.kind} removed={Boolean(asset.removedAt)} />}
        description={asset.description ?? t('asset.noDescription')}
        actions={
          canManage && !asset.removedAt ? (
            <Button
              icon={<BarChartOutlined aria-hidden />}
              loading={profiling.starting || profiling.running}
              onClick={() => void profiling.profile([asset.id])}
            >
              {asset.latestProfile ? t('curation.profileAgain') : t('curation.profile')}
            </Button>
          ) : null
        }
      />
      {profiling.job?.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 20 }}
          message={t('curation.profileFailed', { error: profiling.job.error })}
        />
      ) : null}
      {asset.removedAt ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 20 }}
          message={t('asset.removed', { when: relativeTime(asset.removedAt, i18n.language) })}
        />
      ) : null}
      <Row gutter={[20, 20]}>
        <Col span={24}>
          <Card
            title={t('asset.columns')}
            className="table-card"
            data-testid="asset-columns"
            extra={
              <ProfileLine
                profile={asset.latestProfile}
                running={profiling.running}
                progress={(profiling.job?.progress as { current?: string } | null)?.current ?? null}
              />
            }
          >
            {asset.fields.length === 0 ? (
              <EmptyState description={t('asset.noColumns')} />
            ) : (
              <Table<FieldRow>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={asset.fields}
                rowClassName={(field) => (field.removedAt ? 'catalog-removed' : '')}
                expandable={{
                  rowExpandable: (field) => Boolean(field.profile),
                  expandedRowRender: (field) => (
                    <FieldProfile field={field} profiledRows={asset.latestProfile?.profiledRows ?? 0} />
                  ),
                }}
                columns={[
                  {
                    title: t('asset.column'),
                    key: 'name',
                    render: (_, field) => (
                      <span>
                        <Typography.Text strong>{field.name}</Typography.Text>{' '}
                        {field.primaryKey ? (
                          <Tooltip title={t('asset.primaryKey')}>
                            <KeyOutlined aria-label={t('asset.primaryKey')} className="catalog-key-icon" />
                          </Tooltip>
                        ) : null}
                        {field.removedAt ? <Tag style={{ marginLeft: 8 }}>{t('asset.removedTag')}</Tag> : null}
                      </span>
                    ),
                  },
                  {
                    title: t('asset.type'),
                    key: 'type',
                    render: (_, field) => <Typography.Text code>{field.dataType}</Typography.Text>,
                  },
                  {
                    title: t('asset.nullable'),
                    key: 'nullable',
                    render: (_, field) =>
                      field.nullable ? (
                        <Typography.Text type="secondary">{t('asset.nullable')}</Typography.Text>
                      ) : (
                        t('asset.notNull')
                      ),
                  },
                  {
                    title: t('asset.description'),
                    key: 'description',
                    render: (_, field) => field.description ?? <Typography.Text type="secondary">—</Typography.Text>,
                  },
                  {
                    title: t('curation.meaning'),
                    key: 'meaning',
                    render: (_, field) => (
                      <FieldMeaning
                        field={field}
                        canCurate={canCurate}
                        onChanged={reload}
                        onLink={() => setLinking({ id: field.id, name: field.name })}
                      />
                    ),
                  },
                  {
                    title: t('curation.personalData'),
                    key: 'classes',
                    render: (_, field) => <FieldClasses field={field} canCurate={canCurate} onChanged={reload} />,
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('asset.details')} className="stacked-card">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('asset.source')}>
                <Link to={`/catalog/sources/${asset.source.id}`}>{asset.source.name}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('asset.schema')}>{asset.schemaName}</Descriptions.Item>
              <Descriptions.Item label={t('asset.rows')}>
                {asset.rowEstimate == null ? t('asset.rowsUnknown') : number.format(asset.rowEstimate)}
              </Descriptions.Item>
              <Descriptions.Item label={t('source.domain')}>
                <Space size={8}>
                  {asset.domain ? (
                    <Link to={`/domains/${asset.domain.id}`}>{asset.domain.name}</Link>
                  ) : asset.source.domain ? (
                    t('ownership.fromSource', { domain: asset.source.domain.name })
                  ) : (
                    t('source.noDomain')
                  )}
                  {canCurate && !asset.removedAt ? (
                    <Typography.Link onClick={() => setPlacing(true)}>{t('ownership.changeDomain')}</Typography.Link>
                  ) : null}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('asset.firstSeen')}>
                <When at={asset.firstSeenAt} />
              </Descriptions.Item>
              <Descriptions.Item label={t('asset.lastSeen')}>
                <When at={asset.lastSeenAt} />
              </Descriptions.Item>
            </Descriptions>
            {asset.definition ? (
              <>
                <Typography.Title level={5}>{t('asset.definition')}</Typography.Title>
                <pre className="catalog-definition">{asset.definition}</pre>
              </>
            ) : null}
          </Card>
          <AssetLifecycleCard asset={asset} onChanged={reload} />
        </Col>
        <Col xs={24} xl={12}>
          <AssetOwnersCard asset={asset} canAssign={canAssign} onChanged={reload} />
          <CoveringPoliciesCard policies={asset.policies} subject="asset" />
        </Col>
        <Col span={24}>
          <QualityRulesCard asset={asset} onRan={() => setRuleRuns((count) => count + 1)} />
        </Col>
        <Col span={24}>
          <AssetIssuesCard asset={asset} refreshKey={ruleRuns} />
        </Col>
        <Col span={24}>
          <Card
            title={t('asset.lineage')}
            data-testid="asset-lineage"
            extra={
              canCurate && !asset.removedAt ? (
                <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawing(true)}>
                  {t('lineage.drawButton')}
                </Button>
              ) : null
            }
          >
            <LineageGraph assetId={asset.id} refreshKey={lineageVersion} canCurate={canCurate} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('asset.history')} data-testid="asset-history">
            {asset.history.length === 0 ? (
              <EmptyState description={t('asset.noHistory')} />
            ) : (
              <List
                size="small"
                dataSource={asset.history}
                renderItem={(change) => (
                  <List.Item extra={<When at={change.createdAt} />}>
                    {t(`changes.${change.kind as 'asset_added'}`, {
                      field: change.fieldName,
                      before: change.before ?? '',
                      after: change.after
                        ? change.kind === 'asset_added'
                          ? t(`kinds.${change.after as 'table'}`).toLowerCase()
                          : change.after
                        : '',
                    })}
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      <DrawLineageModal
        asset={drawing ? asset : null}
        onClose={() => setDrawing(false)}
        onDrawn={() => {
          setDrawing(false);
          setLineageVersion((value) => value + 1);
        }}
      />
      <AssetDomainModal
        asset={placing ? asset : null}
        onClose={() => setPlacing(false)}
        onSaved={() => {
          setPlacing(false);
          reload();
        }}
      />
      {canCurate ? (
        <LinkTermModal
          field={linking}
          onClose={() => setLinking(null)}
          onLinked={() => {
            setLinking(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
