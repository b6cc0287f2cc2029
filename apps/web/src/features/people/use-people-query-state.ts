import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { GovernanceRole } from '../../gql/graphql';

export type StatusFilter = 'all' | 'active' | 'inactive';

export const roleOptions: GovernanceRole[] = [
  'data_owner',
  'business_steward',
  'technical_steward',
  'custodian',
  'executive_sponsor',
  'chief_data_officer',
  'council_member',
];

const statuses: StatusFilter[] = ['all', 'active', 'inactive'];

/**
 * The people list's search, filters and page, kept in the address (`?q=&status=&role=&after=`),
 * so a reload, a shared link and Back show the same list. `after` repeats: one cursor per page
 * turned, so "Previous" works after a reload too. Typing replaces the address entry; filters and
 * pages push one, so Back steps through them.
 */
export function usePeopleQueryState() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = statuses.find((value) => value === params.get('status')) ?? 'active';
  const role = roleOptions.find((value) => value === params.get('role'));
  const cursors = params.getAll('after');

  const [search, setSearch] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    // The address changed under us (Back, a link): show its search.
    setSeenQ(q);
    if (q !== search.trim()) setSearch(q);
  }
  const debounced = useDebouncedValue(search.trim(), 300);

  const update = (
    next: { q?: string; status?: StatusFilter; role?: GovernanceRole | null; after?: string[] },
    replace = false,
  ) =>
    setParams(
      (current) => {
        const result = new URLSearchParams();
        const nextQ = next.q ?? current.get('q') ?? '';
        const nextStatus = next.status ?? current.get('status') ?? 'active';
        const nextRole = next.role === undefined ? current.get('role') : next.role;
        if (nextQ) result.set('q', nextQ);
        if (nextStatus !== 'active') result.set('status', nextStatus);
        if (nextRole) result.set('role', nextRole);
        // A new search or filter starts again at the first page.
        for (const cursor of next.after ?? []) result.append('after', cursor);
        return result;
      },
      { replace },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled search writes to the address.
  useEffect(() => {
    if (debounced !== q) update({ q: debounced }, true);
  }, [debounced]);

  return {
    search,
    setSearch,
    /** What the list shows now (the address), not what is still being typed. */
    q,
    status,
    role,
    cursors,
    setStatus: (value: StatusFilter) => update({ status: value }),
    setRole: (value: GovernanceRole | undefined) => update({ role: value ?? null }),
    nextPage: (cursor: string) => update({ after: [...cursors, cursor] }),
    previousPage: () => update({ after: cursors.slice(0, -1) }),
    clear: () => {
      setSearch('');
      update({ q: '', status: 'active', role: null });
    },
  };
}
