import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
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
  // `?new=1` (the overview's and the matrix's "Create a domain") opens the create dialog.
  const [params, setParams] = useSearchParams();
  const wantsNew = params.get('new') === '1';
  useEffect(() => {
    if (!wantsNew) return;
    if (canWrite) setDialog({ mode: 'create' });
    setParams({}, { replace: true });
  }, [wantsNew, canWrite, setParams]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const domains = data?.domains.nodes ?? [];
  const tree = useMemo(() => buildTree(domains), [domains]);

  const columns: ColumnsType<TreeOf<DomainNode>> = [
    {
      title: t('columns.name'),
      key: 'name',
      width: '38%',
      render: (_v, domain) => (
        <Flex vertical className="domain-name-cell">
          <Typography.Text ellipsis={{ tooltip: domain.name }} className="domain-name">
            <Link to={`/domains/${domain.id}`} className="strong-link">
              {domain.name}
            </Link>
          </Typography.Text>
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
      width: '28%',
      render: (_v, domain) => (
        <DomainHolders
          of="data_owner"
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
          of="business_steward"
          holders={domain.responsibilities.filter((item) => item.assignment.role === 'business_steward')}
        />
      ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: <span className="sr-only">{t('columns.actions')}</span>,
      key: 'actions',
      width: 56,
      align: 'right',
      render: (_v, domain) => (
        <Tooltip title={t('addChild')}>
          <Button
            type="text"
            icon={<PlusOutlined aria-hidden />}
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
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ mode: 'create' })}>
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
            tableLayout="fixed"
            scroll={{ x: 640 }}
            expandable={{ defaultExpandAllRows: true, indentSize: 16 }}
            key={tree.length ? 'loaded' : 'empty'}
            locale={{
              // While loading, the spinner says enough; the empty state (and its button) waits for an answer.
              emptyText: !data ? (
                <span />
              ) : (
                <EmptyState
                  description={t('empty')}
                  action={
                    canWrite ? (
                      <Button
                        type="primary"
                        icon={<PlusOutlined aria-hidden />}
                        onClick={() => setDialog({ mode: 'create' })}
                      >
                        {t('create')}
                      </Button>
                    ) : null
                  }
                />
              ),
            }}
            data-testid="domain-tree"
          />
        )}
      </Card>
      <DomainFormModal state={dialog} domains={domains} onClose={() => setDialog(null)} onReload={reload} />
    </>
  );
}
