import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { AuditFilter } from '../../gql/graphql';
import { AuditEventsQuery } from './audit.graphql';
import type { AuditEventData } from './audit-describe';

interface AuditFeedOptions {
  /** The server's filter (record type, record id). */
  filter?: AuditFilter | null;
  /** How many events one "Load more" tries to add. */
  want?: number;
  /** When this changes, the feed starts again from the newest event. */
  refreshKey?: string;
  pause?: boolean;
}

interface AuditFeedState {
  events: AuditEventData[];
  cursor: string | null;
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  total: number;
}

const initial: AuditFeedState = {
  events: [],
  cursor: null,
  hasMore: false,
  loading: true,
  failed: false,
  total: 0,
};

/** The audit log, newest first, a batch at a time ("Load more"). */
export function useAuditFeed({ filter = null, want = 20, refreshKey = '', pause = false }: AuditFeedOptions) {
  const client = useClient();
  const [state, setState] = useState<AuditFeedState>(initial);
  const generation = useRef(0);
  const filterKey = JSON.stringify(filter);

  const load = useCallback(
    async (from: AuditFeedState, reset: boolean) => {
      const mine = ++generation.current;
      setState({ ...from, loading: true, failed: false });
      const result = await client
        .query(
          AuditEventsQuery,
          { first: want, after: from.cursor, filter: JSON.parse(filterKey) as AuditFilter | null },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (mine !== generation.current) return;
      const connection = result.data?.auditEvents;
      if (!connection) {
        setState({ ...from, loading: false, failed: true });
        return;
      }
      const found = connection.nodes as AuditEventData[];
      const cursor = connection.pageInfo.endCursor ?? from.cursor;
      const hasMore = connection.pageInfo.hasNextPage;
      const total = connection.totalCount;
      setState({
        events: reset ? found : [...from.events, ...found],
        cursor,
        hasMore,
        loading: false,
        failed: false,
        total,
      });
    },
    [client, filterKey, want],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the reason to start over.
  useEffect(() => {
    if (pause) return;
    void load(initial, true);
  }, [load, pause, refreshKey]);

  const loadMore = useCallback(() => void load(state, false), [load, state]);
  const retry = useCallback(() => void load(initial, true), [load]);
  return { ...state, loadMore, retry };
}
