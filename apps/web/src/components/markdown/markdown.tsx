import type { ReactNode } from 'react';
import { renderInline } from './markdown-inline';

/**
 * A small, safe Markdown renderer for what stewards write (definitions, rules, examples):
 * paragraphs, headings, lists (nested by indent), quotes, code blocks, rules and pipe tables.
 * It builds React elements only; HTML in the text is shown as text, never interpreted.
 */
interface MarkdownProps {
  source: string;
  className?: string;
}

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'rule' }
  | { kind: 'list'; ordered: boolean; start: number; items: string[][] }
  | { kind: 'table'; header: string[]; rows: string[][] };

const listItem = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const fence = /^\s*(```|~~~)/;
const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const rule = /^\s*([-*_])(\s*\1){2,}\s*$/;
const tableSeparator = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function startsBlock(line: string, next: string | undefined): boolean {
  return (
    fence.test(line) ||
    heading.test(line) ||
    rule.test(line) ||
    /^\s*>/.test(line) ||
    listItem.test(line) ||
    (line.includes('|') && next !== undefined && tableSeparator.test(next))
  );
}

function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const next = lines[index + 1];
    if (!line.trim()) {
      index += 1;
    } else if (fence.test(line)) {
      const body: string[] = [];
      index += 1;
      while (index < lines.length && !fence.test(lines[index] ?? '')) body.push(lines[index++] ?? '');
      index += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
    } else if (heading.test(line)) {
      const [, hashes = '#', text = ''] = heading.exec(line) ?? [];
      blocks.push({ kind: 'heading', level: hashes.length, text });
      index += 1;
    } else if (rule.test(line)) {
      blocks.push({ kind: 'rule' });
      index += 1;
    } else if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (index < lines.length && /^\s*>/.test(lines[index] ?? '')) {
        quoted.push((lines[index++] ?? '').replace(/^\s*>\s?/, ''));
      }
      blocks.push({ kind: 'quote', lines: quoted });
    } else if (line.includes('|') && next !== undefined && tableSeparator.test(next)) {
      const header = cellsOf(line);
      const rows: string[][] = [];
      index += 2;
      while (index < lines.length && (lines[index] ?? '').includes('|') && (lines[index] ?? '').trim()) {
        rows.push(cellsOf(lines[index++] ?? ''));
      }
      blocks.push({ kind: 'table', header, rows });
    } else if (listItem.test(line)) {
      const [, indent = '', marker = '-'] = listItem.exec(line) ?? [];
      const ordered = /\d/.test(marker);
      const base = indent.length;
      const items: string[][] = [];
      while (index < lines.length) {
        const current = lines[index] ?? '';
        const item = listItem.exec(current);
        const depth = current.length - current.trimStart().length;
        if (item && depth <= base + 1 && /\d/.test(item[2] ?? '') === ordered) {
          items.push([item[3] ?? '']);
        } else if (current.trim() && (depth > base || !startsBlock(current, lines[index + 1])) && items.length) {
          // A deeper line belongs to the item above: a nested list or a continued sentence.
          items[items.length - 1]?.push(depth > base ? current.slice(Math.min(depth, base + 2)) : current.trim());
        } else if (!current.trim() && listItem.test(lines[index + 1] ?? '')) {
          // A blank line between items keeps the list going.
        } else {
          break;
        }
        index += 1;
      }
      blocks.push({ kind: 'list', ordered, start: ordered ? Number.parseInt(marker, 10) : 1, items });
    } else {
      const text: string[] = [line];
      index += 1;
      while (
        index < lines.length &&
        (lines[index] ?? '').trim() &&
        !startsBlock(lines[index] ?? '', lines[index + 1])
      ) {
        text.push(lines[index++] ?? '');
      }
      blocks.push({ kind: 'paragraph', text: text.join('\n') });
    }
  }
  return blocks;
}

/** A list item: its first line inline, anything indented under it as Markdown of its own. */
function ListItemBody({ lines, keyPrefix }: { lines: string[]; keyPrefix: string }) {
  const [first = '', ...rest] = lines;
  const nested = rest.filter((line) => line.trim());
  const nestedIsBlock = nested.length > 0 && startsBlock(nested[0] ?? '', nested[1]);
  if (!nestedIsBlock) return <>{renderInline([first, ...nested].join('\n').replace(/\n(?! )/g, ' '), keyPrefix)}</>;
  return (
    <>
      {renderInline(first, keyPrefix)}
      {renderBlocks(parseBlocks(rest.join('\n')), keyPrefix)}
    </>
  );
}

function renderBlocks(blocks: Block[], prefix: string): ReactNode[] {
  return blocks.map((block, position) => {
    const key = `${prefix}.${position}`;
    switch (block.kind) {
      case 'paragraph':
        return <p key={key}>{renderInline(block.text.replace(/\n(?! )/g, ' '), key)}</p>;
      case 'heading': {
        // Page and card titles sit above: a definition's own headings start small.
        const Tag = (['h4', 'h5', 'h6'] as const)[Math.min(block.level - 1, 2)] ?? 'h6';
        return <Tag key={key}>{renderInline(block.text, key)}</Tag>;
      }
      case 'code':
        return (
          <pre key={key}>
            <code>{block.text}</code>
          </pre>
        );
      case 'quote':
        return <blockquote key={key}>{renderBlocks(parseBlocks(block.lines.join('\n')), key)}</blockquote>;
      case 'rule':
        return <hr key={key} />;
      case 'table':
        return (
          <div key={key} className="markdown-table-wrap">
            <table>
              <thead>
                <tr>
                  {block.header.map((cell, column) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: table cells never reorder.
                    <th key={column} className="markdown-cell">
                      {renderInline(cell, `${key}.h${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, rowIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: table rows never reorder.
                  <tr key={rowIndex}>
                    {block.header.map((_, column) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: table cells never reorder.
                      <td key={column} className="markdown-cell">
                        {renderInline(row[column] ?? '', `${key}.${rowIndex}.${column}`)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case 'list': {
        const items = block.items.map((lines, itemIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items never reorder.
          <li key={itemIndex}>
            <ListItemBody lines={lines} keyPrefix={`${key}.${itemIndex}`} />
          </li>
        ));
        return block.ordered ? (
          <ol key={key} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      }
      default:
        return null;
    }
  });
}

/** Markdown as a reader sees it. */
export function Markdown({ source, className }: MarkdownProps) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>{renderBlocks(parseBlocks(source), 'm')}</div>
  );
}

/** The words of some Markdown without its marks, for snippets and tooltips. */
export function markdownToPlainText(source: string): string {
  return source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{2,}.*$/gm, '')
    .replace(/[*~`|]+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
