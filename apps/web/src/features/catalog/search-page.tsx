import { Card, Checkbox, Col, Empty, Flex, Input, List, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import type { PiiClass } from '../../gql/graphql';
import { CatalogSearchQuery } from './catalog.graphql';

/** Full results of the header search: terms, tables and views, columns, side by side. */
export function CatalogSearchPage() {
  const { t } = useTranslation('catalog');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const sourceId = params.get('source');
  const piiClass = params.get('pii') as PiiClass | null;
  const [text, setText] = useState(query);
  const [{ data, fetching }] = useQuery({
    query: CatalogSearchQuery,
    variables: { query, first: 50, sourceId, piiClass },
    pause: !query,
  });
  const result = query ? data?.catalogSearch : undefined;
  const toggle = (key: 'source' | 'pii', value: string) => {
    const next = new URLSearchParams(params);
    if (next.get(key) === value) next.delete(key);
    else next.set(key, value);
    setParams(next);
  };

  const column = (
    title: string,
    count: number,
    items: { key: string; to: string; title: string; detail: string }[],
    testId: string,
  ) => (
    <Col xs={24} xl={12} xxl={8}>
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
        onSearch={(value) => {
          const next = new URLSearchParams(params);
          if (value.trim()) next.set('q', value.trim());
          else next.delete('q');
          setParams(next);
        }}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        style={{ maxWidth: 640, marginBottom: 20 }}
        allowClear
      />
      {fetching && !result ? (
        <Skeleton active />
      ) : result ? (
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={6} xxl={5}>
            <Card title={t('search.refine')} data-testid="search-facets" className="search-facets">
              <Typography.Text strong>{t('search.bySource')}</Typography.Text>
              <Flex vertical gap={4} className="facet-list">
                {result.facets.sources.length === 0 ? <Typography.Text type="secondary">—</Typography.Text> : null}
                {result.facets.sources.map((facet) => (
                  <Checkbox
                    key={facet.source.id}
                    checked={sourceId === facet.source.id}
                    onChange={() => toggle('source', facet.source.id)}
                  >
                    {facet.source.name} <Typography.Text type="secondary">({facet.count})</Typography.Text>
                  </Checkbox>
                ))}
              </Flex>
              <Typography.Text strong>{t('search.byPersonalData')}</Typography.Text>
              <Flex vertical gap={4} className="facet-list">
                {result.facets.piiClasses.length === 0 && !piiClass ? (
                  <Typography.Text type="secondary">{t('search.noPersonalData')}</Typography.Text>
                ) : null}
                {result.facets.piiClasses.map((facet) => (
                  <Checkbox
                    key={facet.piiClass}
                    checked={piiClass === facet.piiClass}
                    onChange={() => toggle('pii', facet.piiClass)}
                  >
                    {t(`pii.${facet.piiClass}`)} <Typography.Text type="secondary">({facet.count})</Typography.Text>
                  </Checkbox>
                ))}
              </Flex>
            </Card>
          </Col>
          <Col xs={24} xl={18} xxl={19}>
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
          </Col>
        </Row>
      ) : (
        <Typography.Text type="secondary">{t('search.description')}</Typography.Text>
      )}
    </>
  );
}
