import { PlusOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { CouncilsGlance } from './councils-glance';
import { CoverageCard } from './coverage-card';
import { GapsCard } from './gaps-card';
import { OverviewQuery } from './overview.graphql';
import { ProgramRolesCard } from './program-roles-card';

export function OverviewPage() {
  const { t } = useTranslation('overview');
  const canWrite = useCan('stewardship:write');
  const context = useMemo(() => ({ additionalTypenames: ['Domain', 'RoleAssignment', 'Council', 'Person'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: OverviewQuery,
    requestPolicy: 'cache-and-network',
    context,
  });

  const header = (
    <PageHeader
      title={t('title')}
      description={t('description')}
      actions={
        <Link to="/responsibility">
          <Button type="primary" icon={<TableOutlined aria-hidden />}>
            {t('primaryAction')}
          </Button>
        </Link>
      }
    />
  );
  if (error && !data) {
    return (
      <>
        {header}
        <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!data || (fetching && !data)) {
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }

  return (
    <>
      {header}
      <Row gutter={[20, 20]}>
        {data.stewardshipCoverage.domainCount === 0 ? (
          // Without domains there is nothing to cover: 0% next to "no gaps" would say two things at once.
          <Col span={24}>
            <Card title={t('coverage.title')} data-testid="coverage-card">
              <EmptyState
                title={t('empty.title')}
                description={canWrite ? t('empty.body') : t('empty.viewer')}
                action={
                  canWrite ? (
                    <Link to="/domains?new=1">
                      <Button type="primary" icon={<PlusOutlined aria-hidden />}>
                        {t('empty.create')}
                      </Button>
                    </Link>
                  ) : null
                }
              />
            </Card>
          </Col>
        ) : (
          <>
            <Col xs={24} xl={14}>
              <CoverageCard
                coverage={data.stewardshipCoverage}
                people={data.people.totalCount}
                orgUnits={data.orgUnits.totalCount}
                councils={data.councils.totalCount}
              />
            </Col>
            <Col xs={24} xl={10}>
              <GapsCard gaps={data.stewardshipCoverage.gaps} />
            </Col>
          </>
        )}
        <Col xs={24} xl={12}>
          <ProgramRolesCard
            roles={data.programRoles}
            canWrite={canWrite}
            onReload={() => refetch({ requestPolicy: 'network-only' })}
          />
        </Col>
        <Col xs={24} xl={12}>
          <CouncilsGlance councils={data.councils.nodes} />
        </Col>
      </Row>
    </>
  );
}
