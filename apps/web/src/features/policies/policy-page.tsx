import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Progress,
  Result,
  Row,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PersonAvatar } from '../../components/person-avatar';
import { When } from '../../components/when';
import type { GovernancePolicyVersionFieldsFragment, GovernancePolicyQuery as PolicyData } from '../../gql/graphql';
import { EditDraftModal } from './edit-draft-modal';
import { GovernancePolicyQuery, NewPolicyVersionMutation } from './policies.graphql';
import { PolicyControlsCard } from './policy-controls-card';
import {
  complianceColor,
  exceptedCount,
  PolicyKindTag,
  usePercent,
  VersionStatusTag,
  versionsOf,
} from './policy-shared';
import { PolicyStatementCard } from './policy-statement-card';
import { PolicyVersionsCard } from './policy-versions-card';
import { usePolicyAbilities } from './use-policy-abilities';
import { VersionActions } from './version-actions';
import './policies.css';

type Policy = NonNullable<PolicyData['policy']>;

function PersonLink({ person }: { person: { id: string; name: string } }) {
  return (
    <Flex gap={8} align="center">
      <PersonAvatar name={person.name} size="small" />
      <Link to={`/people/${person.id}`}>{person.name}</Link>
    </Flex>
  );
}

/** How compliant the policy is now: the share of evaluated controls passing, as a big figure and in words. */
function ComplianceCard({ policy }: { policy: Policy }) {
  const { t } = useTranslation('policies');
  const percent = usePercent();
  const { compliance } = policy;
  const { approved } = versionsOf(policy.versions);
  const notEvaluated = Math.max(policy.controls.length - compliance.evaluated, 0);
  const excepted = exceptedCount(policy.controls);
  return (
    <Card title={t('compliance.title')} data-testid="policy-compliance-card">
      <Flex vertical gap={4}>
        <span
          className="policy-big-figure"
          style={{ color: complianceColor(compliance.share, excepted) }}
          data-testid="policy-compliance-share"
        >
          {compliance.share === null ? t('compliance.noFigure') : percent(compliance.share)}
        </span>
        {compliance.share !== null ? (
          <Progress
            percent={Math.round(compliance.share * 100)}
            showInfo={false}
            strokeColor={complianceColor(compliance.share, excepted)}
            aria-hidden
          />
        ) : null}
        <Typography.Text data-testid="policy-compliance-line">
          {policy.controls.length === 0
            ? t('compliance.noControls')
            : compliance.evaluated === 0
              ? t('compliance.noneEvaluated', { count: policy.controls.length })
              : t('compliance.bigLine', { passing: compliance.passing, count: compliance.evaluated })}
        </Typography.Text>
        {excepted > 0 ? (
          <Typography.Text type="warning" data-testid="policy-compliance-excepted">
            {t('compliance.excepted', { count: excepted })}
          </Typography.Text>
        ) : null}
        {notEvaluated > 0 && compliance.evaluated > 0 ? (
          <Typography.Text type="secondary">{t('compliance.notEvaluated', { count: notEvaluated })}</Typography.Text>
        ) : null}
      </Flex>
      <Descriptions size="small" column={1} colon={false} className="policy-facts policy-facts-spaced">
        <Descriptions.Item label={t('fields.kind')}>
          <PolicyKindTag kind={policy.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.owner')}>
          <PersonLink person={policy.owner} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.approver')}>
          <PersonLink person={policy.approver} />
        </Descriptions.Item>
        <Descriptions.Item label={t('page.approvedVersion')}>
          {approved ? (
            <span data-testid="policy-approved-version">
              {t('statement.version', { number: approved.number })}
              {approved.decidedBy && approved.decidedAt ? (
                <Typography.Text type="secondary">
                  {' · '}
                  {t('page.approvedBy', { name: approved.decidedBy.name })} <When at={approved.decidedAt} />
                </Typography.Text>
              ) : null}
            </span>
          ) : (
            <Typography.Text type="secondary" data-testid="policy-approved-version">
              {t('list.noApprovedVersion')}
            </Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** One governance policy: what it requires and why, the controls that put it into effect and how they stand, its versions. */
export function PolicyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['policies', 'common']);
  const handle = useResultHandler();
  const { canWrite } = usePolicyAbilities();
  const [{ data, error, fetching }, refetch] = useQuery({ query: GovernancePolicyQuery, variables: { id } });
  const [{ fetching: starting }, start] = useMutation(NewPolicyVersionMutation);
  const [editing, setEditing] = useState<GovernancePolicyVersionFieldsFragment | null>(null);
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
            {latest ? <VersionStatusTag status={latest.status} /> : null}
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
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={8}>
            <ComplianceCard policy={policy} />
          </Col>
          <Col xs={24} xl={16}>
            <PolicyStatementCard key={latest?.id} versions={policy.versions} />
          </Col>
        </Row>
        <PolicyControlsCard
          policy={{
            id: policy.id,
            title: policy.title,
            owner: policy.owner,
            approver: policy.approver,
            coversData: Boolean(scope && (scope.domains.length || scope.assets.length)),
          }}
          controls={policy.controls}
          onChanged={reload}
        />
        <PolicyVersionsCard versions={policy.versions} policyTitle={policy.title} onChanged={reload} />
      </Flex>
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
