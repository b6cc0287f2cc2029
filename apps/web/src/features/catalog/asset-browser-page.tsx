import { DatabaseOutlined, FolderOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Input, Row, Skeleton, Switch, Table, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/cursor-pager';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { DataAssetsQuery as DataAssetsQueryType } from '../../gql/graphql';
import { AssetKindTag } from './asset-kind-tag';
import { CatalogTreeQuery, DataAssetsQuery } from './catalog.graphql';
import './catalog.css';

const PAGE_SIZE = 50;
type AssetRow = DataAssetsQueryType['dataAssets']['nodes'][number];

/** Source → schema on the left, the tables and views of the choice on the right; the choice is in the address. */
export function AssetBrowserPage() {
  const { t, i18n } = useTranslation('catalog');
  const [params, setParams] = useSearchParams();
  const sourceId = params.get('source');
  const schemaName = params.get('schema');
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [cursors, setCursors] = useState<string[]>([]);
  const debounced = useDebouncedValue(search.trim(), 250);
  const filter = useMemo(
    () => ({ sourceId, schemaName, search: debounced || null, includeRemoved }),
    [sourceId, schemaName, debounced, includeRemoved],
  );
  const filterKey = JSON.stringify(filter);
  const [seenKey, setSeenKey] = useState(filterKey);
  if (seenKey !== filterKey) {
    setSeenKey(filterKey);
    setCursors([]);
  }
  const after = cursors[cursors.length - 1] ?? null;
  const [tree] = useQuery({ query: CatalogTreeQuery });
  const [{ data, error, fetching }, refetch] = useQuery({
    query: DataAssetsQuery,
    variables: { first: PAGE_SIZE, after, filter },
  });
  const number = new Intl.NumberFormat(i18n.language);

  const treeData: DataNode[] = (tree.data?.dataSources ?? []).map((source) => ({
    key: `source:${source.id}`,
    title: source.name,
    icon: <DatabaseOutlined aria-hidden />,
    children: source.schemas.map((schema) => ({
      key: `schema:${source.id}:${schema.name}`,
      title: (
        <span>
          {schema.name} <Typography.Text type="secondary">({schema.assetCount})</Typography.Text>
        </span>
      ),
      icon: <FolderOutlined aria-hidden />,
      isLeaf: true,
    })),
  }));
  const selectedKey =
    schemaName && sourceId ? `schema:${sourceId}:${schemaName}` : sourceId ? `source:${sourceId}` : null;

  const choose = (key: string | undefined) => {
    const next = new URLSearchParams();
    if (key?.startsWith('source:')) next.set('source', key.slice('source:'.length));
    if (key?.startsWith('schema:')) {
      const [, id, ...schema] = key.split(':');
      next.set('source', id!);
      next.set('schema', schema.join(':'));
    }
    setParams(next);
  };

  const assets = data?.dataAssets;
  const hasAnySource = (tree.data?.dataSources.length ?? 0) > 0;

  return (
    <>
      <PageHeader title={t('assets.title')} description={t('assets.description')} />
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={7} xxl={5}>
          <Card title={t('assets.browse')} className="catalog-tree-card" data-testid="catalog-tree">
            {tree.fetching && !tree.data ? (
              <Skeleton active />
            ) : (
              <>
                <Typography.Link onClick={() => choose(undefined)} strong={!selectedKey}>
                  {t('assets.allAssets')}
                </Typography.Link>
                <Tree
                  showIcon
                  defaultExpandAll
                  blockNode
                  selectedKeys={selectedKey ? [selectedKey] : []}
                  treeData={treeData}
                  onSelect={(keys) => choose(keys[0] ? String(keys[0]) : undefined)}
                  style={{ marginTop: 8 }}
                />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={17} xxl={19}>
          <Card className="table-card">
            <Flex gap={16} align="center" wrap className="table-toolbar">
              <Input.Search
                allowClear
                placeholder={t('assets.search')}
                aria-label={t('assets.search')}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                style={{ maxWidth: 360 }}
              />
              <Flex gap={8} align="center">
                <Switch size="small" checked={includeRemoved} onChange={setIncludeRemoved} id="include-removed" />
                <label htmlFor="include-removed">{t('assets.includeRemoved')}</label>
              </Flex>
            </Flex>
            {error && !data ? (
              <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
            ) : !assets && fetching ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : assets && assets.totalCount === 0 ? (
              <EmptyState description={hasAnySource || debounced ? t('assets.noMatch') : t('assets.empty')} />
            ) : (
              <>
                <Table<AssetRow>
                  rowKey="id"
                  loading={fetching}
                  dataSource={assets?.nodes ?? []}
                  pagination={false}
                  rowClassName={(asset) => (asset.removedAt ? 'catalog-removed' : '')}
                  columns={[
                    {
                      title: t('assets.columns.name'),
                      key: 'name',
                      render: (_, asset) => (
                        <Flex vertical gap={2}>
                          <Link to={`/catalog/assets/${asset.id}`}>{asset.name}</Link>
                          <Typography.Text type="secondary" className="catalog-source-description">
                            {asset.schemaName}
                          </Typography.Text>
                        </Flex>
                      ),
                    },
                    {
                      title: t('assets.columns.kind'),
                      key: 'kind',
                      render: (_, asset) => <AssetKindTag kind={asset.kind} removed={Boolean(asset.removedAt)} />,
                    },
                    {
                      title: t('assets.columns.description'),
                      key: 'description',
                      render: (_, asset) =>
                        asset.description ? (
                          <Typography.Text ellipsis className="catalog-source-description">
                            {asset.description}
                          </Typography.Text>
                        ) : (
                          <Typography.Text type="secondary">—</Typography.Text>
                        ),
                    },
                    {
                      title: t('assets.columns.rows'),
                      key: 'rows',
                      align: 'right',
                      render: (_, asset) => (asset.rowEstimate == null ? '—' : number.format(asset.rowEstimate)),
                    },
                    {
                      title: t('assets.columns.source'),
                      key: 'source',
                      render: (_, asset) => <Link to={`/catalog/sources/${asset.source.id}`}>{asset.source.name}</Link>,
                    },
                  ]}
                />
                {assets ? (
                  <CursorPager
                    pageIndex={cursors.length}
                    pageSize={PAGE_SIZE}
                    shown={assets.nodes.length}
                    total={assets.totalCount}
                    hasNextPage={assets.pageInfo.hasNextPage}
                    onPrevious={() => setCursors((list) => list.slice(0, -1))}
                    onNext={() => {
                      const cursor = assets.pageInfo.endCursor;
                      if (cursor) setCursors((list) => [...list, cursor]);
                    }}
                  />
                ) : null}
              </>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
