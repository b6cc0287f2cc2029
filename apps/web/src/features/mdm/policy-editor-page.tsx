import { Alert, Anchor, Breadcrumb, Result, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { When } from '../../components/when';
import type { PolicyStatus } from '../../gql/graphql';
import { PolicyVersionQuery } from './policy.graphql';
import { PolicyEditorActions } from './policy-editor-actions';
import { PolicyEditorChanges } from './policy-editor-changes';
import { PolicyEditorForm } from './policy-editor-form';
import { attributeLabeller, type PolicyVersionData } from './policy-editor-shared';
import './policy-editor.css';

const statusColors: Record<PolicyStatus, string> = {
  draft: 'default',
  in_review: 'processing',
  approved: 'cyan',
  active: 'success',
  retired: 'default',
};

const sectionIds = [
  'note',
  'thresholds',
  'attributes',
  'blocking',
  'comparisons',
  'survivorship',
  'sources',
  'changes',
] as const;

/** One version of a domain's golden-record policy: edited while a draft, read and moved on after. */
export function PolicyEditorPage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const canDesign = useCan('mdm:design');
  const context = useMemo(() => ({ additionalTypenames: ['PolicyVersion'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PolicyVersionQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [dirty, setDirty] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const notFound = <Result status="404" title={t('notFound')} extra={<Link to="/mdm">{t('backToMdm')}</Link>} />;
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const version = data?.policyVersion;
  if (!version) return notFound;

  const domain = version.mdmDomain;
  const editable = canDesign && version.status === 'draft';
  const labelOf = attributeLabeller(domain.attributes);
  const previous =
    domain.policyVersions.filter((item) => item.number < version.number).sort((a, b) => b.number - a.number)[0] ?? null;
  const sentBack = version.status === 'draft' && Boolean(version.decisionComment);

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to="/mdm">{t('breadcrumb.mdm')}</Link> },
              { title: <Link to={`/mdm/domains/${domain.id}`}>{domain.name}</Link> },
              { title: t('breadcrumb.version', { number: version.number }) },
            ]}
          />
        }
        title={t('title', { domain: domain.name, number: version.number })}
        tags={<Tag color={statusColors[version.status]}>{t(`status.${version.status}`)}</Tag>}
        description={<PolicyHistoryLine version={version} />}
        actions={
          <PolicyEditorActions
            version={version}
            domain={domain}
            canDesign={canDesign}
            dirty={dirty}
            onChanged={reload}
          />
        }
      />
      {version.decisionComment ? (
        <Alert
          type={sentBack ? 'warning' : 'info'}
          showIcon
          className="page-alert"
          title={
            sentBack
              ? t('decision.sentBack', { name: version.decidedBy?.name ?? t('decision.someone') })
              : t('decision.comment', { name: version.decidedBy?.name ?? t('decision.someone') })
          }
          description={version.decisionComment}
        />
      ) : null}
      {!editable ? (
        <Alert
          type="info"
          showIcon
          className="page-alert"
          title={
            version.status === 'draft'
              ? t('readOnly.noPermission')
              : canDesign
                ? t('readOnly.notDraftDesigner')
                : t('readOnly.notDraft')
          }
        />
      ) : null}
      <div className="policy-layout">
        <nav className="policy-nav" aria-label={t('nav')}>
          <Anchor
            offsetTop={88}
            targetOffset={88}
            items={sectionIds.map((section) => ({
              key: section,
              href: `#policy-${section}`,
              title: t(`sections.${section}`),
            }))}
          />
        </nav>
        <div className="policy-main">
          <PolicyEditorForm
            key={`${version.id}:${version.version}`}
            version={version}
            domain={domain}
            editable={editable}
            labelOf={labelOf}
            onDirtyChange={setDirty}
            onReload={reload}
          />
          <PolicyEditorChanges current={version} previous={previous} labelOf={labelOf} dirty={dirty} />
        </div>
      </div>
    </>
  );
}

/** Who moved the version along and when: submitted, decided, activated, retired. */
function PolicyHistoryLine({ version }: { version: PolicyVersionData }) {
  const { t } = useTranslation('mdmPolicy');
  const someone = t('decision.someone');
  const steps = [
    {
      key: 'submitted',
      at: version.submittedAt,
      text: t('history.submittedBy', { name: version.submittedBy?.name ?? someone }),
    },
    {
      key: 'decided',
      at: version.decidedAt,
      text:
        version.status === 'draft'
          ? t('history.sentBackBy', { name: version.decidedBy?.name ?? someone })
          : t('history.approvedBy', { name: version.decidedBy?.name ?? someone }),
    },
    { key: 'activated', at: version.activatedAt, text: t('history.activated') },
    { key: 'retired', at: version.retiredAt, text: t('history.retired') },
  ].filter((step): step is typeof step & { at: string } => Boolean(step.at));
  if (!steps.length) return <>{t('history.notSubmitted')}</>;
  return (
    <span className="policy-history">
      {steps.map((step, index) => (
        <span key={step.key}>
          {index ? ' · ' : null}
          {step.text} <When at={step.at} />
        </span>
      ))}
    </span>
  );
}
