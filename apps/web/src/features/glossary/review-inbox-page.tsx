import { CheckOutlined, CloseOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Flex, Select, Tabs, Typography } from 'antd';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useReviewCount } from '../../app/use-review-count';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import type { ProposalDecision, ProposalFilter, ProposalStatus } from '../../gql/graphql';
import { BatchDecisionModal, type BatchTarget } from './batch-decision-modal';
import type { Batch } from './batch-group';
import { BatchPanel } from './batch-panel';
import { DecisionModal } from './decision-modal';
import type { ListedProposal } from './proposal-item';
import { ProposalListCard } from './proposal-list-card';
import { ProposalBatchesQuery } from './proposals.graphql';
import { useAuthorActions } from './use-author-actions';

type MineFilter = 'open' | 'approved' | 'rejected' | 'withdrawn' | 'all';
const mineStatuses: Record<MineFilter, ProposalStatus[] | null> = {
  open: ['draft', 'pending'],
  approved: ['approved'],
  rejected: ['rejected'],
  withdrawn: ['withdrawn'],
  all: null,
};

const pendingOnly: ProposalStatus[] = ['pending'];
const reviewScope: Omit<ProposalFilter, 'batchId'> = { reviewableByMe: true, statuses: pendingOnly };

/** How many proposals of each batch concern a list, as the batch panels report them. */
function useBatchCounts() {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const onCount = useCallback(
    (batchId: string, count: number) =>
      setCounts((current) => (current[batchId] === count ? current : { ...current, [batchId]: count })),
    [],
  );
  return { counts, onCount };
}

/**
 * The review inbox: changes waiting for my decision, and the changes I proposed. Imports come
 * first, one collapsible batch each (decided at once or term by term); single changes follow.
 * `?batch=` opens one import (the importer's "Review the batch"), whoever may decide it.
 */
