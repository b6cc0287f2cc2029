import { Button, Card, Checkbox, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Classification, SearchTermsQuery, TermStatus } from '../../gql/graphql';
import { GlossariesQuery } from './glossary.graphql';
import { useNames } from './name-loader';
import type { FacetName } from './use-search-state';

type Facets = SearchTermsQuery['searchTerms']['facets'];
interface FacetCount {
  value: string;
  count: number;
}

interface SearchFacetsProps {
  facets: Facets | undefined;
  selected: Record<FacetName, string[]>;
  onToggle: (name: FacetName, value: string) => void;
  onClear: () => void;
}

const facetKeys: { name: FacetName; key: keyof Omit<Facets, '__typename'> }[] = [
  { name: 'status', key: 'status' },
  { name: 'glossary', key: 'glossary' },
  { name: 'domain', key: 'domain' },
  { name: 'steward', key: 'steward' },
  { name: 'classification', key: 'classification' },
  { name: 'cde', key: 'criticalDataElement' },
];

/** Counts from the server, plus the values chosen that no longer match (so they can be unticked). */
function withSelected(counts: readonly FacetCount[], selected: readonly string[]): FacetCount[] {
  const present = counts.filter((entry) => entry.value);
  const missing = selected.filter((value) => !present.some((entry) => entry.value === value));
  return [...present, ...missing.map((value) => ({ value, count: 0 }))];
}

/** The left column of the search: each facet's values with their counts; ticking narrows the results. */
export function SearchFacets({ facets, selected, onToggle, onClear }: SearchFacetsProps) {
  const { t } = useTranslation('glossary');
  const [{ data: glossaries }] = useQuery({ query: GlossariesQuery });
  const glossaryNames = new Map((glossaries?.glossaries ?? []).map((glossary) => [glossary.id, glossary.name]));
  const domainIds = [...(facets?.domain ?? []).map((entry) => entry.value), ...selected.domain];
  const stewardIds = [...(facets?.steward ?? []).map((entry) => entry.value), ...selected.steward];
  const domainName = useNames('domain', domainIds.filter(Boolean));
  const personName = useNames('person', stewardIds.filter(Boolean));
  const anySelected = Object.values(selected).some((values) => values.length > 0);

  const labelOf = (name: FacetName, value: string): ReactNode => {
    switch (name) {
      case 'status':
        return t(`termStatus.${value as TermStatus}`);
      case 'classification':
        return t(`classification.${value as Classification}`);
      case 'cde':
        return value === 'true' ? t('facets.cdeYes') : t('facets.cdeNo');
      case 'glossary':
        return glossaryNames.get(value) ?? '…';
      case 'domain':
        return domainName(value) ?? (domainName(value) === null ? t('changes.unknownRecord') : '…');
      default:
        return personName(value) ?? (personName(value) === null ? t('changes.unknownRecord') : '…');
    }
  };

  return (
    <Card
      className="search-facets"
      data-testid="search-facets"
      title={t('facets.title')}
      extra={
        anySelected ? (
          <Button type="link" size="small" onClick={onClear}>
            {t('facets.clear')}
          </Button>
        ) : null
      }
    >
      {facetKeys.map(({ name, key }) => {
        const entries = withSelected(facets?.[key] ?? [], selected[name]);
        if (entries.length === 0) return null;
        return (
          <fieldset key={name} className="facet">
            <legend className="facet-title">{t(`facets.${name}`)}</legend>
            <Flex vertical gap={2}>
              {entries
                .sort((a, b) => b.count - a.count)
                .map((entry) => (
                  <Checkbox
                    key={entry.value}
                    checked={selected[name].includes(entry.value)}
                    onChange={() => onToggle(name, entry.value)}
                    className="facet-option"
                  >
                    <span className="facet-label">{labelOf(name, entry.value)}</span>
                    <Typography.Text type="secondary" className="facet-count">
                      {entry.count}
                    </Typography.Text>
                  </Checkbox>
                ))}
            </Flex>
          </fieldset>
        );
      })}
    </Card>
  );
}
