import {
  DeleteOutlined,
  DragOutlined,
  EditOutlined,
  PlusOutlined,
  TableOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Empty, List, Result, Row, Skeleton, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { type DomainRole, domainRoles } from '../../components/domain-roles';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { HistoryCard } from '../audit/history-card';
import { AssignRoleModal } from './assign-role-modal';
import { DomainFormModal, type DomainModalState } from './domain-form-modal';
import { DomainResponsibilitiesCard } from './domain-responsibilities-card';
import { DeleteDomainMutation, DomainOptionsQuery, DomainQuery } from './domains.graphql';

/** `?assign=business_steward` opens the assign dialog with that role chosen (the overview's "Assign"). */
function roleToAssign(value: string | null): DomainRole | null {
  return domainRoles.find((role) => role === value) ?? null;
}

export function DomainPage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t } = useTranslation(['domains', 'common']);
  const canWrite = useCan('stewardship:write');
  const canReadAudit = useCan('audit:read');
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const handle = useResultHandler();
  const context = useMemo(() => ({ additionalTypenames: ['Domain', 'RoleAssignment'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: DomainQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [{ data: options }] = useQuery({ query: DomainOptionsQuery, pause: !canWrite });
  const [, deleteDomain] = useMutation(DeleteDomainMutation);
  const [dialog, setDialog] = useState<DomainModalState | null>(null);
  const [picked, setPicked] = useState<DomainRole | null>(null);
  const requested = canWrite ? roleToAssign(params.get('assign')) : null;
  const assigning = picked ?? requested;
  const closeAssign = () => {
    setPicked(null);
    if (requested) setParams({}, { replace: true });
  };
  const _domainId = data?.domain?.id ?? '';
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const notFound = (
    <Result status="404" title={t('detail.notFound')} extra={<Link to="/domains">{t('detail.back')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const domain = data?.domain;
  if (!domain) return notFound;
  const historyKey = [
    domain.version,
    ...domain.responsibilities.map((item) => `${item.assignment.id}:${item.assignment.version}`),
  ].join(',');
  const children = data.domains.nodes;
  const held = domain.responsibilities.filter((item) => !item.inherited);

  const confirmDelete = () =>
    modal.confirm({
      title: t('detail.deleteTitle', { name: domain.name }),
      content: t('detail.deleteBody', { count: held.length }),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await deleteDomain({ input: { id: domain.id, version: domain.version } });
        const deleted = handle(
          { payload: outcome.data?.deleteDomain, error: outcome.error },
          { onReload: reload, successMessage: t('detail.deleted', { name: domain.name }) },
        );
        if (deleted) navigate('/domains', { replace: true });
      },
    });

  const breadcrumb = [
    { title: <Link to="/domains">{t('detail.back')}</Link> },
    ...domain.path.slice(0, -1).map((name) => ({ title: name })),
    { title: domain.name },
  ];

  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb items={breadcrumb} />}
        title={domain.name}
        description={domain.description ?? t('detail.noDescription')}
        actions={
          <>
            <Link to={`/responsibility?domain=${domain.id}`}>
              <Button icon={<TableOutlined aria-hidden />}>{t('detail.viewInMatrix')}</Button>
            </Link>
            {canWrite ? (
              <>
                <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog({ mode: 'edit', domain })}>
                  {t('detail.edit')}
                </Button>
                <Button icon={<DragOutlined aria-hidden />} onClick={() => setDialog({ mode: 'move', domain })}>
                  {t('detail.move')}
                </Button>
                <Tooltip title={domain.childCount ? t('detail.deleteBlocked') : undefined}>
                  <Button
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    disabled={domain.childCount > 0}
                    onClick={confirmDelete}
                  >
                    {t('detail.delete')}
                  </Button>
                </Tooltip>
                <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => setPicked('data_owner')}>
                  {t('detail.assign')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={16}>
          <DomainResponsibilitiesCard domain={domain} canWrite={canWrite} onReload={reload} onAssign={setPicked} />
          {canReadAudit ? <HistoryCard recordId={domain.id} refreshKey={historyKey} /> : null}
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={t('detail.subDomains')}
            extra={
              canWrite ? (
                <Button
                  size="small"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => setDialog({ mode: 'create', parent: domain })}
                >
                  {t('addChild')}
                </Button>
              ) : null
            }
          >
            {children.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noSubDomains')} />
            ) : (
              <List
                dataSource={[...children]}
                rowKey="id"
                renderItem={(child) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Link to={`/domains/${child.id}`} className="plain-link">
                          {child.name}
                        </Link>
                      }
                      description={
                        <Typography.Text type="secondary" ellipsis={{ tooltip: child.description }}>
                          {child.description}
                        </Typography.Text>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      {canWrite ? (
        <>
          <DomainFormModal
            state={dialog}
            domains={options?.domains.nodes ?? []}
            onClose={() => setDialog(null)}
            onReload={reload}
          />
          <AssignRoleModal
            open={Boolean(assigning)}
            initialRole={assigning ?? 'data_owner'}
            domain={domain}
            onClose={closeAssign}
          />
        </>
      ) : null}
    </>
  );
}
