import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { CatalogSearchQuery } from './catalog.graphql';
import './catalog.css';

/** The header's typeahead: terms, tables and columns as you type; Enter opens the full results. */
export function GlobalSearch() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 200);
  const [{ data }] = useQuery({ query: CatalogSearchQuery, variables: { query, first: 5 }, pause: query.length < 2 });
  const result = query.length >= 2 ? data?.catalogSearch : undefined;

  const option = (value: string, title: string, detail: string) => ({
    value,
    label: (
      <div className="global-search-option">
        <div>{title}</div>
        <Typography.Text type="secondary" ellipsis className="global-search-detail">
          {detail}
        </Typography.Text>
      </div>
    ),
  });

  const options = result
    ? [
        ...(result.terms.length
          ? [
              {
                label: t('search.terms'),
                options: result.terms.map((hit) =>
                  option(
                    `/glossary/terms/${hit.term.id}`,
                    hit.term.name,
                    hit.matchedSynonym ? t('search.viaSynonym', { synonym: hit.matchedSynonym }) : hit.term.definition,
                  ),
                ),
              },
            ]
          : []),
        ...(result.assets.length
          ? [
              {
                label: t('search.assets'),
                options: result.assets.map((hit) =>
                  option(`/catalog/assets/${hit.asset.id}`, hit.asset.qualifiedName, hit.asset.source.name),
                ),
              },
            ]
          : []),
        ...(result.fields.length
          ? [
              {
                label: t('search.fields'),
                options: result.fields.map((hit) =>
                  option(
                    `/catalog/assets/${hit.asset.id}?column=${encodeURIComponent(hit.field.name)}`,
                    `${hit.asset.qualifiedName}.${hit.field.name}`,
                    hit.matchedTerm ? t('search.viaTerm', { term: hit.matchedTerm }) : hit.asset.source.name,
                  ),
                ),
              },
            ]
          : []),
      ]
    : [];

  return (
    <AutoComplete
      className="global-search"
      value={text}
      options={options}
      onChange={setText}
      onSelect={(path: string) => {
        setText('');
        void navigate(path);
      }}
      popupMatchSelectWidth={420}
      notFoundContent={result ? t('search.nothing', { query }) : null}
    >
      <Input
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        allowClear
        onPressEnter={() => {
          if (text.trim()) void navigate(`/search?q=${encodeURIComponent(text.trim())}`);
        }}
      />
    </AutoComplete>
  );
}
