import { CheckOutlined, CloseOutlined, SendOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Select, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useReviewCount } from '../../app/use-review-count';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import type { ProposalDecision, ProposalStatus } from '../../gql/graphql';
import { BatchDecisionModal, type BatchTarget } from './batch-decision-modal';
import { DecisionModal } from './decision-modal';
import type { ListedProposal } from './proposal-item';
import { ProposalListCard } from './proposal-list-card';
import { useAuthorActions } from './use-author-actions';

type MineFilter = 'open' | 'approved' | 'rejected' | 'withdrawn' | 'all';
const mineStatuses: Record<MineFilter, ProposalStatus[] | null> = {
  open: ['draft', 'pending'],
  approved: ['approved'],
  rejected: ['rejected'],
  withdrawn: ['withdrawn'],
  all: null,
};

/** The review inbox: changes waiting for my decision, and the changes I proposed. */
export function ReviewInboxPage() {
  const { t } = useTranslation(['glossary', 'common']);
  const canWrite = useCan('glossary:write');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'mine' ? 'mine' : 'review';
  const [mineFilter, setMineFilter] = useState<MineFilter>('all');
  const [decision, setDecision] = useState<{ proposal: ListedProposal; decision: ProposalDecision } | null>(null);
  const [batchDecision, setBatchDecision] = useState<BatchTarget | null>(null);
  const pending = useReviewCount();
  // Lists refresh themselves: they listen for changed proposals (a decision, a withdrawal).
  const author = useAuthorActions(() => undefined);

  const reviewFilter = useMemo(() => ({ reviewableByMe: true, statuses: ['pending' as const] }), []);
  const mineFilterValue = useMemo(() => ({ mine: true, statuses: mineStatuses[mineFilter] }), [mineFilter]);

  const decide = (proposal: ListedProposal, choice: ProposalDecision) => setDecision({ proposal, decision: choice });

  const review = (
    <ProposalListCard
      testId="review-list"
      filter={reviewFilter}
      toolbar={<Typography.Text type="secondary">{t('inbox.reviewHint')}</Typography.Text>}
      empty={<EmptyState title={t('inbox.emptyTitle')} description={t('inbox.emptyBody')} />}
      batchActionsOf={(batch) => {
        const target = { batchId: batch.id, title: batch.title, pending: batch.counts.pending };
        return (
          <>
            <Button size="small" danger onClick={() => setBatchDecision({ ...target, decision: 'reject' })}>
              {t('batch.rejectAll')}
            </Button>
            <Button size="small" type="primary" onClick={() => setBatchDecision({ ...target, decision: 'approve' })}>
              {t('batch.approveAllCount', { count: batch.counts.pending })}
            </Button>
          </>
        );
      }}
      actionsOf={(proposal) => (
        <>
          <Button danger icon={<CloseOutlined aria-hidden />} onClick={() => decide(proposal, 'reject')}>
            {t('decision.reject')}
          </Button>
          <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => decide(proposal, 'approve')}>
            {t('decision.approve')}
          </Button>
        </>
      )}
    />
  );

  const mine = (
    <ProposalListCard
      testId="mine-list"
      filter={mineFilterValue}
      toolbar={
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
      }
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
      actionsOf={(proposal) => {
        const name = proposal.kind === 'create' ? proposal.content.name : proposal.term.name;
        if (proposal.status === 'draft') {
          return (
            <>
              <Button onClick={() => author.confirmWithdraw(proposal, name)}>{t('author.discard')}</Button>
              <Button
                type="primary"
                icon={<SendOutlined aria-hidden />}
                onClick={() => void author.submitDraft(proposal)}
              >
                {t('author.submit')}
              </Button>
            </>
          );
        }
        if (proposal.status === 'pending') {
          return <Button onClick={() => author.confirmWithdraw(proposal, name)}>{t('author.withdraw')}</Button>;
        }
        return null;
      }}
    />
  );

  return (
    <>
      <PageHeader title={t('inbox.title')} description={t('inbox.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'mine' ? { tab: 'mine' } : {})}
        items={[
          {
            key: 'review',
            label: (
              <Flex gap={8} align="center">
                {t('inbox.reviewTab')}
                <Badge count={pending} showZero={false} size="small" />
              </Flex>
            ),
            children: review,
          },
          { key: 'mine', label: t('inbox.mineTab'), children: mine },
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
