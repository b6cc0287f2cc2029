import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { CouncilCard } from './council-card';
import { CouncilFormModal } from './council-form-modal';
import { CouncilsQuery } from './councils.graphql';

export function CouncilsPage() {
  const { t } = useTranslation('councils');
  const canWrite = useCan('stewardship:write');
  const context = useMemo(() => ({ additionalTypenames: ['Council', 'CouncilMember', 'CouncilDecision'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: CouncilsQuery, context });
  const [creating, setCreating] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const councils = data?.councils.nodes ?? [];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          ) : null
        }
      />
      {error && !data ? (
        <LoadError onRetry={reload} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : councils.length === 0 ? (
        <Card>
          <EmptyState
            description={t('empty')}
            action={
              canWrite ? (
                <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                  {t('create')}
                </Button>
              ) : null
            }
          />
        </Card>
      ) : (
        <Row gutter={[20, 20]}>
          {councils.map((council) => (
            <Col key={council.id} xs={24} xl={12} xxl={8}>
              <CouncilCard council={council} canWrite={canWrite} onReload={reload} />
            </Col>
          ))}
        </Row>
      )}
      {canWrite ? <CouncilFormModal open={creating} onClose={() => setCreating(false)} onReload={reload} /> : null}
    </>
  );
}
