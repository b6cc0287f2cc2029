import { DownOutlined, ImportOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { When } from '../../components/when';
import type { BatchFieldsFragment } from '../../gql/graphql';
import { useNames } from './name-loader';
import type { ListedProposal } from './proposal-item';

export type Batch = BatchFieldsFragment;

interface Group {
  batch: Batch | null;
  proposals: ListedProposal[];
}

/** Proposals of one import together (where they first appear), the others one by one. */
export function groupByBatch(proposals: readonly ListedProposal[]): Group[] {
  const groups: Group[] = [];
  const byBatch = new Map<string, Group>();
  for (const proposal of proposals) {
    if (!proposal.batch) {
      groups.push({ batch: null, proposals: [proposal] });
      continue;
    }
    const existing = byBatch.get(proposal.batch.id);
    if (existing) existing.proposals.push(proposal);
    else {
      const group = { batch: proposal.batch, proposals: [proposal] };
      byBatch.set(proposal.batch.id, group);
      groups.push(group);
    }
  }
  return groups;
}

const countColors = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
  draft: 'default',
} as const;

/** Where the proposals of a batch stand: "18 waiting · 2 approved", the empty ones left out. */
export function BatchCounts({ counts }: { counts: Batch['counts'] }) {
  const { t, i18n } = useTranslation('glossary');
  const number = new Intl.NumberFormat(i18n.language);
  const shown = (Object.keys(countColors) as (keyof typeof countColors)[]).filter((key) => counts[key] > 0);
  return (
    <Flex gap={4} wrap className="batch-counts" data-testid="batch-counts">
      {shown.map((key) => (
        <Tag key={key} color={countColors[key]} className="term-tag">
          {t(`batch.count.${key}`, { count: counts[key], n: number.format(counts[key]) })}
        </Tag>
      ))}
    </Flex>
  );
}

interface BatchHeadProps {
  batch: Batch;
  open: boolean;
  onToggle: () => void;
  /** The id of the element the toggle opens and closes. */
  controls: string;
  /** Under the title: "You may decide 18 of them", a warning. */
  note?: ReactNode;
  actions?: ReactNode;
  showGlossary?: boolean;
}

/** The heading of an import: title, glossary, who imported it and when, its counts, and what can be done. */
export function BatchHead({ batch, open, onToggle, controls, note, actions, showGlossary = true }: BatchHeadProps) {
  const { t } = useTranslation('glossary');
  const nameOf = useNames('label', [batch.authorLabel]);
  const author = nameOf(batch.authorLabel) ?? batch.authorLabel;
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap className="proposal-batch-head">
      <Flex gap={10} align="flex-start" className="proposal-batch-title">
        <Button
          type="text"
          size="small"
          className="proposal-batch-toggle"
          icon={open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
          onClick={onToggle}
          aria-expanded={open}
          aria-controls={controls}
          aria-label={open ? t('batch.collapse', { title: batch.title }) : t('batch.expand', { title: batch.title })}
        />
        <ImportOutlined aria-hidden className="proposal-batch-icon" />
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Link strong onClick={onToggle} className="proposal-batch-name">
            {batch.title}
          </Typography.Link>
          <Typography.Text type="secondary" className="proposal-item-meta">
            {showGlossary ? `${batch.glossary.name} · ` : null}
            {t('batch.importedBy', { author })} · <When at={batch.createdAt} />
            {batch.source && !batch.title.includes(batch.source) ? ` · ${batch.source}` : ''}
          </Typography.Text>
          <BatchCounts counts={batch.counts} />
          {note}
        </Flex>
      </Flex>
      {actions ? (
        <Flex gap={8} wrap className="proposal-item-actions">
          {actions}
        </Flex>
      ) : null}
    </Flex>
  );
}

/**
 * An import's proposals under one collapsible heading (in a list of one's own proposals), so a
 * batch reads as one entry rather than a flood.
 */
export function BatchGroup({
  batch,
  actions,
  defaultOpen = false,
  children,
}: {
  batch: Batch;
  actions?: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <li className="proposal-batch" data-testid="proposal-batch">
      <BatchHead batch={batch} open={open} onToggle={() => setOpen(!open)} controls={id} actions={actions} />
      <ul className="proposal-list proposal-batch-items" id={id} hidden={!open}>
        {open ? children : null}
      </ul>
    </li>
  );
}
