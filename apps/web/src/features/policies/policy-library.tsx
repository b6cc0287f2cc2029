import { Button, Card, Flex, Input, Select, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PersonAvatar } from '../../components/person-avatar';
import type { GovernancePoliciesQuery as PoliciesData, PolicyKind, PolicyVersionStatus } from '../../gql/graphql';
import { GovernancePoliciesQuery } from './policies.graphql';
import {
  activeCount,
  ComplianceBar,
  exceptedCount,
  PolicyKindTag,
  policyKinds,
  VersionStatusTag,
  versionStatuses,
  versionsOf,
} from './policy-shared';
import { PendingVersionNote, standingOf } from './policy-standing';
import { usePolicyAbilities } from './use-policy-abilities';

type Policy = PoliciesData['policies'][number];

/** The filter choice that keeps every kind or status. */
const ALL = 'all' as const;

function Person({ person }: { person: { id: string; name: string } }) {
  return (
    <Flex gap={8} align="center">
      <PersonAvatar name={person.name} size="small" />
      <Link to={`/people/${person.id}`}>{person.name}</Link>
    </Flex>
  );
}

/**
 * The policy library: every governance policy, what it governs, who owns and approves it, where it
 * stands (in force while a version is approved, whatever newer version is on its way) and how
 * compliant it is.
 */
export function PolicyLibrary({ onWrite }: { onWrite: () => void }) {
  const { t } = useTranslation(['policies', 'common']);
  const { canManage } = usePolicyAbilities();
  const [{ data, error, fetching }, refetch] = useQuery({ query: GovernancePoliciesQuery });
  const [kind, setKind] = useState<PolicyKind | typeof ALL>(ALL);
  const [status, setStatus] = useState<PolicyVersionStatus | typeof ALL>(ALL);
  const [search, setSearch] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const policies = data?.policies ?? [];
  const shown = useMemo(() => {
    const words = search.trim().toLowerCase();
    return policies.filter((policy) => {
      const { current } = versionsOf(policy.versions);
      if (kind !== ALL && policy.kind !== kind) return false;
      if (status !== ALL && standingOf(policy.versions).status !== status) return false;
      if (!words) return true;
      return [policy.key, policy.title, current?.driver ?? '', policy.owner.name, policy.approver.name]
        .join(' ')
        .toLowerCase()
        .includes(words);
    });
  }, [policies, kind, status, search]);

  const columns: ColumnsType<Policy> = [
    {
      title: t('list.key'),
      key: 'key',
      width: 80,
      render: (_, policy) => (
        <Link to={`/policies/${policy.id}`} className="policy-key">
          {policy.key}
        </Link>
      ),
    },
    {
      title: t('list.policy'),
      key: 'title',
      render: (_, policy) => (
        <Flex vertical gap={4} align="flex-start">
          <Link to={`/policies/${policy.id}`} className="plain-link" data-testid="policy-link">
            {policy.title}
          </Link>
          <PolicyKindTag kind={policy.kind} />
        </Flex>
      ),
    },
    {
      title: t('fields.driver'),
      key: 'driver',
      width: 120,
      render: (_, policy) => {
        const driver = versionsOf(policy.versions).current?.driver;
        return driver ?? <Typography.Text type="secondary">{t('list.noDriver')}</Typography.Text>;
      },
    },
    { title: t('fields.owner'), key: 'owner', width: 165, render: (_, policy) => <Person person={policy.owner} /> },
    {
      title: t('fields.approver'),
      key: 'approver',
      width: 165,
      render: (_, policy) => <Person person={policy.approver} />,
    },
    {
      title: t('list.status'),
      key: 'status',
      width: 160,
      render: (_, policy) => {
        const { approved } = versionsOf(policy.versions);
        const { status, pending } = standingOf(policy.versions);
        return (
          <Flex vertical gap={2} align="flex-start">
            {status ? <VersionStatusTag status={status} /> : null}
            <Typography.Text type="secondary" className="policy-small" data-testid="policy-approved-version">
              {approved ? t('list.approvedVersion', { number: approved.number }) : t('list.noApprovedVersion')}
            </Typography.Text>
            {pending ? <PendingVersionNote version={pending} /> : null}
          </Flex>
        );
      },
    },
    {
      title: t('list.compliance'),
      key: 'compliance',
      width: 220,
      render: (_, policy) => (
        <ComplianceBar
          compliance={policy.compliance}
          controls={activeCount(policy.controls)}
          excepted={exceptedCount(policy.controls)}
        />
      ),
    },
  ];

  const filtered = kind !== ALL || status !== ALL || search.trim() !== '';
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary" className="register-intro" data-testid="policy-library-intro">
        <Typography.Text strong>{t('list.libraryName')}</Typography.Text> · {t('list.description')}
      </Typography.Text>
      {error && !data ? (
        <LoadError onRetry={reload} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : policies.length === 0 ? (
        <Card>
          <EmptyState
            title={t('list.emptyTitle')}
            description={canManage ? t('list.emptyManager') : t('list.empty')}
            action={
              canManage ? (
                <Button type="primary" onClick={onWrite}>
                  {t('write.open')}
                </Button>
              ) : null
            }
          />
        </Card>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Flex gap={12} wrap className="policy-filters">
            <Input.Search
              allowClear
              placeholder={t('list.search')}
              aria-label={t('list.search')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              style={{ width: 280 }}
              data-testid="policy-search"
            />
            <Select<PolicyKind | typeof ALL>
              value={kind}
              onChange={setKind}
              aria-label={t('fields.kind')}
              style={{ width: 220 }}
              data-testid="policy-kind-filter"
              options={[
                { value: ALL, label: t('list.allKinds') },
                ...policyKinds.map((value) => ({ value, label: t(`kind.${value}`) })),
              ]}
            />
            <Select<PolicyVersionStatus | typeof ALL>
              value={status}
              onChange={setStatus}
              aria-label={t('list.status')}
              style={{ width: 200 }}
              data-testid="policy-status-filter"
              options={[
                { value: ALL, label: t('list.allStatuses') },
                ...versionStatuses.map((value) => ({ value, label: t(`versionStatus.${value}`) })),
              ]}
            />
          </Flex>
          <Table
            rowKey="id"
            columns={columns}
            dataSource={shown}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            data-testid="policy-table"
            locale={{
              emptyText: filtered ? (
                <EmptyState title={t('list.noMatchTitle')} description={t('list.noMatch')} />
              ) : undefined,
            }}
          />
        </Card>
      )}
    </Flex>
  );
}
