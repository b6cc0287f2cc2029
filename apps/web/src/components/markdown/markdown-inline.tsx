import type { ReactNode } from 'react';

/**
 * Inline Markdown (code, links, bold, italic, strikethrough, autolinks) as React elements. Text is
 * always text: React escapes it, no HTML is ever interpreted, and a link is only made for http(s)
 * and mailto addresses, so nothing a writer types can run in a reader's browser.
 */
const inlinePattern = new RegExp(
  [
    '(?<code>`+)(?<codeText>[^`]|[^`][\\s\\S]*?[^`])\\k<code>(?!`)',
    '\\[(?<linkText>[^\\]]+)\\]\\((?<linkUrl>[^)\\s]+)(?:\\s+"[^"]*")?\\)',
    '<(?<auto>(?:https?:\\/\\/|mailto:)[^>\\s]+)>',
    '(?<bare>https?:\\/\\/[^\\s<>]*[^\\s<>.,:;"\')\\]!?])',
    '\\*\\*(?<strong>(?!\\s)[\\s\\S]+?)\\*\\*',
    '(?<![\\p{L}\\p{N}])__(?<strongU>(?!\\s)[\\s\\S]+?)__(?![\\p{L}\\p{N}])',
    '~~(?<strike>(?!\\s)[\\s\\S]+?)~~',
    '\\*(?<em>[^\\s*](?:[\\s\\S]*?[^\\s*])?)\\*',
    '(?<![\\p{L}\\p{N}])_(?<emU>[^\\s_](?:[\\s\\S]*?[^\\s_])?)_(?![\\p{L}\\p{N}])',
    '\\\\(?<escaped>[\\\\`*_{}\\[\\]()#+\\-.!~|>])',
    '(?<br> {2,}\\n|\\\\\\n)',
  ].join('|'),
  'gu',
);

/** The address, when it is one a reader may safely follow; otherwise nothing. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}

function link(href: string | undefined, children: ReactNode, key: string): ReactNode {
  if (!href) return <span key={key}>{children}</span>;
  const external = !href.startsWith('mailto:');
  return (
    <a key={key} href={href} target={external ? '_blank' : undefined} rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

/** Renders one run of inline Markdown; `prefix` keeps keys unique across nested runs. */
export function renderInline(text: string, prefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const start = match.index ?? 0;
    if (start > last) out.push(text.slice(last, start));
    const groups = match.groups ?? {};
    const key = `${prefix}-${index}`;
    index += 1;
    if (groups.code !== undefined) {
      out.push(<code key={key}>{(groups.codeText ?? '').trim() || groups.codeText}</code>);
    } else if (groups.linkText !== undefined) {
      out.push(link(safeHref(groups.linkUrl ?? ''), renderInline(groups.linkText, key), key));
    } else if (groups.auto !== undefined) {
      out.push(link(safeHref(groups.auto), groups.auto.replace(/^mailto:/, ''), key));
    } else if (groups.bare !== undefined) {
      out.push(link(safeHref(groups.bare), groups.bare, key));
    } else if (groups.strong !== undefined || groups.strongU !== undefined) {
      out.push(<strong key={key}>{renderInline(groups.strong ?? groups.strongU ?? '', key)}</strong>);
    } else if (groups.strike !== undefined) {
      out.push(<del key={key}>{renderInline(groups.strike, key)}</del>);
    } else if (groups.em !== undefined || groups.emU !== undefined) {
      out.push(<em key={key}>{renderInline(groups.em ?? groups.emU ?? '', key)}</em>);
    } else if (groups.escaped !== undefined) {
      out.push(groups.escaped);
    } else if (groups.br !== undefined) {
      out.push(<br key={key} />);
    }
    last = start + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
