import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import type { PolicyStatus } from '../../gql/graphql';
import { PolicyChangesQuery } from './policy.graphql';
import { type PolicyChange, useChangeText } from './policy-editor-change-text';

const kindColors: Record<string, string> = { added: 'green', removed: 'red', changed: 'blue' };
const keyOf = (change: PolicyChange) => `${change.section}:${change.item}`;
const sections = ['thresholds', 'scoring', 'attributes', 'blocking', 'comparisons', 'survivorship', 'sources'];

interface PolicyEditorChangesProps {
  current: { id: string; number: number };
  /** The version this one is compared with: the next lower number of the same domain. */
  previous: { id: string; number: number; status: PolicyStatus } | null;
  labelOf: (name: string) => string;
  /** Unsaved edits are not part of the comparison; say so. */
  dirty: boolean;
}

/** What this version changes, in words, against the version before it. */
export function PolicyEditorChanges({ current, previous, labelOf, dirty }: PolicyEditorChangesProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const context = useMemo(() => ({ additionalTypenames: ['PolicyVersion'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PolicyChangesQuery,
    variables: { beforeId: previous?.id ?? '', afterId: current.id },
    context,
    pause: !previous,
  });
  const { itemOf, describe } = useChangeText(labelOf);
  const result = data?.policyChanges;
  const changes = result?.__typename === 'PolicyChangesSuccess' ? result.data : null;
  const ordered = useMemo(
    () => [...(changes ?? [])].sort((a, b) => sections.indexOf(a.section) - sections.indexOf(b.section)),
    [changes],
  );

  const body = () => {
    if (!previous) return <EmptyState description={t('changes.first')} />;
    if ((error && !data) || (result && !changes))
      return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
    if (fetching && !data) return <Skeleton active paragraph={{ rows: 3 }} />;
    if (!ordered.length) return <EmptyState description={t('changes.none', { number: previous.number })} />;
    return (
      <Flex vertical className="policy-change-list">
        {ordered.map((change) => {
          const summary = describe(change);
          return (
            <Flex vertical gap={4} className="policy-change" data-testid="policy-change" key={keyOf(change)}>
              <Flex gap={8} align="center" wrap>
                <Tag>{t(`changes.sections.${change.section}` as 'changes.sections.thresholds')}</Tag>
                <Typography.Text strong>{itemOf(change)}</Typography.Text>
                <Tag color={kindColors[change.kind]}>
                  {t(`changes.kinds.${change.kind}` as 'changes.kinds.changed')}
                </Tag>
              </Flex>
              {summary.inline ? <Typography.Text>{summary.inline}</Typography.Text> : null}
              {summary.before?.length ? (
                <ChangeLines label={t('changes.before')} lines={summary.before} removed />
              ) : null}
              {summary.after?.length ? <ChangeLines label={t('changes.after')} lines={summary.after} /> : null}
            </Flex>
          );
        })}
      </Flex>
    );
  };

  return (
    <Card
      id="policy-changes"
      className="policy-section"
      title={t('changes.title')}
      extra={
        previous ? (
          <Link to={`/mdm/policies/${previous.id}`}>
            {t('changes.comparedWith', { number: previous.number, status: t(`status.${previous.status}`) })}
          </Link>
        ) : null
      }
    >
      {dirty && previous ? (
        <Typography.Paragraph type="secondary" className="policy-section-help">
          {t('changes.unsaved')}
        </Typography.Paragraph>
      ) : null}
      {body()}
    </Card>
  );
}

function ChangeLines({ label, lines, removed = false }: { label: string; lines: string[]; removed?: boolean }) {
  return (
    <Flex gap={8} align="baseline">
      <Typography.Text type="secondary" className="policy-change-side">
        {label}
      </Typography.Text>
      <Flex vertical gap={0}>
        {lines.map((line) => (
          <Typography.Text key={line} delete={removed} type={removed ? 'secondary' : undefined}>
            {line}
          </Typography.Text>
        ))}
      </Flex>
    </Flex>
  );
}
