import { ImportOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames } from './name-loader';
import type { ListedProposal } from './proposal-item';
import { When } from './when';

type Batch = NonNullable<ListedProposal['batch']>;

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

/**
 * An import's proposals under one heading, so a reviewer sees one batch rather than a flood, and
 * can decide it at once or term by term.
 */
export function BatchGroup({ batch, actions, children }: { batch: Batch; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('glossary');
  const nameOf = useNames('label', [batch.authorLabel]);
  const author = nameOf(batch.authorLabel) ?? batch.authorLabel;
  return (
    <li className="proposal-batch" data-testid="proposal-batch">
      <Flex justify="space-between" align="center" gap={12} wrap className="proposal-batch-head">
        <Flex gap={10} align="center" style={{ minWidth: 0 }}>
          <ImportOutlined aria-hidden className="proposal-batch-icon" />
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong>{batch.title}</Typography.Text>
            <div>
              <Typography.Text type="secondary" className="proposal-item-meta">
                {t('batch.meta', { count: batch.counts.pending, author })}
                {batch.source && !batch.title.includes(batch.source) ? ` · ${batch.source}` : ''} ·{' '}
                <When at={batch.createdAt} />
              </Typography.Text>
            </div>
          </div>
        </Flex>
        {actions ? <Flex gap={8}>{actions}</Flex> : null}
      </Flex>
      <ul className="proposal-list proposal-batch-items">{children}</ul>
    </li>
  );
}
