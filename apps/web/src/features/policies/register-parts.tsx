import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';

/** "GP-1 Customer data privacy", linked to the policy's page. */
export function PolicyLink({ policy }: { policy: { id: string; key: string; title: string } }) {
  return (
    <Link to={`/policies/${policy.id}`} data-testid="register-policy">
      <SafetyCertificateOutlined aria-hidden /> <span className="policy-key">{policy.key}</span> {policy.title}
    </Link>
  );
}

/** A person's name linked to their page, or that they left the directory. */
export function PersonLink({ person }: { person: { id: string; name: string } | null }) {
  const { t } = useTranslation('policies');
  return person ? (
    <Link to={`/people/${person.id}`}>{person.name}</Link>
  ) : (
    <Typography.Text type="secondary">{t('exceptions.unknownPerson')}</Typography.Text>
  );
}

/** A table linked to its catalogue page; greyed, with a word, once it is gone from the catalogue. */
export function TableLink({ table }: { table: { label: string; href?: string | null; exists: boolean } }) {
  const { t } = useTranslation('policies');
  if (table.exists && table.href)
    return (
      <Link to={table.href} className="register-table" data-testid="register-table">
        {table.label}
      </Link>
    );
  return (
    <Typography.Text type="secondary" className="register-table" data-testid="register-table">
      {table.label} {t('registers.tableGone')}
    </Typography.Text>
  );
}

/** A dash where a register has nothing to say. */
export function Nothing() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/**
 * One register tab: a line saying what the register is (its name in bold) and what it is for, then
 * its card: loading, the error with a retry, its empty state, or the table.
 */
export function RegisterPane({
  name,
  intro,
  extra,
  testId,
  loading,
  failed,
  onRetry,
  empty,
  children,
}: {
  /** The register's name, as the governance program calls the deliverable. */
  name: string;
  intro: string;
  /** Counts, on the right of the intro line. */
  extra?: ReactNode;
  testId: string;
  loading: boolean;
  failed: boolean;
  onRetry: () => void;
  /** The empty state's words when the register holds nothing; null when it has rows. */
  empty: { title: string; description: string } | null;
  children: ReactNode;
}) {
  const padded = failed || loading || empty !== null;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="baseline" gap={16}>
        <Typography.Text type="secondary" className="register-intro" data-testid={`${testId}-intro`}>
          <Typography.Text strong>{name}</Typography.Text> · {intro}
        </Typography.Text>
        {extra && !padded ? (
          <Typography.Text type="secondary" className="policy-small register-counts" data-testid={`${testId}-counts`}>
            {extra}
          </Typography.Text>
        ) : null}
      </Flex>
      <Card styles={padded ? undefined : { body: { padding: 0 } }} data-testid={testId}>
        {failed ? (
          <LoadError onRetry={onRetry} />
        ) : loading ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : empty ? (
          <EmptyState title={empty.title} description={empty.description} />
        ) : (
          children
        )}
      </Card>
    </Flex>
  );
}
