import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { CursorPager } from '../../components/cursor-pager';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { GovernanceRole } from '../../gql/graphql';
import { PeopleQuery } from './people.graphql';
import { PeopleTable } from './people-table';
import { PersonFormModal } from './person-form-modal';

const PAGE_SIZE = 20;
const roleOptions: GovernanceRole[] = [
  'data_owner',
  'business_steward',
  'technical_steward',
  'custodian',
  'executive_sponsor',
  'chief_data_officer',
  'council_member',
];

type StatusFilter = 'all' | 'active' | 'inactive';

export function PeoplePage() {
  const { t } = useTranslation(['people', 'enums']);
  const canWrite = useCan('stewardship:write');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [role, setRole] = useState<GovernanceRole | undefined>();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [creating, setCreating] = useState(false);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  const filter = useMemo(
    () => ({
      search: debouncedSearch || null,
      active: status === 'all' ? null : status === 'active',
      role: role ?? null,
    }),
    [debouncedSearch, status, role],
  );
  // A new filter starts again at the first page.
  const filterKey = JSON.stringify(filter);
  const [lastFilterKey, setLastFilterKey] = useState(filterKey);
  if (filterKey !== lastFilterKey) {
    setLastFilterKey(filterKey);
    setCursors([null]);
  }
  const after = cursors[cursors.length - 1] ?? null;
  const context = useMemo(() => ({ additionalTypenames: ['Person'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PeopleQuery,
    variables: { first: PAGE_SIZE, after, filter },
    context,
  });
  const people = data?.people;
  const isFiltered = Boolean(debouncedSearch || role || status !== 'active');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          ) : null
        }
      />
      <Card className="table-card">
        <Flex gap={12} wrap className="table-toolbar">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 320 }}
            aria-label={t('searchPlaceholder')}
          />
          <Select<StatusFilter>
            value={status}
            onChange={setStatus}
            style={{ width: 160 }}
            aria-label={t('filters.status')}
            options={[
              { value: 'active', label: t('filters.active') },
              { value: 'inactive', label: t('filters.inactive') },
              { value: 'all', label: t('filters.all') },
            ]}
          />
          <Select<GovernanceRole>
            allowClear
            value={role}
            onChange={setRole}
            placeholder={t('filters.role')}
            style={{ width: 220 }}
            aria-label={t('filters.role')}
            options={roleOptions.map((value) => ({ value, label: t(`enums:governanceRole.${value}`) }))}
          />
        </Flex>
        {error && !data ? (
          <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <>
            <PeopleTable
              people={people?.nodes ?? []}
              loading={fetching}
              isFiltered={isFiltered}
              onClearFilters={() => {
                setSearch('');
                setRole(undefined);
                setStatus('active');
              }}
            />
            {people && people.totalCount > 0 ? (
              <CursorPager
                pageIndex={cursors.length - 1}
                pageSize={PAGE_SIZE}
                shown={people.nodes.length}
                total={people.totalCount}
                hasNextPage={people.pageInfo.hasNextPage}
                onPrevious={() => setCursors((stack) => stack.slice(0, -1))}
                onNext={() => setCursors((stack) => [...stack, people.pageInfo.endCursor])}
              />
            ) : null}
          </>
        )}
      </Card>
      <PersonFormModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
