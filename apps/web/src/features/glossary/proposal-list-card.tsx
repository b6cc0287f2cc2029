import { Card, Skeleton } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/cursor-pager';
import { LoadError } from '../../components/load-error';
import type { ProposalFilter } from '../../gql/graphql';
import { BatchGroup, groupByBatch } from './batch-group';
import { type ListedProposal, ProposalItem } from './proposal-item';
import { TermProposalsQuery } from './proposals.graphql';

const PAGE_SIZE = 20;

interface ProposalListCardProps {
  filter: ProposalFilter;
  /** Shown when nothing matches. */
  empty: ReactNode;
  /** The buttons of one item (what the viewer may do with it). */
  actionsOf: (proposal: ListedProposal) => ReactNode;
  /** The buttons of an import batch's group (decide them all at once). */
  batchActionsOf?: (batch: NonNullable<ListedProposal['batch']>) => ReactNode;
  /** Above the list: filters, a hint. */
  toolbar?: ReactNode;
  /**
   * Leaves out proposals of import batches (the inbox shows those under their batch). The
   * server has no filter for "not in a batch", so a page may show fewer than its size.
   */
  skipBatched?: boolean;
  testId?: string;
}

/** A page of proposals, newest first, with previous / next. */
export function ProposalListCard({
  filter,
  empty,
  actionsOf,
  batchActionsOf,
  toolbar,
  skipBatched = false,
  testId,
}: ProposalListCardProps) {
  const [cursors, setCursors] = useState<string[]>([]);
  // Batched proposals are shown in their batch: the server leaves them out of this list.
  const listFilter = useMemo(() => (skipBatched ? { ...filter, inBatch: false } : filter), [filter, skipBatched]);
  const filterKey = JSON.stringify(listFilter);
  const [seenKey, setSeenKey] = useState(filterKey);
  if (seenKey !== filterKey) {
    // Another filter starts again at the first page.
    setSeenKey(filterKey);
    setCursors([]);
  }
  const context = useMemo(() => ({ additionalTypenames: ['TermProposal'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TermProposalsQuery,
    variables: { filter: listFilter, first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null },
    context,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const page = data?.termProposals;
  const listed = page?.nodes ?? [];
  const proposals = listed;

  let body: ReactNode;
  if (error && !data) body = <LoadError onRetry={reload} />;
  else if (fetching && !data) body = <Skeleton active paragraph={{ rows: 6 }} className="proposal-list-loading" />;
  else if (listed.length === 0) body = empty;
  else {
    const item = (proposal: ListedProposal) => (
      <ProposalItem
        key={proposal.id}
        proposal={proposal}
        actions={actionsOf(proposal)}
        defaultOpen={proposals.length <= 3}
      />
    );
    body = (
      <ul className="proposal-list proposal-list-spaced">
        {groupByBatch(proposals).map((group) =>
          group.batch ? (
            <BatchGroup key={group.batch.id} batch={group.batch} actions={batchActionsOf?.(group.batch)}>
              {group.proposals.map(item)}
            </BatchGroup>
          ) : (
            group.proposals.map(item)
          ),
        )}
      </ul>
    );
  }

  return (
    <Card className="table-card" data-testid={testId}>
      {toolbar ? <div className="table-toolbar">{toolbar}</div> : null}
      {body}
      {page && page.totalCount > PAGE_SIZE ? (
        <CursorPager
          pageIndex={cursors.length}
          pageSize={PAGE_SIZE}
          shown={listed.length}
          total={page.totalCount}
          hasNextPage={page.pageInfo.hasNextPage}
          onPrevious={() => setCursors(cursors.slice(0, -1))}
          onNext={() => (page.pageInfo.endCursor ? setCursors([...cursors, page.pageInfo.endCursor]) : undefined)}
        />
      ) : null}
    </Card>
  );
}
