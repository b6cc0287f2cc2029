import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { domainRoles } from '../../components/domain-roles';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { RaciTag } from '../../components/raci-tag';
import { VacantRole } from '../../components/vacant-role';
import type { DomainTreeQuery } from '../../gql/graphql';
import { DomainTreeQuery as DomainTreeDocument } from '../domains/domains.graphql';
import { MatrixCell } from './matrix-cell';

type DomainRow = DomainTreeQuery['domains']['nodes'][number];

/** Domains (tree order, indented) × domain roles; each cell the people holding that role there. */
export function ResponsibilityPage() {
  const { t } = useTranslation(['responsibility', 'common', 'enums']);
  const canWrite = useCan('stewardship:write');
  const context = useMemo(() => ({ additionalTypenames: ['Domain', 'RoleAssignment'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: DomainTreeDocument, context });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const domains = data?.domains.nodes ?? [];
  // `?domain=<id>` (the domain page's "See in the matrix"): that row is scrolled to and highlighted.
  const [params] = useSearchParams();
  const focused = params.get('domain');
  const loaded = Boolean(data);
  useEffect(() => {
    if (!focused || !loaded) return;
    document.querySelector(`[data-row-key="${CSS.escape(focused)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focused, loaded]);

  const columns: ColumnsType<DomainRow> = [
    {
      title: t('domain'),
      key: 'domain',
      fixed: 'left',
      width: 180,
      ellipsis: true,
      render: (_v, domain) => (
        <Link
          to={`/domains/${domain.id}`}
          className={domain.depth === 0 ? 'matrix-domain matrix-domain-root' : 'matrix-domain'}
          style={{ paddingLeft: domain.depth * 16 }}
          title={domain.name}
        >
          {domain.depth > 0 ? <span className="matrix-branch" aria-hidden /> : null}
          <span className="matrix-domain-name">{domain.name}</span>
        </Link>
      ),
    },
    ...domainRoles.map((role) => ({
      title: t(`enums:governanceRole.${role}`),
      key: role,
      width: 170,
      render: (_v: unknown, domain: DomainRow) => (
        <MatrixCell domain={domain} role={role} canWrite={canWrite} onReload={reload} />
      ),
    })),
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Flex vertical gap={6} className="matrix-legend">
        <Flex gap={16} align="center" wrap>
          <Typography.Text type="secondary">{t('legend')}:</Typography.Text>
          {(['R', 'A', 'C', 'I'] as const).map((letter) => (
            <Flex key={letter} gap={4} align="center">
              <RaciTag letter={letter} />
              <Typography.Text type="secondary">{t(`enums:raci.${letter}`)}</Typography.Text>
            </Flex>
          ))}
          <span className="holder-inherited inherited-note">{t('inheritedLegend')}</span>
        </Flex>
        <Flex gap={16} align="center" wrap>
          <Flex gap={6} align="center">
            <VacantRole of="data_owner" />
            <Typography.Text type="secondary">{t('vacantLegend')}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary">{t('common:vacant.legend')}</Typography.Text>
          {canWrite ? <Typography.Text type="secondary">{t('editHint')}</Typography.Text> : null}
        </Flex>
      </Flex>
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
          <Table<DomainRow>
            rowKey="id"
            bordered
            columns={columns}
            dataSource={[...domains]}
            loading={fetching && !data}
            pagination={false}
            scroll={{ x: 860 }}
            tableLayout="fixed"
            rowClassName={(domain) => (domain.id === focused ? 'matrix-row-focused' : '')}
            className="matrix-table"
            data-testid="responsibility-matrix"
            locale={{
              emptyText: !data ? (
                <span />
              ) : (
                <EmptyState
                  description={t('empty')}
                  action={
                    canWrite ? (
                      <Link to="/domains?new=1">
                        <Button type="primary" icon={<PlusOutlined aria-hidden />}>
                          {t('createDomains')}
                        </Button>
                      </Link>
                    ) : null
                  }
                />
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
