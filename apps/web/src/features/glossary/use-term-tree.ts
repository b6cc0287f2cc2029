import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { TermTreeNodeFragment } from '../../gql/graphql';
import { TermLevelQuery } from './glossary.graphql';

/** One page of a level is this big; "Load more" fetches the next. */
export const TREE_PAGE_SIZE = 100;
export const ROOT = 'root';

interface Level {
  ids: string[];
  total: number;
  endCursor: string | null;
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
}

export interface TermTreeState {
  levels: ReadonlyMap<string, Level>;
  nodes: ReadonlyMap<string, TermTreeNodeFragment>;
}

/**
 * The term tree of one glossary, fetched level by level as it is opened, a page at a time: a
 * glossary of twenty thousand terms costs what the reader looks at, not what it holds.
 */
export function useTermTree(glossaryId: string | undefined) {
  const client = useClient();
  const [state, setState] = useState<TermTreeState>({ levels: new Map(), nodes: new Map() });
  const generation = useRef(0);
  const current = useRef(state);
  current.current = state;

  const fetchLevel = useCallback(
    async (parentKey: string, after: string | null) => {
      if (!glossaryId) return;
      const mine = generation.current;
      setState((previous) => {
        const levels = new Map(previous.levels);
        const level = levels.get(parentKey);
        levels.set(parentKey, {
          ids: level?.ids ?? [],
          total: level?.total ?? 0,
          endCursor: level?.endCursor ?? null,
          hasMore: level?.hasMore ?? false,
          loading: true,
          failed: false,
        });
        return { ...previous, levels };
      });
      const filter = parentKey === ROOT ? { glossaryId, rootsOnly: true } : { parentId: parentKey };
      const result = await client
        .query(TermLevelQuery, { filter, first: TREE_PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (mine !== generation.current) return;
      setState((previous) => {
        const levels = new Map(previous.levels);
        const nodes = new Map(previous.nodes);
        const level = levels.get(parentKey);
        const page = result.data?.glossaryTerms;
        if (!page) {
          levels.set(parentKey, { ...(level as Level), loading: false, failed: true });
          return { levels, nodes };
        }
        for (const node of page.nodes) nodes.set(node.id, node);
        const known = new Set(level?.ids ?? []);
        levels.set(parentKey, {
          ids: [...(level?.ids ?? []), ...page.nodes.map((node) => node.id).filter((id) => !known.has(id))],
          total: page.totalCount,
          endCursor: page.pageInfo.endCursor ?? null,
          hasMore: page.pageInfo.hasNextPage,
          loading: false,
          failed: false,
        });
        return { levels, nodes };
      });
    },
    [client, glossaryId],
  );

  const reset = useCallback(() => {
    generation.current += 1;
    setState({ levels: new Map(), nodes: new Map() });
    if (glossaryId) void fetchLevel(ROOT, null);
  }, [fetchLevel, glossaryId]);

  useEffect(() => reset(), [reset]);

  /** Opens a term: its first page of narrower terms, once. */
  const open = useCallback(
    async (termId: string) => {
      if (current.current.levels.has(termId)) return;
      await fetchLevel(termId, null);
    },
    [fetchLevel],
  );

  const loadMore = useCallback(
    (parentKey: string) => {
      const level = current.current.levels.get(parentKey);
      if (!level || level.loading || !level.hasMore) return;
      void fetchLevel(parentKey, level.endCursor);
    },
    [fetchLevel],
  );

  const retry = useCallback(
    (parentKey: string) => {
      const level = current.current.levels.get(parentKey);
      void fetchLevel(parentKey, level?.endCursor ?? null);
    },
    [fetchLevel],
  );

  return { ...state, open, loadMore, retry, reload: reset };
}
