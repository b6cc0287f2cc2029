import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

/** How many changes wait for the viewer's decision (the navigation's badge). */
export const PendingReviewCountQuery = graphql(`
  query PendingReviewCount {
    termProposals(filter: { reviewableByMe: true, statuses: [pending] }, first: 1) {
      totalCount
    }
  }
`);

const REFRESH_MS = 60_000;

/**
 * The number of glossary changes waiting for the viewer. It refreshes when a proposal changes
 * in this browser (the query listens for them) and once a minute for everyone else's.
 */
export function useReviewCount(): number {
  const context = useMemo(() => ({ additionalTypenames: ['TermProposal'] }), []);
  const [{ data }, refetch] = useQuery({ query: PendingReviewCountQuery, context });
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  return data?.termProposals.totalCount ?? 0;
}
