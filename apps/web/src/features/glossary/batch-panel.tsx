import { Skeleton, Typography } from 'antd';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/cursor-pager';
import { LoadError } from '../../components/load-error';
import type { ProposalFilter, ProposalStatus } from '../../gql/graphql';
import { type Batch, BatchHead } from './batch-group';
import { type ListedProposal, ProposalItem } from './proposal-item';
import { BatchProposalCountQuery, TermProposalsQuery } from './proposals.graphql';

const PAGE_SIZE = 20;

interface BatchPanelProps {
  batch: Batch;
  /**
   * Which of the batch's proposals concern this list (the viewer's to decide, the viewer's own):
   * the server counts them, and a batch with none is left out unless it is `focused`.
   */
  scope: Omit<ProposalFilter, 'batchId'>;
  /** The proposals listed when the batch is opened. */
  statuses: ProposalStatus[] | null;
  /** The batch the address names (the importer's "Review the batch"): shown open, and scrolled to. */
  focused?: boolean;
  /** Told how many of the batch's proposals are in scope. */
  onCount: (batchId: string, count: number) => void;
  /** Buttons of the heading, given the count in scope. */
  actionsOf?: (count: number) => ReactNode;
  /** A line under the heading, given the count in scope. */
  noteOf?: (count: number | undefined) => ReactNode;
  /** Buttons of one proposal. */
  itemActionsOf: (proposal: ListedProposal) => ReactNode;
  testId?: string;
}

/**
 * One import in the review inbox: its heading (title, glossary, who and when, counts, what can be
 * done with it all at once) and, opened, its proposals page by page, each with its own actions.
 */
export function BatchPanel(props: BatchPanelProps) {
  const { batch, scope, statuses, focused = false, onCount, actionsOf, noteOf, itemActionsOf, testId } = props;
  const [open, setOpen] = useState(focused);
  const bodyId = useId();
  const ref = useRef<HTMLLIElement>(null);
  const context = useMemo(() => ({ additionalTypenames: ['TermProposal', 'ProposalBatch'] }), []);
  const scopeKey = JSON.stringify(scope);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the JSON key stands for the scope.
  const filter = useMemo(() => ({ ...scope, batchId: batch.id }), [scopeKey, batch.id]);
  const [{ data }] = useQuery({
    query: BatchProposalCountQuery,
    variables: { filter },
    context,
    requestPolicy: 'cache-and-network',
  });
  const count = data?.termProposals.totalCount;

  useEffect(() => {
    if (count !== undefined) onCount(batch.id, count);
  }, [batch.id, count, onCount]);

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  if (!focused && !count) return null;
  return (
    <li
      ref={ref}
      className={`proposal-batch proposal-batch-panel ${focused ? 'proposal-batch-focused' : ''}`}
      data-testid={testId}
      data-batch-id={batch.id}
    >
      <BatchHead
        batch={batch}
        open={open}
        onToggle={() => setOpen(!open)}
        controls={bodyId}
        note={noteOf?.(count)}
        actions={count ? actionsOf?.(count) : null}
      />
      <div id={bodyId} hidden={!open}>
        {open ? <BatchProposals batchId={batch.id} statuses={statuses} itemActionsOf={itemActionsOf} /> : null}
      </div>
    </li>
  );
}

/** The proposals of one batch, newest first, a page at a time; each opens to its changes. */
function BatchProposals({
  batchId,
  statuses,
  itemActionsOf,
}: {
  batchId: string;
  statuses: ProposalStatus[] | null;
  itemActionsOf: (proposal: ListedProposal) => ReactNode;
}) {
  const { t } = useTranslation('glossary');
  const [cursors, setCursors] = useState<string[]>([]);
  const context = useMemo(() => ({ additionalTypenames: ['TermProposal', 'ProposalBatch'] }), []);
  const statusKey = statuses?.join(',') ?? '';
  const [seenKey, setSeenKey] = useState(statusKey);
  if (seenKey !== statusKey) {
    // Other statuses start again at the first page.
    setSeenKey(statusKey);
    setCursors([]);
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined key stands for the list.
  const filter = useMemo(() => ({ batchId, statuses }), [batchId, statusKey]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TermProposalsQuery,
    variables: { filter, first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null },
    context,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.termProposals;
  const proposals = page?.nodes ?? [];

  if (error && !data) return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 4 }} className="proposal-list-loading" />;
  if (proposals.length === 0) {
    return <Typography.Paragraph className="proposal-batch-empty">{t('batch.nothingListed')}</Typography.Paragraph>;
  }
  return (
    <>
      <ul className="proposal-list proposal-batch-items" data-testid="batch-proposals">
        {proposals.map((proposal) => (
          <ProposalItem key={proposal.id} proposal={proposal} inBatch actions={itemActionsOf(proposal)} />
        ))}
      </ul>
      {page && page.totalCount > PAGE_SIZE ? (
        <CursorPager
          pageIndex={cursors.length}
          pageSize={PAGE_SIZE}
          shown={proposals.length}
          total={page.totalCount}
          hasNextPage={page.pageInfo.hasNextPage}
          onPrevious={() => setCursors(cursors.slice(0, -1))}
          onNext={() => (page.pageInfo.endCursor ? setCursors([...cursors, page.pageInfo.endCursor]) : undefined)}
        />
      ) : null}
    </>
  );
}
