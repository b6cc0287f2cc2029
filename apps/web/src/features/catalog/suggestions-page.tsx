import { Badge, Button, Card, Flex, Space, Table, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { PendingSuggestionsQuery as PendingSuggestionsQueryType } from '../../gql/graphql';
import { PendingSuggestionsQuery } from './catalog.graphql';
import { useCatalogDecisions } from './use-catalog-decisions';
import './catalog.css';

type ClassificationRow = PendingSuggestionsQueryType['pendingClassifications']['nodes'][number];
type LinkRow = PendingSuggestionsQueryType['pendingTermLinks']['nodes'][number];

const PAGE = 50;

/** What the catalogue noticed, for a steward to decide: personal data in columns, and term links. */
export function SuggestionsPage() {
  const { t } = useTranslation('catalog');
  const canCurate = useCan('catalog:curate');
  const [tab, setTab] = useState('classifications');
  const [{ data, error, fetching }, refetch] = useQuery({ query: PendingSuggestionsQuery, variables: { first: PAGE } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const decide = useCatalogDecisions(reload);

  const decisionButtons = (confirm: () => void, reject: () => void, label: string) =>
    canCurate ? (
      <Space>
        <Button
          size="small"
          type="primary"
          ghost
          onClick={confirm}
          disabled={decide.deciding}
          aria-label={`${t('curation.confirm')} ${label}`}
        >
          {t('curation.confirm')}
        </Button>
        <Button
          size="small"
          danger
          onClick={reject}
          disabled={decide.deciding}
          aria-label={`${t('curation.reject')} ${label}`}
        >
          {t('curation.reject')}
        </Button>
      </Space>
    ) : null;

  const columnCell = (
    field: { name: string },
    asset: { id: string; qualifiedName: string; source: { name: string } },
  ) => (
    <Flex vertical gap={2}>
      <Link to={`/catalog/assets/${asset.id}`}>
        {asset.qualifiedName}.<strong>{field.name}</strong>
      </Link>
      <Typography.Text type="secondary" className="catalog-source-description">
        {asset.source.name}
      </Typography.Text>
    </Flex>
  );

  if (error && !data) return <LoadError onRetry={reload} fullPage />;
  const classifications = data?.pendingClassifications;
  const links = data?.pendingTermLinks;

  return (
    <>
      <PageHeader title={t('suggestions.title')} description={t('suggestions.description')} />
      <Card className="table-card">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          className="suggestion-tabs"
          items={[
            {
              key: 'classifications',
              label: (
                <Space>
                  {t('suggestions.classifications')}
                  <Badge count={classifications?.totalCount ?? 0} showZero color="#8c8c8c" />
                </Space>
              ),
              children:
                classifications && classifications.totalCount === 0 ? (
                  <EmptyState description={t('suggestions.emptyClassifications')} />
                ) : (
                  <Table<ClassificationRow>
                    rowKey="id"
                    loading={fetching}
                    dataSource={classifications?.nodes ?? []}
                    pagination={false}
                    columns={[
                      {
                        title: t('suggestions.column'),
                        key: 'column',
                        render: (_, row) => columnCell(row.field, row.field.asset),
                      },
                      { title: t('suggestions.class'), key: 'class', render: (_, row) => t(`pii.${row.piiClass}`) },
                      { title: t('suggestions.why'), key: 'why', render: (_, row) => row.reason },
                      {
                        title: t('suggestions.decision'),
                        key: 'decision',
                        render: (_, row) =>
                          decisionButtons(
                            () =>
                              void decide.classification(
                                row.id,
                                'confirm',
                                t('suggestions.confirmedClass', {
                                  class: t(`pii.${row.piiClass}`),
                                  column: row.field.name,
                                }),
                              ),
                            () => void decide.classification(row.id, 'reject', t('suggestions.rejectedOne')),
                            `${t(`pii.${row.piiClass}`)} (${row.field.name})`,
                          ),
                      },
                    ]}
                  />
                ),
            },
            {
              key: 'termLinks',
              label: (
                <Space>
                  {t('suggestions.termLinks')}
                  <Badge count={links?.totalCount ?? 0} showZero color="#8c8c8c" />
                </Space>
              ),
              children:
                links && links.totalCount === 0 ? (
                  <EmptyState description={t('suggestions.emptyTermLinks')} />
                ) : (
                  <Table<LinkRow>
                    rowKey="id"
                    loading={fetching}
                    dataSource={links?.nodes ?? []}
                    pagination={false}
                    columns={[
                      {
                        title: t('suggestions.column'),
                        key: 'column',
                        render: (_, row) => (row.field ? columnCell(row.field, row.asset) : row.asset.qualifiedName),
                      },
                      {
                        title: t('suggestions.term'),
                        key: 'term',
                        render: (_, row) => (
                          <Flex vertical gap={2}>
                            <Link to={`/glossary/terms/${row.term.id}`}>{row.term.name}</Link>
                            <Typography.Text type="secondary" ellipsis className="catalog-source-description">
                              {row.term.definition}
                            </Typography.Text>
                          </Flex>
                        ),
                      },
                      { title: t('suggestions.why'), key: 'why', render: (_, row) => row.reason },
                      {
                        title: t('suggestions.decision'),
                        key: 'decision',
                        render: (_, row) =>
                          decisionButtons(
                            () =>
                              void decide.termLink(
                                row.id,
                                'confirm',
                                t('suggestions.confirmedLink', {
                                  term: row.term.name,
                                  column: row.field?.name ?? row.asset.qualifiedName,
                                }),
                              ),
                            () => void decide.termLink(row.id, 'reject', t('suggestions.rejectedOne')),
                            `${row.term.name} (${row.field?.name ?? row.asset.qualifiedName})`,
                          ),
                      },
                    ]}
                  />
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
