import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NotFoundPage } from '../../app/not-found-page';
import { useCan } from '../../auth/viewer-context';
import { CursorPager } from '../../components/cursor-pager';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { SecretModal } from '../../components/secret-modal';
import { AccountFormModal } from './account-form-modal';
import { AccountsQuery } from './accounts.graphql';
import { AccountsTable } from './accounts-table';

const PAGE_SIZE = 25;

/** Administrators only: every account, its access and state. */
export function AccountsPage() {
  const canManage = useCan('accounts:manage');
  return canManage ? <AccountsAdmin /> : <NotFoundPage forbidden />;
}

function AccountsAdmin() {
  const { t } = useTranslation('admin');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [creating, setCreating] = useState(false);
  const [oneTime, setOneTime] = useState<{ name: string; password: string } | null>(null);
  const context = useMemo(() => ({ additionalTypenames: ['Account'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: AccountsQuery,
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null },
    context,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const accounts = data?.accounts;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        }
      />
      <Card className="table-card">
        {error && !data ? (
          <LoadError onRetry={reload} />
        ) : (
          <>
            <AccountsTable
              accounts={accounts?.nodes ?? []}
              loading={fetching && !data}
              onReload={reload}
              onPasswordReset={(name, password) => setOneTime({ name, password })}
            />
            {accounts && accounts.totalCount > 0 ? (
              <CursorPager
                pageIndex={cursors.length - 1}
                pageSize={PAGE_SIZE}
                shown={accounts.nodes.length}
                total={accounts.totalCount}
                hasNextPage={accounts.pageInfo.hasNextPage}
                onPrevious={() => setCursors((stack) => stack.slice(0, -1))}
                onNext={() => setCursors((stack) => [...stack, accounts.pageInfo.endCursor])}
              />
            ) : null}
          </>
        )}
      </Card>
      <AccountFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(account, password) => {
          if (password) setOneTime({ name: account.displayName, password });
        }}
      />
      <SecretModal
        open={Boolean(oneTime)}
        title={t('oneTime.title', { name: oneTime?.name ?? '' })}
        description={t('oneTime.description', { name: oneTime?.name ?? '' })}
        warning={t('oneTime.warning')}
        secret={oneTime?.password ?? ''}
        onClose={() => setOneTime(null)}
      />
    </>
  );
}
