import { Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/cursor-pager';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { SearchTermsQuery } from './glossary.graphql';
import { SearchFacets } from './search-facets';
import { SearchResultItem } from './search-result-item';
import { TermJump } from './term-jump';
import { useSearchState } from './use-search-state';
import './search.css';

const PAGE_SIZE = 20;

/** Search across glossaries: typo-tolerant, synonym-aware, ranked, with facets in the address. */
export function SearchPage() {
  const { t } = useTranslation(['glossary', 'common']);
  const state = useSearchState();
  const { q, filter, cursors, selected } = state;
  const context = useMemo(() => ({ additionalTypenames: ['GlossaryTerm'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SearchTermsQuery,
    variables: { query: q || null, filter, first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null },
    context,
  });
  const result = data?.searchTerms;
  const hits = result?.nodes ?? [];
  const filtered = Object.values(selected).some((values) => values.length > 0);

  let body: ReactNode;
  if (error && !data) body = <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!result) body = <Skeleton active paragraph={{ rows: 8 }} className="search-loading" />;
  else if (hits.length === 0) {
    body = (
      <EmptyState
        title={q ? t('search.noResults', { query: q }) : t('search.nothing')}
        description={filtered ? t('search.noResultsFiltered') : t('search.noResultsHint')}
        action={filtered ? <Button onClick={state.clearFacets}>{t('facets.clear')}</Button> : null}
      />
    );
  } else {
    body = (
      <ol
        className={`search-results ${fetching ? 'search-results-stale' : ''}`}
        data-testid="search-results"
        aria-busy={fetching}
      >
        {hits.map((hit) => (
          <SearchResultItem key={hit.term.id} hit={hit} query={q} />
        ))}
      </ol>
    );
  }

  return (
    <>
      <PageHeader title={t('search.title')} description={t('search.description')} />
      <div className="search-box">
        <TermJump
          size="large"
          autoFocus
          value={state.text}
          onValueChange={state.setText}
          onSearch={state.search}
          placeholder={t('search.placeholder')}
        />
      </div>
      <Row gutter={[20, 20]}>
        <Col xs={24} md={8} lg={7} xl={6}>
          <SearchFacets
            facets={result?.facets}
            selected={selected}
            onToggle={state.toggle}
            onClear={state.clearFacets}
          />
        </Col>
        <Col xs={24} md={16} lg={17} xl={18}>
          <Card className="table-card">
            <Flex justify="space-between" align="center" className="table-toolbar">
              <Typography.Text type="secondary" data-testid="search-count">
                {result
                  ? q
                    ? t('search.count', { count: result.totalCount, query: q })
                    : t('search.countAll', { count: result.totalCount })
                  : t('common:loading')}
              </Typography.Text>
              {q ? <Typography.Text type="secondary">{t('search.ranked')}</Typography.Text> : null}
            </Flex>
            {body}
            {result && result.totalCount > PAGE_SIZE ? (
              <CursorPager
                pageIndex={cursors.length}
                pageSize={PAGE_SIZE}
                shown={hits.length}
                total={result.totalCount}
                hasNextPage={result.pageInfo.hasNextPage}
                onPrevious={state.previousPage}
                onNext={() => (result.pageInfo.endCursor ? state.nextPage(result.pageInfo.endCursor) : undefined)}
              />
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
