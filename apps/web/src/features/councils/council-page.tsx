import { CalendarOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Result, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useCan, useViewer } from '../../auth/viewer-context';
import { CouncilKindTag } from '../../components/enum-tags';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { AddMemberModal } from './add-member-modal';
import { CouncilFormModal } from './council-form-modal';
import { CouncilMemberList } from './council-member-list';
import { CouncilQuery } from './councils.graphql';
import { DecisionLogCard } from './decision-log-card';
import './councils.css';

/** One council: what it is for, when it meets, who sits on it, and its decision log. */
export function CouncilPage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t } = useTranslation(['councils', 'common']);
  const canWrite = useCan('stewardship:write');
  const viewer = useViewer();
  const context = useMemo(() => ({ additionalTypenames: ['Council', 'CouncilMember', 'CouncilDecision'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: CouncilQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const notFound = (
    <Result status="404" title={t('detail.notFound')} extra={<Link to="/councils">{t('detail.backToList')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const council = data?.council;
  if (!council) return notFound;
  // The server decides (stewards, or the council's own members); this only chooses what to offer.
  const isMember = council.members.some((member) => member.person.id === viewer.person?.id);
  const mayRecord = canWrite || isMember;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/councils">{t('detail.back')}</Link> }, { title: council.name }]} />
        }
        title={council.name}
        tags={<CouncilKindTag kind={council.kind} />}
        description={
          <>
            {council.purpose ?? t('noPurpose')}
            <br />
            <span className="council-page-cadence" data-testid="council-cadence">
              <CalendarOutlined aria-hidden />
              {council.cadence ?? t('noCadence')}
            </span>
          </>
        }
        actions={
          canWrite ? (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('detail.edit')}
            </Button>
          ) : null
        }
      />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={16}>
          <DecisionLogCard council={council} mayRecord={mayRecord} onReload={reload} />
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={t('detail.membersTitle')}
            className="council-page-members"
            data-testid="council-members"
            extra={
              canWrite ? (
                <Button size="small" icon={<UserAddOutlined aria-hidden />} onClick={() => setAdding(true)}>
                  {t('addMember')}
                </Button>
              ) : null
            }
          >
            <Typography.Paragraph type="secondary">
              {t('members', { count: council.members.length })}. {t('detail.membersHint')}
            </Typography.Paragraph>
            <CouncilMemberList council={council} canWrite={canWrite} onReload={reload} />
          </Card>
        </Col>
      </Row>
      {canWrite ? (
        <>
          <CouncilFormModal open={editing} council={council} onClose={() => setEditing(false)} onReload={reload} />
          <AddMemberModal open={adding} council={council} onClose={() => setAdding(false)} onReload={reload} />
        </>
      ) : null}
    </>
  );
}
