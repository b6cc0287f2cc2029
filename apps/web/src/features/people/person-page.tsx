import { EditOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Result, Row, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PersonAvatar } from '../../components/person-avatar';
import { HistoryCard } from '../audit/history-card';
import { DeactivateBody } from './deactivate-body';
import { PersonQuery, SetPersonActiveMutation } from './people.graphql';
import { PersonFormModal } from './person-form-modal';
import { PersonRolesCard } from './person-roles-card';
import { PersonSeatsCard } from './person-seats-card';

export function PersonPage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t, i18n } = useTranslation(['people', 'common']);
  const canWrite = useCan('stewardship:write');
  const canReadAudit = useCan('audit:read');
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [editing, setEditing] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['RoleAssignment', 'Council', 'CouncilMember'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PersonQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [, setPersonActive] = useMutation(SetPersonActiveMutation);
  const _personId = data?.person?.id ?? '';
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const notFound = (
    <Result status="404" title={t('detail.notFound')} extra={<Link to="/people">{t('detail.back')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active avatar paragraph={{ rows: 8 }} />;
  const person = data?.person;
  if (!person) return notFound;
  const historyKey = [
    person.version,
    ...person.roles.map((role) => `${role.id}:${role.version}`),
    ...person.councilSeats.map((seat) => `${seat.id}:${seat.role}`),
  ].join(',');

  const confirmActive = (active: boolean) => {
    const name = person.name;
    modal.confirm({
      title: active ? t('detail.reactivateTitle', { name }) : t('detail.deactivateTitle', { name }),
      content: active ? t('detail.reactivateBody') : <DeactivateBody person={person} />,
      okText: active ? t('detail.reactivate') : t('detail.deactivateOk'),
      okButtonProps: { danger: !active },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await setPersonActive({ input: { id: person.id, version: person.version, active } });
        handle(
          { payload: outcome.data?.setPersonActive, error: outcome.error },
          {
            onReload: reload,
            successMessage: active ? t('detail.reactivated', { name }) : t('detail.deactivated', { name }),
          },
        );
        reload();
      },
    });
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/people">{t('detail.back')}</Link> }, { title: person.name }]} />
        }
        avatar={<PersonAvatar name={person.name} size={56} />}
        title={person.name}
        description={[person.title, person.orgUnit?.name].filter(Boolean).join(' · ') || undefined}
        tags={
          person.active ? (
            <Tag color="green">{t('common:status.active')}</Tag>
          ) : (
            <Tag>{t('common:status.inactive')}</Tag>
          )
        }
        actions={
          canWrite ? (
            <>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('detail.edit')}
              </Button>
              {person.active ? (
                <Button danger icon={<StopOutlined aria-hidden />} onClick={() => confirmActive(false)}>
                  {t('detail.deactivate')}
                </Button>
              ) : (
                <Button icon={<UndoOutlined aria-hidden />} onClick={() => confirmActive(true)}>
                  {t('detail.reactivate')}
                </Button>
              )}
            </>
          ) : null
        }
      />
      {person.active ? null : (
        <Alert
          type="warning"
          showIcon
          title={t('detail.inactiveBanner')}
          description={t('detail.inactiveBannerBody')}
          className="page-alert"
          data-testid="inactive-banner"
          action={
            canWrite ? (
              <Button size="small" icon={<UndoOutlined aria-hidden />} onClick={() => confirmActive(true)}>
                {t('detail.reactivate')}
              </Button>
            ) : null
          }
        />
      )}
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={9}>
          <Card title={t('detail.profile')}>
            <Descriptions column={1} size="small" colon={false} className="profile-descriptions">
              <Descriptions.Item label={t('detail.email')}>
                <a href={`mailto:${person.email}`}>{person.email}</a>
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.title')}>{person.title ?? t('detail.noTitle')}</Descriptions.Item>
              <Descriptions.Item label={t('detail.orgUnit')}>
                {person.orgUnit ? person.orgUnit.path.join(' / ') : t('detail.noOrgUnit')}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.since')}>
                {dateFormat.format(new Date(person.createdAt))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <PersonRolesCard roles={person.roles} />
          <PersonSeatsCard seats={person.councilSeats} />
          {canReadAudit ? <HistoryCard recordId={person.id} refreshKey={historyKey} /> : null}
        </Col>
      </Row>
      {canWrite ? (
        <PersonFormModal open={editing} onClose={() => setEditing(false)} person={person} onReload={reload} />
      ) : null}
    </>
  );
}
