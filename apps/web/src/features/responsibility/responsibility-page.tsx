import { Alert, Button, Card, Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { domainRoles } from '../../components/domain-roles';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { RaciTag } from '../../components/raci-tag';
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

  const columns: ColumnsType<DomainRow> = [
    {
      title: t('domain'),
      key: 'domain',
      fixed: 'left',
      width: 240,
      render: (_v, domain) => (
        <Link
          to={`/domains/${domain.id}`}
          className={domain.depth === 0 ? 'matrix-domain matrix-domain-root' : 'matrix-domain'}
          style={{ paddingLeft: domain.depth * 20 }}
        >
          {domain.depth > 0 ? <span className="matrix-branch" aria-hidden /> : null}
          {domain.name}
        </Link>
      ),
    },
    ...domainRoles.map((role) => ({
      title: t(`enums:governanceRole.${role}`),
      key: role,
      render: (_v: unknown, domain: DomainRow) => (
        <MatrixCell domain={domain} role={role} canWrite={canWrite} onReload={reload} />
      ),
    })),
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Flex gap={16} align="center" wrap className="matrix-legend">
        <Typography.Text type="secondary">{t('legend')}:</Typography.Text>
        {(['R', 'A', 'C', 'I'] as const).map((letter) => (
          <Flex key={letter} gap={4} align="center">
            <RaciTag letter={letter} />
            <Typography.Text type="secondary">{t(`enums:raci.${letter}`)}</Typography.Text>
          </Flex>
        ))}
        <span className="holder-inherited inherited-note">{t('inheritedLegend')}</span>
        {canWrite ? <Typography.Text type="secondary">· {t('editHint')}</Typography.Text> : null}
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
            scroll={{ x: 1000 }}
            className="matrix-table"
            data-testid="responsibility-matrix"
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')}>
                  <Link to="/domains">
                    <Button>{t('createDomains')}</Button>
                  </Link>
                </Empty>
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
