import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { CursorPager } from '../../components/cursor-pager';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { GovernanceRole } from '../../gql/graphql';
import { PeopleQuery } from './people.graphql';
import { PeopleTable } from './people-table';
import { PersonFormModal } from './person-form-modal';
import { roleOptions, type StatusFilter, usePeopleQueryState } from './use-people-query-state';

const PAGE_SIZE = 20;

export function PeoplePage() {
  const { t } = useTranslation(['people', 'enums']);
  const canWrite = useCan('stewardship:write');
  const [creating, setCreating] = useState(false);
  const state = usePeopleQueryState();
  const { q, status, role, cursors } = state;

  const filter = useMemo(
    () => ({
      search: q || null,
      active: status === 'all' ? null : status === 'active',
      role: role ?? null,
    }),
    [q, status, role],
  );
  const after = cursors[cursors.length - 1] ?? null;
  const context = useMemo(() => ({ additionalTypenames: ['Person'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PeopleQuery,
    variables: { first: PAGE_SIZE, after, filter },
    context,
  });
  const people = data?.people;
  const isFiltered = Boolean(q || role || status !== 'active');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          ) : null
        }
      />
      <Card className="table-card">
        <Flex gap={12} wrap className="table-toolbar">
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('searchPlaceholder')}
            value={state.search}
            onChange={(event) => state.setSearch(event.target.value)}
            className="people-search"
            aria-label={t('searchPlaceholder')}
          />
          <Select<StatusFilter>
            value={status}
            onChange={state.setStatus}
            style={{ width: 140 }}
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
            onChange={state.setRole}
            placeholder={t('filters.role')}
            style={{ width: 200 }}
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
              canCreate={canWrite}
              onCreate={() => setCreating(true)}
              onClearFilters={state.clear}
            />
            {people && people.totalCount > 0 ? (
              <CursorPager
                pageIndex={cursors.length}
                pageSize={PAGE_SIZE}
                shown={people.nodes.length}
                total={people.totalCount}
                hasNextPage={people.pageInfo.hasNextPage}
                onPrevious={state.previousPage}
                onNext={() => (people.pageInfo.endCursor ? state.nextPage(people.pageInfo.endCursor) : undefined)}
              />
            ) : null}
          </>
        )}
      </Card>
      <PersonFormModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
