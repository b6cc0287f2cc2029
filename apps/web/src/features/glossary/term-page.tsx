import { Alert, Breadcrumb, Col, Result, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useCan, useViewer } from '../../auth/viewer-context';
import { CoveringPoliciesCard } from '../../components/covering-policies-card';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { ProposalDecision } from '../../gql/graphql';
import { DecisionModal } from './decision-modal';
import { LifecycleModal, type LifecycleTarget } from './lifecycle-modal';
import { ProposalPanel } from './proposal-panel';
import { TermQuery } from './term.graphql';
import { TermDataCard } from './term-data-card';
import { TermDefinitionCard } from './term-definition-card';
import { TermDetailsCard, TermPeopleCard } from './term-details-card';
import { TermEditorDrawer, type TermEditorState } from './term-editor-drawer';
import { TermHeaderActions } from './term-header-actions';
import { TermHistoryCard } from './term-history-card';
import { TermNarrowerCard } from './term-narrower-card';
import { TermRelationsCard } from './term-relations-card';
import { CdeTag, PendingChangeTag, TermStatusTag } from './term-tags';
import './term-page.css';

export function TermPage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t } = useTranslation(['glossary', 'common']);
  const viewer = useViewer();
  const canWrite = useCan('glossary:write');
  const context = useMemo(() => ({ additionalTypenames: ['GlossaryTerm', 'TermProposal'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: TermQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [editor, setEditor] = useState<TermEditorState | null>(null);
  const [lifecycle, setLifecycle] = useState<LifecycleTarget | null>(null);
  const [decision, setDecision] = useState<ProposalDecision | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const notFound = (
    <Result status="404" title={t('term.notFound')} extra={<Link to="/glossary">{t('term.back')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const term = data?.glossaryTerm;
  if (!term) return notFound;

  const proposal = term.openProposal;
  // Who reviews, and whether the viewer may decide, are the server's answers: never worked out here.
  const reviewers = term.effectiveReviewers;
  const canDecide = proposal?.canDecide ?? false;
  const isAuthor = Boolean(
    proposal &&
      (proposal.author ? proposal.author.id === viewer.person?.id : proposal.authorLabel === viewer.account.email),
  );
  const glossary = term.glossary;
  const editorBase = { glossary, term: { id: term.id, name: term.name, version: term.version }, reviewers };

  const openChange = () => setEditor({ mode: 'change', ...editorBase, source: term });
  const openRevise = () => {
    if (!proposal) return;
    setEditor({
      mode: 'revise',
      ...editorBase,
      source: proposal.content,
      proposal: { id: proposal.id, version: proposal.version, status: proposal.status, reason: proposal.reason },
    });
  };

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to="/glossary">{t('browser.title')}</Link> },
              { title: <Link to={`/glossary?g=${glossary.id}`}>{glossary.name}</Link> },
              ...(term.parent
                ? [{ title: <Link to={`/glossary/terms/${term.parent.id}`}>{term.parent.name}</Link> }]
                : []),
              { title: term.name },
            ]}
          />
        }
        title={
          <>
            {term.name}
            {term.abbreviation ? <span className="term-title-abbreviation"> ({term.abbreviation})</span> : null}
          </>
        }
        tags={
          <>
            <TermStatusTag status={term.status} />
            {term.criticalDataElement ? <CdeTag /> : null}
            {proposal && term.status === 'approved' ? <PendingChangeTag status={proposal.status} /> : null}
          </>
        }
        description={
          term.synonyms.length ? (
            <>
              {t('term.alsoKnownAs')} <Typography.Text strong>{term.synonyms.join(', ')}</Typography.Text>
            </>
          ) : undefined
        }
        actions={
          canWrite ? (
            <TermHeaderActions
              term={term}
              hasOpenProposal={Boolean(proposal)}
              onChange={openChange}
              onLifecycle={(action) =>
                setLifecycle({ action, term: { id: term.id, name: term.name, version: term.version } })
              }
            />
          ) : null
        }
      />
      {term.status === 'deprecated' ? (
        <Alert
          type="warning"
          showIcon
          className="page-alert"
          data-testid="deprecated-banner"
          title={t('term.deprecatedTitle')}
          description={
            term.replacedBy ? (
              <>
                {t('term.deprecatedUse')}{' '}
                <Link to={`/glossary/terms/${term.replacedBy.id}`} className="strong-link">
                  {term.replacedBy.name}
                </Link>
              </>
            ) : (
              t('term.deprecatedNoReplacement')
            )
          }
        />
      ) : null}
      {term.status === 'rejected' && !proposal ? (
        <Alert type="error" showIcon className="page-alert" title={t('term.rejectedBanner')} />
      ) : null}
      {proposal ? (
        <ProposalPanel
          proposal={proposal}
          term={term}
          reviewers={reviewers}
          canDecide={canDecide}
          isAuthor={isAuthor}
          onDecide={setDecision}
          onRevise={openRevise}
          onChanged={reload}
        />
      ) : null}
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={16}>
          <TermDefinitionCard term={term} />
          <TermRelationsCard relations={term.relations} />
        </Col>
        <Col xs={24} xl={8}>
          <TermDetailsCard term={term} />
          <TermPeopleCard term={term} />
          <CoveringPoliciesCard policies={term.policies} subject="term" />
          <TermDataCard termId={term.id} />
          <TermNarrowerCard
            termId={term.id}
            childCount={term.childCount}
            onAddNarrower={
              canWrite
                ? () => setEditor({ mode: 'create', glossary, parent: { id: term.id, name: term.name } })
                : undefined
            }
          />
        </Col>
        {/* Full width below both columns: on narrow screens the details come before the history. */}
        <Col span={24}>
          <TermHistoryCard termId={term.id} revisions={term.revisions} />
        </Col>
      </Row>
      <TermEditorDrawer state={editor} onClose={() => setEditor(null)} onReload={reload} />
      <LifecycleModal target={lifecycle} onClose={() => setLifecycle(null)} onReload={reload} />
      <DecisionModal
        target={
          proposal && decision
            ? {
                decision,
                proposalId: proposal.id,
                termName: term.name,
                authorName: proposal.author?.name ?? proposal.authorLabel,
              }
            : null
        }
        onClose={() => setDecision(null)}
        onDecided={reload}
      />
    </>
  );
}
