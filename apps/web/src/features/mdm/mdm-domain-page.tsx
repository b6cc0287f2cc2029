import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Flex, Result, Skeleton, Table, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { When } from '../../components/when';
import type { MdmDomainQuery as MdmDomainData } from '../../gql/graphql';
import { EstimatePolicyFromLabelsMutation, MdmDomainQuery, StartPolicyVersionMutation } from './mdm.graphql';
import { MdmDomainFormModal } from './mdm-domain-form-modal';
import { MdmScopeCards } from './mdm-scope-cards';
import { MdmSimulationsTab } from './mdm-simulations-tab';
import { HubStyleTag, PolicyStatusTag } from './mdm-tags';
import './mdm.css';

type Domain = NonNullable<MdmDomainData['mdmDomain']>;
type Version = Domain['policyVersions'][number];

const tabs = ['scope', 'policies', 'simulations'] as const;
type TabKey = (typeof tabs)[number];

/** One MDM domain: its scope, its policy versions, its samples and simulations. */
export function MdmDomainPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['mdm', 'common']);
  const canDesign = useCan('mdm:design');
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = tabs.includes(params.get('tab') as TabKey) ? (params.get('tab') as TabKey) : 'scope';
  const [{ data, error, fetching }, refetch] = useQuery({ query: MdmDomainQuery, variables: { id } });
  const [{ fetching: starting }, startVersion] = useMutation(StartPolicyVersionMutation);
  const [, learn] = useMutation(EstimatePolicyFromLabelsMutation);
  const [editing, setEditing] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const domain = data?.mdmDomain;
  if (!domain)
    return <Result status="404" title={t('domain.notFound')} extra={<Link to="/mdm">{t('domain.backHome')}</Link>} />;
  const hubStyle = data.hubStyles.find((style) => style.style === domain.hubStyle);
  const workflow = data.matchWorkflows.find((item) => item.workflow === domain.workflow);

  const newDraft = async () => {
    const outcome = await startVersion({ input: { mdmDomainId: domain.id } });
    const created = handle({ payload: outcome.data?.createPolicyVersion, error: outcome.error });
    if (created) navigate(`/mdm/policies/${created.id}`);
  };
  const draftButton = canDesign ? (
    <Button icon={<PlusOutlined aria-hidden />} onClick={newDraft} loading={starting}>
      {t('policies.newDraft')}
    </Button>
  ) : null;

  const about = (
    <Card
      title={t('domain.about')}
      extra={
        canDesign ? (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('common:actions.edit')}
          </Button>
        ) : null
      }
    >
      <Descriptions column={{ xs: 1, lg: 2 }} colon={false}>
        <Descriptions.Item label={t('form.hubStyle')}>
          <Flex vertical gap={2}>
            <span>
              <HubStyleTag style={domain.hubStyle} />
            </span>
            <Typography.Text type="secondary">{hubStyle?.explanation}</Typography.Text>
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('form.workflow')}>
          <Flex vertical gap={2}>
            <Typography.Text strong>{t(`workflow.${domain.workflow}`)}</Typography.Text>
            <Typography.Text type="secondary">{workflow?.explanation}</Typography.Text>
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('form.owner')}>
          {domain.domain ? (
            <Link to={`/domains/${domain.domain.id}`}>{domain.domain.name}</Link>
          ) : (
            <Typography.Text type="warning">{t('home.noOwner')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('domain.approvers')}>
          {domain.approvers.length ? (
            <Flex gap={8} wrap>
              {domain.approvers.map((person) => (
                <Link key={person.id} to={`/people/${person.id}`}>
                  {person.name}
                </Link>
              ))}
            </Flex>
          ) : (
            <Typography.Text type="warning">{t('domain.noApprover')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.businessDriver')} span={2}>
          {domain.businessDriver ?? <Typography.Text type="secondary">{t('domain.notSaid')}</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );

  const policies = (
    <Card title={t('policies.title')} extra={draftButton} className="table-card">
      {domain.policyVersions.length === 0 ? (
        <EmptyState
          title={t('policies.emptyTitle')}
          description={domain.attributes.length ? t('policies.empty') : t('policies.emptyNeedsScope')}
          action={domain.attributes.length ? draftButton : null}
        />
      ) : (
        <Table<Version>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={domain.policyVersions}
          columns={[
            {
              title: t('policies.version'),
              key: 'number',
              width: 110,
              render: (_, version) => (
                <Link to={`/mdm/policies/${version.id}`}>{t('home.version', { number: version.number })}</Link>
              ),
            },
            {
              title: t('policies.status'),
              key: 'status',
              width: 130,
              render: (_, version) => <PolicyStatusTag status={version.status} />,
            },
            {
              title: t('policies.note'),
              key: 'note',
              render: (_, version) =>
                version.note ?? <Typography.Text type="secondary">{t('policies.noNote')}</Typography.Text>,
            },
            {
              title: t('policies.decision'),
              key: 'decision',
              width: 240,
              render: (_, version) =>
                version.decidedBy && version.decidedAt ? (
                  <span>
                    {version.decidedBy.name} · <When at={version.decidedAt} />
                  </span>
                ) : version.submittedAt ? (
                  <Typography.Text type="secondary">
                    {t('policies.submitted')} <When at={version.submittedAt} />
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            {
              title: t('policies.created'),
              key: 'created',
              width: 140,
              render: (_, version) => <When at={version.createdAt} />,
            },
            ...(canDesign && domain.labels.matches >= 5
              ? [
                  {
                    title: t('policies.actions'),
                    key: 'actions',
                    width: 220,
                    render: (_: unknown, version: Version) =>
                      version.status === 'draft' ? (
                        <Tooltip title={t('policies.learnHelp', { count: domain.labels.matches })}>
                          <Button
                            size="small"
                            onClick={async () => {
                              const outcome = await learn({ input: { id: version.id, version: version.version } });
                              if (
                                handle(
                                  { payload: outcome.data?.estimatePolicyFromLabels, error: outcome.error },
                                  {
                                    onReload: reload,
                                    successMessage: t('policies.learnt', { number: version.number }),
                                  },
                                )
                              )
                                reload();
                            }}
                          >
                            {t('policies.learn', { count: domain.labels.matches })}
                          </Button>
                        </Tooltip>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/mdm">{t('home.title')}</Link> }, { title: domain.name }]} />
        }
        title={domain.name}
        tags={<HubStyleTag style={domain.hubStyle} explanation={hubStyle?.explanation} />}
        description={domain.description ?? t('domain.description')}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'scope' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'scope',
            label: t('domain.tabs.scope'),
            children: (
              <Flex vertical gap={16}>
                {about}
                <MdmScopeCards domain={domain} canDesign={canDesign} onSaved={reload} />
              </Flex>
            ),
          },
          {
            key: 'policies',
            label: t('domain.tabs.policies', { count: domain.policyVersions.length }),
            children: policies,
          },
          {
            key: 'simulations',
            label: t('domain.tabs.simulations', { count: domain.simulations.length }),
            children: <MdmSimulationsTab domain={domain} canDesign={canDesign} onChanged={reload} />,
          },
        ]}
      />
      <MdmDomainFormModal
        open={editing}
        domain={domain}
        hubStyles={data.hubStyles}
        workflows={data.matchWorkflows}
        onClose={() => setEditing(false)}
        onSaved={reload}
      />
    </>
  );
}
