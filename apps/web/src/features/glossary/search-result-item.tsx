import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { markdownToPlainText } from '../../components/markdown/markdown';
import type { SearchTermsQuery } from '../../gql/graphql';
import { CdeTag, TermStatusTag } from './term-tags';

type Hit = SearchTermsQuery['searchTerms']['nodes'][number];

const SNIPPET = 220;

/** The words of a query, as the server matches them (letters and digits, by prefix). */
export function tokensOf(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 1);
}

/** Marks where the query's words start words of the text. */
export function Highlight({ text, tokens }: { text: string; tokens: readonly string[] }): ReactNode {
  if (tokens.length === 0) return text;
  const escaped = tokens.map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})`, 'giu');
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(<mark key={start}>{match[0]}</mark>);
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

/** A stretch of the definition around the first word that matched, plain text. */
function snippetOf(definition: string, tokens: readonly string[]): string {
  const plain = markdownToPlainText(definition);
  if (plain.length <= SNIPPET) return plain;
  const lower = plain.toLowerCase();
  const first = Math.min(...tokens.map((token) => lower.indexOf(token)).filter((index) => index >= 0), Infinity);
  const start = Number.isFinite(first) && first > SNIPPET / 2 ? plain.lastIndexOf(' ', first - 40) + 1 : 0;
  const end = Math.min(plain.length, start + SNIPPET);
  return `${start > 0 ? '… ' : ''}${plain.slice(start, end).trim()}${end < plain.length ? ' …' : ''}`;
}

/** One search result: the name (and the synonym that found it), a stretch of the definition, where it lives. */
export function SearchResultItem({ hit, query }: { hit: Hit; query: string }) {
  const { t } = useTranslation('glossary');
  const { term } = hit;
  const tokens = tokensOf(query);
  return (
    <li className="search-result" data-testid="search-result">
      <Flex gap={8} align="center" wrap>
        <Link to={`/glossary/terms/${term.id}`} className="search-result-name">
          <Highlight text={term.name} tokens={tokens} />
        </Link>
        {term.abbreviation ? (
          <Typography.Text type="secondary">
            (<Highlight text={term.abbreviation} tokens={tokens} />)
          </Typography.Text>
        ) : null}
        <TermStatusTag status={term.status} />
        {term.criticalDataElement ? <CdeTag compact /> : null}
      </Flex>
      {hit.matchedSynonym ? (
        <div className="search-result-synonym" data-testid="matched-synonym">
          {t('search.matchedSynonymPrefix')} <mark className="synonym-mark">“{hit.matchedSynonym}”</mark>
        </div>
      ) : null}
      <Typography.Paragraph className="search-result-snippet">
        <Highlight text={snippetOf(term.definition, tokens)} tokens={tokens} />
      </Typography.Paragraph>
      <Typography.Text type="secondary" className="search-result-meta">
        {[
          term.glossary.name,
          term.domain ? t('search.inDomain', { domain: term.domain.name }) : null,
          term.steward ? t('search.stewardedBy', { steward: term.steward.name }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </li>
  );
}
