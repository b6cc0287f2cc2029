import { EditOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Result, Row, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PersonAvatar } from '../../components/person-avatar';
import { PersonQuery, SetPersonActiveMutation } from './people.graphql';
import { PersonFormModal } from './person-form-modal';
import { PersonRolesCard } from './person-roles-card';
import { PersonSeatsCard } from './person-seats-card';

export function PersonPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['people', 'common']);
  const canWrite = useCan('stewardship:write');
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [editing, setEditing] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['RoleAssignment', 'Council', 'CouncilMember'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: PersonQuery, variables: { id }, context });
  const [, setPersonActive] = useMutation(SetPersonActiveMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active avatar paragraph={{ rows: 8 }} />;
  const person = data?.person;
  if (!person) {
    return <Result status="404" title={t('detail.notFound')} extra={<Link to="/people">{t('detail.back')}</Link>} />;
  }

  const confirmActive = (active: boolean) => {
    const name = person.name;
    modal.confirm({
      title: active ? t('detail.reactivateTitle', { name }) : t('detail.deactivateTitle', { name }),
      content: active
        ? t('detail.reactivateBody')
        : t('detail.deactivateBody', { roles: person.roles.length, seats: person.councilSeats.length }),
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
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('detail.edit')}
              </Button>
              {person.active ? (
                <Button danger icon={<StopOutlined />} onClick={() => confirmActive(false)}>
                  {t('detail.deactivate')}
                </Button>
              ) : (
                <Button icon={<UndoOutlined />} onClick={() => confirmActive(true)}>
                  {t('detail.reactivate')}
                </Button>
              )}
            </>
          ) : null
        }
      />
      {person.active ? null : <Alert type="info" showIcon title={t('detail.inactiveBanner')} className="page-alert" />}
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
        </Col>
      </Row>
      {canWrite ? (
        <PersonFormModal open={editing} onClose={() => setEditing(false)} person={person} onReload={reload} />
      ) : null}
    </>
  );
}
