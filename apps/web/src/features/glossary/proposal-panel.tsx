import { CheckOutlined, ClockCircleOutlined, CloseOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { When } from '../../components/when';
import type { LiveTermRefsFragment, ProposalDecision, ProposalFieldsFragment } from '../../gql/graphql';
import { FieldChanges, namesFrom } from './field-changes';
import { listOfNames, type PersonRef } from './reviewers';
import { ProposalKindTag } from './term-tags';
import { useAuthorActions } from './use-author-actions';

interface ProposalPanelProps {
  proposal: ProposalFieldsFragment;
  /** The live term: names for the "before" side of each change. */
  term: LiveTermRefsFragment;
  /** Who decides it (the server's `effectiveReviewers`). */
  reviewers: readonly PersonRef[];
  /** Whether the viewer may decide it now (the server's `canDecide`). */
  canDecide: boolean;
  isAuthor: boolean;
  onDecide: (decision: ProposalDecision) => void;
  onRevise: () => void;
  onChanged: () => void;
}

/** The open change of a term: what it would change, who asked and why, and what the viewer may do. */
export function ProposalPanel(props: ProposalPanelProps) {
  const { proposal, term, reviewers, canDecide, isAuthor, onDecide, onRevise, onChanged } = props;
  const { t, i18n } = useTranslation('glossary');
  const author = proposal.author?.name ?? proposal.authorLabel;
  const draft = proposal.status === 'draft';
  const known = useMemo(() => namesFrom(proposal.content, term), [proposal.content, term]);
  const actions = useAuthorActions(onChanged);
  const hasContent = proposal.kind === 'create' || proposal.kind === 'update';
  const reviewerNames = listOfNames(
    reviewers.map((person) => person.name),
    i18n.language,
  );

  const heading = draft
    ? t('proposal.draftHeading')
    : proposal.kind === 'create'
      ? t('proposal.newHeading')
      : t('proposal.pendingHeading');
  const explanation = draft
    ? t('proposal.draftExplanation')
    : proposal.kind === 'create'
      ? t('proposal.newExplanation')
      : t('proposal.pendingExplanation');

  return (
    <Card className={`proposal-panel ${draft ? 'proposal-panel-draft' : ''}`} data-testid="proposal-panel">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex gap={12} align="flex-start" style={{ minWidth: 0, flex: '1 1 420px' }}>
          <ClockCircleOutlined className="proposal-panel-icon" aria-hidden />
          <div style={{ minWidth: 0 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={4} className="proposal-panel-title">
                {heading}
              </Typography.Title>
              <ProposalKindTag kind={proposal.kind} />
            </Flex>
            <Typography.Text type="secondary">{explanation}</Typography.Text>
            <div className="proposal-meta">
              {t('proposal.by')} <Typography.Text strong>{author}</Typography.Text>
              {' · '}
              {draft ? t('proposal.started') : t('proposal.submitted')}{' '}
              <When at={proposal.submittedAt ?? proposal.createdAt} />
              {draft ? null : (
                <>
                  {' · '}
                  {reviewers.length
                    ? t('proposal.reviewers', { reviewers: reviewerNames, count: reviewers.length })
                    : t('proposal.noReviewers')}
                </>
              )}
            </div>
          </div>
        </Flex>
        <Flex gap={8} wrap className="proposal-actions">
          {canDecide ? (
            <>
              <Button danger icon={<CloseOutlined aria-hidden />} onClick={() => onDecide('reject')}>
                {t('decision.reject')}
              </Button>
              <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => onDecide('approve')}>
                {t('decision.approve')}
              </Button>
            </>
          ) : null}
          {isAuthor ? (
            <>
              <Button onClick={() => actions.confirmWithdraw(proposal, term.name)} disabled={actions.busy}>
                {draft ? t('author.discard') : t('author.withdraw')}
              </Button>
              {hasContent ? (
                <Button icon={<EditOutlined aria-hidden />} onClick={onRevise}>
                  {t('author.revise')}
                </Button>
              ) : null}
              {draft ? (
                <Button
                  type="primary"
                  icon={<SendOutlined aria-hidden />}
                  onClick={() => void actions.submitDraft(proposal)}
                  loading={actions.busy}
                >
                  {t('author.submit')}
                </Button>
              ) : null}
            </>
          ) : null}
        </Flex>
      </Flex>
      {proposal.reason ? (
        <blockquote className="proposal-reason">
          <Typography.Text type="secondary">{t('proposal.why')}</Typography.Text> {proposal.reason}
        </blockquote>
      ) : null}
      <div className="proposal-body">
        {proposal.kind === 'deprecate' ? (
          <Typography.Paragraph>
            {proposal.replacedBy ? (
              <>
                {t('proposal.deprecateWith')}{' '}
                <Link to={`/glossary/terms/${proposal.replacedBy.id}`}>{proposal.replacedBy.name}</Link>
              </>
            ) : (
              t('proposal.deprecateAlone')
            )}
          </Typography.Paragraph>
        ) : proposal.kind === 'reinstate' ? (
          <Typography.Paragraph>{t('proposal.reinstate')}</Typography.Paragraph>
        ) : (
          <>
            <Typography.Text strong className="proposal-changes-title">
              {proposal.kind === 'create'
                ? t('proposal.proposedContent')
                : t('proposal.changesVsBase', { revision: proposal.baseRevision })}
            </Typography.Text>
            <FieldChanges changes={proposal.changes} known={known} isNew={proposal.kind === 'create'} />
          </>
        )}
      </div>
    </Card>
  );
}
