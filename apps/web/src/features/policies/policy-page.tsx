import { EditOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Flex, Result, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { GovernancePolicyVersionFieldsFragment } from '../../gql/graphql';
import { EditDraftModal } from './edit-draft-modal';
import { GovernancePolicyQuery, NewPolicyVersionMutation } from './policies.graphql';
import { PolicyComplianceCard } from './policy-compliance-card';
import { PolicyControlsCard } from './policy-controls-card';
import { PolicyDetailsModal } from './policy-details-modal';
import { PolicyExceptionsCard } from './policy-exceptions-card';
import { PolicyKindTag, VersionStatusTag, versionsOf } from './policy-shared';
import { PendingVersionNote, standingOf } from './policy-standing';
import { PolicyStatementCard } from './policy-statement-card';
import { PolicyVersionsCard } from './policy-versions-card';
import { usePolicyAbilities } from './use-policy-abilities';
import { VersionActions } from './version-actions';
import './policies.css';

/** One governance policy: what it requires and why, the controls that put it into effect and how they stand, its versions. */
export function PolicyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['policies', 'common']);
  const handle = useResultHandler();
  const { canWrite } = usePolicyAbilities();
  const [{ data, error, fetching }, refetch] = useQuery({ query: GovernancePolicyQuery, variables: { id } });
  const [{ fetching: starting }, start] = useMutation(NewPolicyVersionMutation);
  const [editing, setEditing] = useState<GovernancePolicyVersionFieldsFragment | null>(null);
  const [editingDetails, setEditingDetails] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const policy = data?.policy;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!policy)
    return (
      <Result
        status="404"
        title={t('page.notFound')}
        subTitle={t('page.notFoundHelp')}
        extra={<Link to="/policies">{t('page.backToList')}</Link>}
      />
    );

  const { latest, current } = versionsOf(policy.versions);
  const standing = standingOf(policy.versions);
  const mayEditDraft = latest?.status === 'draft' && latest.actions.includes('submit');
  const mayStartVersion =
    canWrite(policy) && latest !== null && (latest.status === 'approved' || latest.status === 'retired');

  const startVersion = async () => {
    const outcome = await start({ policyId: policy.id });
    const started = handle(
      { payload: outcome.data?.newPolicyVersion, error: outcome.error },
      { onReload: reload, successMessage: t('page.versionStarted', { number: (latest?.number ?? 0) + 1 }) },
    );
    if (started) {
      reload();
      setEditing(started);
    }
  };

  const actions = (
    <>
      {canWrite(policy) ? (
        <Button
          icon={<FormOutlined aria-hidden />}
          onClick={() => setEditingDetails(true)}
          data-testid="edit-policy-details"
        >
          {t('details.open')}
        </Button>
      ) : null}
      {mayEditDraft && latest ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(latest)} data-testid="edit-draft">
          {t('page.editDraft', { number: latest.number })}
        </Button>
      ) : null}
      {latest ? <VersionActions version={latest} policyTitle={policy.title} onChanged={reload} /> : null}
      {mayStartVersion ? (
        <Button icon={<PlusOutlined aria-hidden />} loading={starting} onClick={startVersion} data-testid="new-version">
          {t('page.newVersion')}
        </Button>
      ) : null}
    </>
  );

  const scope = current?.scope;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/policies">{t('list.title')}</Link> }, { title: policy.key }]} />
        }
        title={policy.title}
        tags={
          <Flex gap={4} wrap align="center">
            <Tag className="policy-tag policy-key-tag" data-testid="policy-key">
              {policy.key}
            </Tag>
            <PolicyKindTag kind={policy.kind} />
            {standing.status ? <VersionStatusTag status={standing.status} /> : null}
            {standing.pending ? <PendingVersionNote version={standing.pending} /> : null}
          </Flex>
        }
        description={t('page.description', { owner: policy.owner.name, approver: policy.approver.name })}
        actions={actions}
      />
      <Flex vertical gap={20}>
        {latest?.status === 'draft' && latest.decisionComment && latest.decidedBy ? (
          <Alert
            type="warning"
            showIcon
            data-testid="policy-sent-back"
            title={t('page.sentBack', {
              number: latest.number,
              name: latest.decidedBy.name,
              comment: latest.decisionComment,
            })}
          />
        ) : null}
        <PolicyComplianceCard policy={policy} />
        <PolicyStatementCard key={latest?.id} versions={policy.versions} />
        <PolicyControlsCard
          policy={{
            id: policy.id,
            title: policy.title,
            owner: policy.owner,
            approver: policy.approver,
            coversData: Boolean(scope && (scope.domains.length || scope.assets.length)),
          }}
          controls={policy.controls}
          exceptions={policy.exceptions}
          onChanged={reload}
        />
        <PolicyExceptionsCard exceptions={policy.exceptions} />
        <PolicyVersionsCard versions={policy.versions} policyTitle={policy.title} onChanged={reload} />
      </Flex>
      <PolicyDetailsModal
        policy={policy}
        open={editingDetails}
        onClose={() => setEditingDetails(false)}
        onSaved={() => {
          setEditingDetails(false);
          reload();
        }}
      />
      <EditDraftModal
        version={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </>
  );
}