export function ReviewInboxPage() {
  const { t } = useTranslation(['glossary', 'common']);
  const canWrite = useCan('glossary:write');
  const [params, setParams] = useSearchParams();
  const focusedBatch = params.get('batch');
  const tab = params.get('tab') === 'mine' && !focusedBatch ? 'mine' : 'review';
  const [mineFilter, setMineFilter] = useState<MineFilter>('all');
  const [decision, setDecision] = useState<{ proposal: ListedProposal; decision: ProposalDecision } | null>(null);
  const [batchDecision, setBatchDecision] = useState<BatchTarget | null>(null);
  const pending = useReviewCount();
  // Lists refresh themselves: they listen for changed proposals (a decision, a withdrawal).
  const author = useAuthorActions(() => undefined);

  const batchContext = useMemo(() => ({ additionalTypenames: ['ProposalBatch', 'TermProposal'] }), []);
  const [{ data: batchData }] = useQuery({
    query: ProposalBatchesQuery,
    context: batchContext,
    requestPolicy: 'cache-and-network',
  });
  const allBatches = batchData?.proposalBatches ?? [];
  const review = useBatchCounts();
  const mine = useBatchCounts();

  const reviewFilter = useMemo(() => ({ reviewableByMe: true, statuses: pendingOnly }), []);
  const mineStatusList = mineStatuses[mineFilter];
  const mineScope = useMemo(() => ({ mine: true, statuses: mineStatusList }), [mineStatusList]);
  const mineFilterValue = mineScope;

  const decide = (proposal: ListedProposal, choice: ProposalDecision) => setDecision({ proposal, decision: choice });
  const decisionButtons = (proposal: ListedProposal) =>
    proposal.canDecide ? (
      <>
        <Button danger icon={<CloseOutlined aria-hidden />} onClick={() => decide(proposal, 'reject')}>
          {t('decision.reject')}
        </Button>
        <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => decide(proposal, 'approve')}>
          {t('decision.approve')}
        </Button>
      </>
    ) : null;
  const authorButtons = (proposal: ListedProposal) => {
    const name = proposal.kind === 'create' ? proposal.content.name : proposal.term.name;
    if (proposal.status === 'draft') {
      return (
        <>
          <Button onClick={() => author.confirmWithdraw(proposal, name)}>{t('author.discard')}</Button>
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => void author.submitDraft(proposal)}>
            {t('author.submit')}
          </Button>
        </>
      );
    }
    if (proposal.status === 'pending') {
      return <Button onClick={() => author.confirmWithdraw(proposal, name)}>{t('author.withdraw')}</Button>;
    }
    return null;
  };

  /** A card of imports: only the batches with something in scope (the server counts), and the focused one. */
  const batchesCard = (
    batches: readonly Batch[],
    counts: Record<string, number>,
    title: string,
    hint: string,
    panel: (batch: Batch) => ReactNode,
    testId: string,
  ) => {
    const shown = batches.filter((batch) => batch.id === focusedBatch || (counts[batch.id] ?? 0) > 0);
    return (
      <Card className="table-card review-imports" data-testid={testId} hidden={shown.length === 0} title={title}>
        <Typography.Paragraph type="secondary" className="review-imports-hint">
          {hint}
        </Typography.Paragraph>
        <ul className="proposal-list">{batches.map(panel)}</ul>
      </Card>
    );
  };

  // Imports with proposals still waiting, and the one the address names whatever its state.
  const waitingBatches = allBatches.filter((batch) => batch.counts.pending > 0 || batch.id === focusedBatch);
  const inBatches = waitingBatches.reduce((sum, batch) => sum + (review.counts[batch.id] ?? 0), 0);
  const someBatchShown = waitingBatches.some(
    (batch) => batch.id === focusedBatch || (review.counts[batch.id] ?? 0) > 0,
  );
  // Every waiting change may be in an import: then the single changes have nothing to say.
  const onlyInBatches = pending > 0 && inBatches >= pending;

  const reviewNote = (batch: Batch) => (count: number | undefined) => {
    const waiting = batch.counts.pending;
    if (waiting === 0) return <Typography.Text type="secondary">{t('batch.allDecided')}</Typography.Text>;
    if (count === 0) return <Typography.Text type="secondary">{t('batch.notYours')}</Typography.Text>;
    if (count !== undefined && count < waiting) {
      return (
        <Alert
          type="warning"
          showIcon
          className="batch-note"
          title={t('batch.partlyYours', { count, pending: waiting })}
        />
      );
    }
    return null;
  };
  const reviewActions = (batch: Batch) => () => {
    if (batch.counts.pending === 0) return null;
    const target = { batchId: batch.id, title: batch.title, pending: batch.counts.pending };
    return (
      <>
        <Button
          danger
          icon={<CloseOutlined aria-hidden />}
          onClick={() => setBatchDecision({ ...target, decision: 'reject' })}
        >
          {t('batch.rejectAllDialog')}
        </Button>
        <Button
          type="primary"
          icon={<CheckOutlined aria-hidden />}
          onClick={() => setBatchDecision({ ...target, decision: 'approve' })}
        >
          {t('batch.approveAll')}
        </Button>
      </>
    );
  };

  const reviewTab = (
    <Flex vertical gap={20}>
      {batchesCard(
        waitingBatches,
        review.counts,
        t('inbox.importsTitle'),
        t('inbox.importsHint'),
        (batch) => (
          <BatchPanel
            key={batch.id}
            batch={batch}
            scope={reviewScope}
            statuses={pendingOnly}
            focused={batch.id === focusedBatch}
            onCount={review.onCount}
            actionsOf={reviewActions(batch)}
            noteOf={reviewNote(batch)}
            itemActionsOf={decisionButtons}
            testId="review-batch"
          />
        ),
        'review-imports',
      )}
      {onlyInBatches ? null : (
        <ProposalListCard
          testId="review-list"
          filter={reviewFilter}
          skipBatched
          toolbar={
            <Flex vertical gap={2}>
              {someBatchShown ? <Typography.Text strong>{t('inbox.singlesTitle')}</Typography.Text> : null}
              <Typography.Text type="secondary">{t('inbox.reviewHint')}</Typography.Text>
            </Flex>
          }
          empty={<EmptyState title={t('inbox.emptyTitle')} description={t('inbox.emptyBody')} />}
          actionsOf={decisionButtons}
        />
      )}
    </Flex>
  );

  const mineTab = (
    <Flex vertical gap={20}>
      <Flex gap={12} align="center" wrap>
        <Select<MineFilter>
          value={mineFilter}
          onChange={setMineFilter}
          aria-label={t('inbox.mineFilter')}
          style={{ width: 200 }}
          options={(['all', 'open', 'approved', 'rejected', 'withdrawn'] as const).map((value) => ({
            value,
            label: t(`inbox.mineFilters.${value}`),
          }))}
        />
        <Typography.Text type="secondary">{t('inbox.mineHint')}</Typography.Text>
      </Flex>
      {batchesCard(
        allBatches,
        mine.counts,
        t('inbox.myImportsTitle'),
        t('inbox.myImportsHint'),
        (batch) => (
          <BatchPanel
            key={batch.id}
            batch={batch}
            scope={mineScope}
            statuses={mineStatusList}
            onCount={mine.onCount}
            itemActionsOf={authorButtons}
            testId="mine-batch"
          />
        ),
        'mine-imports',
      )}
      <ProposalListCard
        testId="mine-list"
        filter={mineFilterValue}
        skipBatched
        toolbar={<Typography.Text strong>{t('inbox.mineSinglesTitle')}</Typography.Text>}
        empty={
          <EmptyState
            title={t('inbox.mineEmptyTitle')}
            description={canWrite ? t('inbox.mineEmptyWrite') : t('inbox.mineEmptyRead')}
            action={
              canWrite ? (
                <Link to="/glossary">
                  <Button type="primary">{t('inbox.openGlossary')}</Button>
                </Link>
              ) : null
            }
          />
        }
        actionsOf={authorButtons}
      />
    </Flex>
  );

  return (
    <>
      <PageHeader title={t('inbox.title')} description={t('inbox.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'mine' ? { tab: 'mine' } : {})}
        destroyOnHidden
        items={[
          {
            key: 'review',
            label: (
              <Flex gap={8} align="center">
                {t('inbox.reviewTab')}
                <Badge count={pending} showZero={false} size="small" />
              </Flex>
            ),
            children: reviewTab,
          },
          { key: 'mine', label: t('inbox.mineTab'), children: mineTab },
        ]}
      />
      <BatchDecisionModal target={batchDecision} onClose={() => setBatchDecision(null)} />
      <DecisionModal
        target={
          decision
            ? {
                decision: decision.decision,
                proposalId: decision.proposal.id,
                termName:
                  decision.proposal.kind === 'create' ? decision.proposal.content.name : decision.proposal.term.name,
                authorName: decision.proposal.author?.name ?? decision.proposal.authorLabel,
              }
            : null
        }
        onClose={() => setDecision(null)}
        onDecided={() => undefined}
      />
    </>
  );
}
