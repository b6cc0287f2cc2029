import { ClockCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalKind, ProposalStatus, TermStatus } from '../../gql/graphql';
import './field-changes.css';

const termStatusColors: Record<TermStatus, string> = {
  approved: 'green',
  in_review: 'gold',
  draft: 'default',
  rejected: 'red',
  deprecated: 'volcano',
};

/** Where a term stands, in words; "approved" can be left out where it is the norm (the tree). */
export function TermStatusTag({ status, hideApproved = false }: { status: TermStatus; hideApproved?: boolean }) {
  const { t } = useTranslation('glossary');
  if (hideApproved && status === 'approved') return null;
  return (
    <Tooltip title={t(`termStatusHint.${status}`)}>
      <Tag color={termStatusColors[status]} className="term-tag">
        {t(`termStatus.${status}`)}
      </Tag>
    </Tooltip>
  );
}

/** A critical data element: a term whose data is governed more strictly. */
export function CdeTag({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('glossary');
  return (
    <Tooltip title={t('cde.hint')}>
      <Tag color="purple" icon={<SafetyCertificateOutlined aria-hidden />} className="term-tag">
        {compact ? t('cde.short') : t('cde.label')}
      </Tag>
    </Tooltip>
  );
}

/** "Change pending": the live text stays until a reviewer decides. */
export function PendingChangeTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation('glossary');
  const draft = status === 'draft';
  return (
    <Tooltip title={draft ? t('pending.draftHint') : t('pending.hint')}>
      <Tag icon={<ClockCircleOutlined aria-hidden />} color={draft ? 'default' : 'blue'} className="term-tag">
        {draft ? t('pending.draft') : t('pending.label')}
      </Tag>
    </Tooltip>
  );
}

const kindColors: Record<ProposalKind, string> = {
  create: 'cyan',
  update: 'blue',
  deprecate: 'volcano',
  reinstate: 'green',
};

export function ProposalKindTag({ kind }: { kind: ProposalKind }) {
  const { t } = useTranslation('glossary');
  return (
    <Tag color={kindColors[kind]} className="term-tag">
      {t(`proposalKind.${kind}`)}
    </Tag>
  );
}

const proposalStatusColors: Record<ProposalStatus, string> = {
  draft: 'default',
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation('glossary');
  return (
    <Tooltip title={t(`proposalStatusHint.${status}`)}>
      <Tag color={proposalStatusColors[status]} className="term-tag">
        {t(`proposalStatus.${status}`)}
      </Tag>
    </Tooltip>
  );
}
