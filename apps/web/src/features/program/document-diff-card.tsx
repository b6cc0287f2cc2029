import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { CompareDocumentVersionsQuery as CompareData } from '../../gql/graphql';
import { CompareDocumentVersionsQuery } from './deliverables.graphql';

type DiffLine = CompareData['compareDocumentVersions'][number];

interface VersionRef {
  id: string;
  number: number;
}

/** Unchanged stretches longer than this fold away, keeping this many lines of context each side. */
const FOLD_OVER = 6;
const CONTEXT = 2;

const signs: Record<string, string> = { added: '+', removed: '−', same: ' ' };

function DiffRow({ line }: { line: DiffLine }) {
  const { t } = useTranslation('program');
  const content = (
    <>
      <span className="document-diff-sign" aria-hidden>
        {signs[line.kind] ?? ' '}
      </span>
      <span className="document-diff-text">{line.text || ' '}</span>
    </>
  );
  if (line.kind === 'added')
    return (
      <ins className="document-diff-line document-diff-added" data-kind="added" title={t('document.diff.added')}>
        {content}
      </ins>
    );
  if (line.kind === 'removed')
    return (
      <del className="document-diff-line document-diff-removed" data-kind="removed" title={t('document.diff.removed')}>
        {content}
      </del>
    );
  return (
    <div className="document-diff-line document-diff-same" data-kind="same">
      {content}
    </div>
  );
}

/** The text of two versions, line by line: added green, removed red, unchanged grey. */
export function DocumentDiffCard({
  before,
  after,
  onClose,
}: {
  before: VersionRef;
  after: VersionRef;
  onClose: () => void;
}) {
  const { t } = useTranslation('program');
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  const [{ data, fetching, error }] = useQuery({
    query: CompareDocumentVersionsQuery,
    variables: { beforeId: before.id, afterId: after.id },
  });
  const lines = data?.compareDocumentVersions ?? [];
  const added = lines.filter((line) => line.kind === 'added').length;
  const removed = lines.filter((line) => line.kind === 'removed').length;

  const rows: ReactNode[] = [];
  for (let index = 0; index < lines.length; ) {
    let end = index;
    while (end < lines.length && lines[end]?.kind === 'same') end += 1;
    const run = end - index;
    if (run > FOLD_OVER && !unfolded.has(index)) {
      const start = index;
      const head = start === 0 ? 0 : CONTEXT;
      const tail = end === lines.length ? 0 : CONTEXT;
      for (let i = start; i < start + head; i += 1) rows.push(<DiffRow key={i} line={lines[i]!} />);
      rows.push(
        <button
          key={`fold-${start}`}
          type="button"
          className="document-diff-fold"
          onClick={() => setUnfolded((current) => new Set(current).add(start))}
        >
          {t('document.diff.unchanged', { count: run - head - tail })}
        </button>,
      );
      for (let i = end - tail; i < end; i += 1) rows.push(<DiffRow key={i} line={lines[i]!} />);
      index = end;
    } else if (run > 0) {
      for (let i = index; i < end; i += 1) rows.push(<DiffRow key={i} line={lines[i]!} />);
      index = end;
    } else {
      rows.push(<DiffRow key={index} line={lines[index]!} />);
      index += 1;
    }
  }

  return (
    <Card
      title={t('document.diff.title', { before: before.number, after: after.number })}
      extra={
        <Button
          type="text"
          icon={<CloseOutlined aria-hidden />}
          aria-label={t('document.diff.close')}
          onClick={onClose}
        />
      }
      className="stacked-card"
      data-testid="document-diff"
    >
      {error && !data ? (
        <Alert type="warning" showIcon title={t('document.diff.failed')} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : added + removed === 0 ? (
        <Typography.Paragraph type="secondary">{t('document.diff.same')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="card-hint">
            {t('document.diff.addedCount', { count: added })}, {t('document.diff.removedCount', { count: removed })} ·{' '}
            {t('document.diff.titleOnly')}
          </Typography.Paragraph>
          <div className="document-diff">{rows}</div>
        </>
      )}
    </Card>
  );
}
