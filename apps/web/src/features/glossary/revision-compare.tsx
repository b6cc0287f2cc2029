import { SwapOutlined } from '@ant-design/icons';
import { Alert, Flex, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FieldChanges } from './field-changes';
import { TermRevisionDiffQuery } from './term.graphql';

interface RevisionCompareProps {
  termId: string;
  /** Revision numbers, newest first. */
  revisions: readonly number[];
  from: number;
  to: number;
  onChange: (range: { from: number; to: number }) => void;
}

/** Any two approved versions side by side: field by field, what the later one changed. */
export function RevisionCompare({ termId, revisions, from, to, onChange }: RevisionCompareProps) {
  const { t } = useTranslation('glossary');
  const [{ data, fetching, error }] = useQuery({
    query: TermRevisionDiffQuery,
    variables: { termId, from, to },
    pause: from >= to,
  });
  const options = revisions.map((revision) => ({ value: revision, label: t('history.revision', { revision }) }));

  return (
    <div className="revision-compare" data-testid="revision-compare">
      <Flex gap={8} align="center" wrap className="revision-compare-bar">
        <Typography.Text>{t('history.compareFrom')}</Typography.Text>
        <Select<number>
          aria-label={t('history.compareFromLabel')}
          value={from}
          onChange={(value) => onChange({ from: value, to: Math.max(to, value + 1) })}
          options={[{ value: 0, label: t('history.nothing') }, ...options.filter((option) => option.value < to)]}
          style={{ width: 150 }}
        />
        <SwapOutlined aria-hidden className="revision-compare-arrow" />
        <Select<number>
          aria-label={t('history.compareToLabel')}
          value={to}
          onChange={(value) => onChange({ from: Math.min(from, value - 1), to: value })}
          options={options.filter((option) => option.value > from)}
          style={{ width: 150 }}
        />
      </Flex>
      {error && !data ? (
        <Alert type="warning" showIcon title={t('history.compareFailed')} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <FieldChanges changes={data?.termRevisionDiff ?? []} isNew={from === 0} emptyText={t('history.sameContent')} />
      )}
    </div>
  );
}
