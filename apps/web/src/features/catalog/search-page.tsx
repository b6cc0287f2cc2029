import { Card, Col, Empty, Input, List, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { CatalogSearchQuery } from './catalog.graphql';

/** Full results of the header search: terms, tables and views, columns, side by side. */
export function CatalogSearchPage() {
  const { t } = useTranslation('catalog');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const [{ data, fetching }] = useQuery({ query: CatalogSearchQuery, variables: { query, first: 50 }, pause: !query });
  const result = query ? data?.catalogSearch : undefined;

  const column = (
    title: string,
    count: number,
    items: { key: string; to: string; title: string; detail: string }[],
    testId: string,
  ) => (
    <Col xs={24} xl={8}>
      <Card title={`${title} · ${t('search.count', { count })}`} data-testid={testId}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.nothing', { query })} />
        ) : (
          <List
            dataSource={items}
            renderItem={(item) => (
              <List.Item>
                <List.Item.Meta title={<Link to={item.to}>{item.title}</Link>} description={item.detail} />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Col>
  );

  return (
    <>
      <PageHeader title={t('search.title')} description={t('search.description')} />
      <Input.Search
        size="large"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        style={{ maxWidth: 640, marginBottom: 20 }}
        allowClear
      />
      {fetching && !result ? (
        <Skeleton active />
      ) : result ? (
        <Row gutter={[20, 20]}>
          {column(
            t('search.terms'),
            result.counts.term,
            result.terms.map((hit) => ({
              key: hit.term.id,
              to: `/glossary/terms/${hit.term.id}`,
              title: hit.term.name,
              detail: hit.matchedSynonym
                ? t('search.viaSynonym', { synonym: hit.matchedSynonym })
                : hit.term.definition,
            })),
            'search-terms',
          )}
          {column(
            t('search.assets'),
            result.counts.asset,
            result.assets.map((hit) => ({
              key: hit.asset.id,
              to: `/catalog/assets/${hit.asset.id}`,
              title: hit.asset.qualifiedName,
              detail: `${t(`kinds.${hit.asset.kind}`)} · ${hit.asset.source.name}`,
            })),
            'search-assets',
          )}
          {column(
            t('search.fields'),
            result.counts.field,
            result.fields.map((hit) => ({
              key: hit.field.id,
              to: `/catalog/assets/${hit.asset.id}`,
              title: `${hit.asset.qualifiedName}.${hit.field.name}`,
              detail: hit.matchedTerm
                ? `${t('search.viaTerm', { term: hit.matchedTerm })} · ${hit.asset.source.name}`
                : `${hit.field.dataType} · ${hit.asset.source.name}`,
            })),
            'search-fields',
          )}
        </Row>
      ) : (
        <Typography.Text type="secondary">{t('search.description')}</Typography.Text>
      )}
    </>
  );
}
