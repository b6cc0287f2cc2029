import { Flex, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { SuggestTermsQuery } from './glossary.graphql';
import { TermStatusTag } from './term-tags';

interface TermRef {
  id: string;
  name: string;
}

interface TermSelectProps {
  id?: string;
  value?: string;
  onChange?: (termId: string | undefined) => void;
  /** Only terms of this glossary (a broader term must be in the same one). */
  glossaryId?: string;
  /** Terms already named (the current broader term, related terms), to show their names. */
  known?: readonly TermRef[];
  /** Terms that may not be picked (the term itself). */
  excludeIds?: readonly string[];
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
}

/** Finds a term by what is typed (name, synonym, abbreviation; typos forgiven). */
export function TermSelect(props: TermSelectProps) {
  const { id, value, onChange, glossaryId, known = [], excludeIds = [], placeholder, allowClear = true } = props;
  const { t } = useTranslation('glossary');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 200);
  const [{ data, fetching }] = useQuery({
    query: SuggestTermsQuery,
    variables: { query: debounced, glossaryId: glossaryId ?? null, limit: 10 },
    pause: !debounced,
  });
  const [picked, setPicked] = useState<TermRef[]>([]);
  const hits = debounced ? (data?.suggestTerms ?? []) : [];

  const options = useMemo(() => {
    const byId = new Map<string, { value: string; label: string; hit?: (typeof hits)[number] }>();
    for (const hit of hits) {
      if (!excludeIds.includes(hit.term.id)) byId.set(hit.term.id, { value: hit.term.id, label: hit.term.name, hit });
    }
    for (const term of [...known, ...picked]) {
      if (!byId.has(term.id)) byId.set(term.id, { value: term.id, label: term.name });
    }
    return [...byId.values()];
  }, [hits, known, picked, excludeIds]);

  return (
    <Select<string | undefined>
      id={id}
      aria-label={props['aria-label']}
      value={value ?? undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(termId) => {
        const option = options.find((candidate) => candidate.value === termId);
        if (option) setPicked((current) => [...current, { id: option.value, name: option.label }]);
        setSearch('');
        onChange?.(termId ?? undefined);
      }}
      onBlur={() => setSearch('')}
      allowClear={allowClear}
      placeholder={placeholder ?? t('picker.term')}
      notFoundContent={fetching ? <Spin size="small" /> : debounced ? t('picker.noTerms') : t('picker.typeToFind')}
      options={options.filter((option) => !debounced || option.hit || option.value === value)}
      optionRender={(option) => {
        const hit = option.data.hit;
        return (
          <Flex justify="space-between" gap={8} align="center">
            <Flex vertical style={{ minWidth: 0 }}>
              <span>
                {option.data.label}
                {hit?.term.abbreviation ? (
                  <Typography.Text type="secondary"> ({hit.term.abbreviation})</Typography.Text>
                ) : null}
              </span>
              {hit?.matchedSynonym ? (
                <Typography.Text type="secondary" className="suggest-synonym">
                  {t('search.matchedSynonym', { synonym: hit.matchedSynonym })}
                </Typography.Text>
              ) : null}
            </Flex>
            {hit ? <TermStatusTag status={hit.term.status} hideApproved /> : null}
          </Flex>
        );
      }}
      style={{ width: '100%' }}
    />
  );
}
