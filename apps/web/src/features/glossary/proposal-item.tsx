import { DownOutlined, MessageOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { When } from '../../components/when';
import type { TermProposalsQuery } from '../../gql/graphql';
import { FieldChanges, namesFrom } from './field-changes';
import { useNames } from './name-loader';
import { ProposalKindTag, ProposalStatusTag, TermStatusTag } from './term-tags';
import './field-changes.css';

export type ListedProposal = TermProposalsQuery['termProposals']['nodes'][number];

interface ProposalItemProps {
  proposal: ListedProposal;
  /** Lists across terms name the term; a term's own list does not. */
  showTerm?: boolean;
  /** Buttons for what the viewer may do (approve, reject, withdraw…). */
  actions?: ReactNode;
  defaultOpen?: boolean;
  /** Listed under its import batch, whose heading names the glossary already. */
  inBatch?: boolean;
}

/** One proposal in a list: what, by whom, when, why, the decision and its comment; the changes on demand. */
export function ProposalItem({
  proposal,
  showTerm = true,
  actions,
  defaultOpen = false,
  inBatch = false,
}: ProposalItemProps) {
  const { t } = useTranslation('glossary');
  const [open, setOpen] = useState(defaultOpen);
  const known = useMemo(() => namesFrom(proposal.content, proposal.term), [proposal.content, proposal.term]);
  const deciderOf = useNames('label', proposal.decidedByLabel ? [proposal.decidedByLabel] : []);
  const decider = proposal.decidedByLabel ? (deciderOf(proposal.decidedByLabel) ?? proposal.decidedByLabel) : null;
  const author = proposal.author?.name ?? proposal.authorLabel;
  // Changes are against the approved revision the proposal started from: a decided proposal
  // still shows what it asked for.
  const showsChanges = proposal.kind === 'create' || proposal.kind === 'update';
  const changeCount = proposal.changes.length;

  return (
    <li className="proposal-item" data-testid="proposal-item">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 360px' }}>
          <Flex gap={8} align="center" wrap>
            {showTerm ? (
              <Link to={`/glossary/terms/${proposal.term.id}`} className="proposal-item-term">
                {proposal.kind === 'create' ? proposal.content.name : proposal.term.name}
              </Link>
            ) : null}
            <ProposalKindTag kind={proposal.kind} />
            <ProposalStatusTag status={proposal.status} />
            {showTerm && proposal.kind !== 'create' && proposal.term.status !== 'approved' ? (
              <TermStatusTag status={proposal.term.status} />
            ) : null}
          </Flex>
          <Typography.Text type="secondary" className="proposal-item-meta">
            {showTerm && !inBatch ? `${proposal.glossary.name} · ` : null}
            {t('proposal.byShort', { author })} · <When at={proposal.submittedAt ?? proposal.createdAt} />
          </Typography.Text>
          {proposal.reason ? (
            <Typography.Text className="proposal-item-reason">
              <Typography.Text type="secondary">{t('proposal.why')}</Typography.Text> {proposal.reason}
            </Typography.Text>
          ) : null}
          {proposal.kind === 'deprecate' ? (
            <Typography.Text>
              {proposal.replacedBy ? (
                <>
                  {t('proposal.deprecateWith')}{' '}
                  <Link to={`/glossary/terms/${proposal.replacedBy.id}`}>{proposal.replacedBy.name}</Link>
                </>
              ) : (
                t('proposal.deprecateAlone')
              )}
            </Typography.Text>
          ) : null}
          {proposal.decidedAt && (proposal.status === 'approved' || proposal.status === 'rejected') ? (
            <div className={`decision-note decision-note-${proposal.status}`} data-testid="decision-note">
              <MessageOutlined aria-hidden />{' '}
              <span>
                {proposal.status === 'approved'
                  ? t('proposal.approvedBy', { who: decider ?? '' })
                  : t('proposal.rejectedBy', { who: decider ?? '' })}{' '}
                <When at={proposal.decidedAt} />
                {proposal.decisionComment ? <>: “{proposal.decisionComment}”</> : null}
              </span>
            </div>
          ) : null}
        </Flex>
        {actions ? (
          <Flex gap={8} wrap className="proposal-item-actions">
            {actions}
          </Flex>
        ) : null}
      </Flex>
      {showsChanges ? (
        <>
          <Button
            type="link"
            size="small"
            className="proposal-item-toggle"
            icon={open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            {open ? t('proposal.hideChanges') : t('proposal.showChanges', { count: changeCount })}
          </Button>
          {open ? (
            <div className="proposal-item-changes">
              <FieldChanges changes={proposal.changes} known={known} isNew={proposal.kind === 'create'} />
            </div>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
