import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { SuggestTermsQuery } from './glossary.graphql';
import { TermStatusTag } from './term-tags';
import './search.css';

interface TermJumpProps {
  /** Suggest only this glossary's terms. */
  glossaryId?: string;
  placeholder?: string;
  /** Enter without picking a suggestion: search for the words (the search page). */
  onSearch?: (query: string) => void;
  value?: string;
  onValueChange?: (value: string) => void;
  size?: 'middle' | 'large';
  autoFocus?: boolean;
}

/** A search box that suggests terms as you type (names, synonyms, abbreviations; typos forgiven). */
export function TermJump(props: TermJumpProps) {
  const { glossaryId, placeholder, onSearch, size = 'middle', autoFocus } = props;
  const { t } = useTranslation('glossary');
  const navigate = useNavigate();
  const [own, setOwn] = useState('');
  const value = props.value ?? own;
  const setValue = props.onValueChange ?? setOwn;
  const debounced = useDebouncedValue(value.trim(), 200);
  const [{ data }] = useQuery({
    query: SuggestTermsQuery,
    variables: { query: debounced, glossaryId: glossaryId ?? null, limit: 8 },
    pause: debounced.length < 2,
  });
  const hits = debounced.length >= 2 ? (data?.suggestTerms ?? []) : [];

  const options = hits.map((hit) => ({
    value: hit.term.id,
    label: (
      <Flex justify="space-between" gap={8} align="center" className="jump-option">
        <Flex vertical style={{ minWidth: 0 }}>
          <span>
            <Typography.Text strong>{hit.term.name}</Typography.Text>
            {hit.term.abbreviation ? (
              <Typography.Text type="secondary"> ({hit.term.abbreviation})</Typography.Text>
            ) : null}
          </span>
          <Typography.Text type="secondary" className="jump-option-meta">
            {hit.matchedSynonym ? `${t('search.matchedSynonym', { synonym: hit.matchedSynonym })} · ` : ''}
            {hit.term.glossary.name}
          </Typography.Text>
        </Flex>
        <TermStatusTag status={hit.term.status} hideApproved />
      </Flex>
    ),
  }));

  return (
    <AutoComplete
      value={value}
      options={options}
      onChange={(next) => setValue(typeof next === 'string' ? next : '')}
      onSelect={(termId: string) => {
        setValue('');
        navigate(`/glossary/terms/${termId}`);
      }}
      defaultActiveFirstOption={false}
      style={{ width: '100%' }}
      className="term-jump"
    >
      <Input
        size={size}
        allowClear
        autoFocus={autoFocus}
        prefix={<SearchOutlined aria-hidden />}
        placeholder={placeholder ?? t('jump.placeholder')}
        aria-label={placeholder ?? t('jump.placeholder')}
        onPressEnter={(event) => {
          const text = (event.target as HTMLInputElement).value.trim();
          if (onSearch && text) onSearch(text);
        }}
      />
    </AutoComplete>
  );
}
