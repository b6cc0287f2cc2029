import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { buildTree, type TreeOf } from '../../components/tree';
import type { DomainTreeQuery } from '../../gql/graphql';
import { DomainFormModal, type DomainModalState } from './domain-form-modal';
import { DomainHolders } from './domain-holders';
import { DomainTreeQuery as DomainTreeDocument } from './domains.graphql';

type DomainNode = DomainTreeQuery['domains']['nodes'][number];

export function DomainsPage() {
  const { t } = useTranslation(['domains', 'common']);
  const canWrite = useCan('stewardship:write');
  const context = useMemo(() => ({ additionalTypenames: ['Domain', 'RoleAssignment'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: DomainTreeDocument, context });
  const [dialog, setDialog] = useState<DomainModalState | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const domains = data?.domains.nodes ?? [];
  const tree = useMemo(() => buildTree(domains), [domains]);

  const columns: ColumnsType<TreeOf<DomainNode>> = [
    {
      title: t('columns.name'),
      key: 'name',
      width: '34%',
      render: (_v, domain) => (
        <Flex vertical className="domain-name-cell">
          <Link to={`/domains/${domain.id}`} className="strong-link">
            {domain.name}
          </Link>
          {domain.description ? (
            <Typography.Text type="secondary" className="domain-description" ellipsis={{ tooltip: domain.description }}>
              {domain.description}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('columns.owner'),
      key: 'owner',
      render: (_v, domain) => (
        <DomainHolders
          holders={domain.responsibilities.filter(
            (item) => item.assignment.role === 'data_owner' && item.assignment.raci === 'A',
          )}
        />
      ),
    },
    {
      title: t('columns.stewards'),
      key: 'stewards',
      render: (_v, domain) => (
        <DomainHolders
          holders={domain.responsibilities.filter((item) => item.assignment.role === 'business_steward')}
        />
      ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('columns.actions'),
      key: 'actions',
      width: 90,
      align: 'right',
      render: (_v, domain) => (
        <Tooltip title={t('addChild')}>
          <Button
            type="text"
            icon={<PlusOutlined />}
            aria-label={`${t('addChild')}: ${domain.name}`}
            onClick={() => setDialog({ mode: 'create', parent: domain })}
          />
        </Tooltip>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })}>
              {t('create')}
            </Button>
          ) : null
        }
      />
      {data?.domains.pageInfo.hasNextPage ? (
        <Alert
          type="info"
          showIcon
          className="page-alert"
          title={t('common:errors.truncated', { count: domains.length, total: data.domains.totalCount })}
        />
      ) : null}
      <Card className="table-card">
        {error && !data ? (
          <LoadError onRetry={reload} />
        ) : (
          <Table<TreeOf<DomainNode>>
            rowKey="id"
            columns={columns}
            dataSource={tree}
            loading={fetching && !data}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            key={tree.length ? 'loaded' : 'empty'}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} /> }}
            data-testid="domain-tree"
          />
        )}
      </Card>
      <DomainFormModal state={dialog} domains={domains} onClose={() => setDialog(null)} onReload={reload} />
    </>
  );
}
