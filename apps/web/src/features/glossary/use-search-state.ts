import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { Classification, TermSearchFilter, TermStatus } from '../../gql/graphql';

/** The facets a search can be narrowed by; each is a repeatable address parameter. */
export const facetNames = ['status', 'glossary', 'domain', 'steward', 'classification', 'cde'] as const;
export type FacetName = (typeof facetNames)[number];

const termStatuses: TermStatus[] = ['approved', 'in_review', 'draft', 'rejected', 'deprecated'];
const classificationValues: Classification[] = ['public', 'internal', 'confidential', 'restricted'];
const uuid = /^[0-9a-f-]{36}$/i;

/**
 * The search page's words, facets and page, kept in the address (`?q=&glossary=&domain=…&after=`)
 * so a reload, a shared link and Back show the same results. Typing replaces the address entry;
 * a facet or a page pushes one.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const selected = useMemo(() => {
    const values = {} as Record<FacetName, string[]>;
    for (const name of facetNames) values[name] = params.getAll(name);
    return values;
  }, [params]);
  const cursors = params.getAll('after');

  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    if (q !== text.trim()) setText(q);
  }
  const debounced = useDebouncedValue(text.trim(), 300);

  const write = (
    next: { q?: string; facets?: Partial<Record<FacetName, string[]>>; after?: string[] },
    replace = false,
  ) =>
    setParams(
      (current) => {
        const result = new URLSearchParams();
        const nextQ = next.q ?? current.get('q') ?? '';
        if (nextQ) result.set('q', nextQ);
        for (const name of facetNames) {
          for (const value of next.facets?.[name] ?? current.getAll(name)) result.append(name, value);
        }
        // New words or facets start again at the first page.
        for (const cursor of next.after ?? []) result.append('after', cursor);
        return result;
      },
      { replace },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled query writes to the address.
  useEffect(() => {
    if (debounced !== q) write({ q: debounced }, true);
  }, [debounced]);

  const filter = useMemo((): TermSearchFilter => {
    const ids = (values: string[]) => values.filter((value) => uuid.test(value));
    const cde = selected.cde.length === 1 ? selected.cde[0] === 'true' : null;
    return {
      glossaryIds: ids(selected.glossary),
      domainIds: ids(selected.domain),
      stewardIds: ids(selected.steward),
      statuses: termStatuses.filter((status) => selected.status.includes(status)),
      classifications: classificationValues.filter((value) => selected.classification.includes(value)),
      criticalDataElement: cde,
    };
  }, [selected]);

  return {
    text,
    setText,
    /** What the results show now (the address), not what is still being typed. */
    q,
    selected,
    filter,
    cursors,
    search: (value: string) => {
      setText(value);
      write({ q: value.trim() });
    },
    toggle: (name: FacetName, value: string) => {
      const values = selected[name];
      const next = values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
      write({ facets: { [name]: next } });
    },
    clearFacets: () => write({ facets: Object.fromEntries(facetNames.map((name) => [name, []])) }),
    nextPage: (cursor: string) => write({ after: [...cursors, cursor] }),
    previousPage: () => write({ after: cursors.slice(0, -1) }),
  };
}
