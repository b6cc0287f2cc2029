import { App, Button, Flex, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useViewer } from '../../auth/viewer-context';
import { PersonAvatar } from '../../components/person-avatar';
import type { AccountsQuery, AppRole } from '../../gql/graphql';
import { ResetAccountPasswordMutation, UpdateAccountMutation } from './accounts.graphql';

type Account = AccountsQuery['accounts']['nodes'][number];
const roles: AppRole[] = ['admin', 'steward', 'architect', 'executive', 'viewer'];

interface AccountsTableProps {
  accounts: readonly Account[];
  loading: boolean;
  onReload: () => void;
  onPasswordReset: (name: string, oneTimePassword: string) => void;
}

export function AccountsTable({ accounts, loading, onReload, onPasswordReset }: AccountsTableProps) {
  const { t, i18n } = useTranslation(['admin', 'common', 'enums']);
  const viewer = useViewer();
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, updateAccount] = useMutation(UpdateAccountMutation);
  const [, resetAccountPassword] = useMutation(ResetAccountPasswordMutation);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const changeRole = async (account: Account, role: AppRole) => {
    const outcome = await updateAccount({ input: { id: account.id, version: account.version, role } });
    handle(
      { payload: outcome.data?.updateAccount, error: outcome.error },
      { onReload, successMessage: t('roleChanged', { name: account.displayName, role: t(`enums:appRole.${role}`) }) },
    );
  };

  const confirmDisabled = (account: Account, disabled: boolean) =>
    modal.confirm({
      title: t(disabled ? 'disableTitle' : 'enableTitle', { name: account.displayName }),
      content: t(disabled ? 'disableBody' : 'enableBody'),
      okText: t(disabled ? 'disable' : 'enable'),
      okButtonProps: { danger: disabled },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await updateAccount({ input: { id: account.id, version: account.version, disabled } });
        handle(
          { payload: outcome.data?.updateAccount, error: outcome.error },
          { onReload, successMessage: t(disabled ? 'disabled' : 'enabled', { name: account.displayName }) },
        );
      },
    });

  const confirmReset = (account: Account) =>
    modal.confirm({
      title: t('resetTitle', { name: account.displayName }),
      content: t('resetBody'),
      okText: t('reset'),
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await resetAccountPassword({ input: { id: account.id } });
        const reset = handle({ payload: outcome.data?.resetAccountPassword, error: outcome.error }, { onReload });
        if (reset) onPasswordReset(account.displayName, reset.oneTimePassword);
      },
    });

  return (
    <Table<Account>
      rowKey="id"
      dataSource={[...accounts]}
      loading={loading}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 720 }}
      columns={[
        {
          title: t('columns.name'),
          key: 'name',
          render: (_v, account) => (
            <Flex gap={12} align="center" style={{ minWidth: 0 }}>
              <PersonAvatar name={account.displayName} />
              <Flex vertical style={{ minWidth: 0 }}>
                <Flex gap={6} align="center" style={{ minWidth: 0 }}>
                  <Typography.Text strong ellipsis={{ tooltip: account.displayName }}>
                    {account.displayName}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="secondary" className="person-email" ellipsis={{ tooltip: account.email }}>
                  {account.email}
                </Typography.Text>
              </Flex>
            </Flex>
          ),
        },
        {
          title: t('columns.role'),
          key: 'role',
          width: 140,
          render: (_v, account) => (
            <Select<AppRole>
              value={account.role}
              style={{ width: 124 }}
              aria-label={`${t('columns.role')}: ${account.displayName}`}
              disabled={account.id === viewer.account.id}
              onChange={(role) => void changeRole(account, role)}
              options={roles.map((role) => ({ value: role, label: t(`enums:appRole.${role}`) }))}
            />
          ),
        },
        {
          title: t('columns.status'),
          key: 'status',
          width: 140,
          render: (_v, account) => (
            <Space size={4} wrap>
              {account.disabled ? (
                <Tag color="red">{t('common:status.disabled')}</Tag>
              ) : (
                <Tag color="green">{t('common:status.active')}</Tag>
              )}
              {account.mustChangePassword ? <Tag color="orange">{t('mustChange')}</Tag> : null}
              {account.id === viewer.account.id ? <Tag className="self-tag">{t('self')}</Tag> : null}
            </Space>
          ),
        },
        {
          title: t('columns.lastSignIn'),
          key: 'lastSignIn',
          width: 112,
          render: (_v, account) =>
            account.lastSignInAt ? (
              <Tooltip title={dateTime.format(new Date(account.lastSignInAt))}>
                <span>{date.format(new Date(account.lastSignInAt))}</span>
              </Tooltip>
            ) : (
              t('common:never')
            ),
        },
        {
          title: t('columns.actions'),
          key: 'actions',
          align: 'right',
          width: 150,
          render: (_v, account) =>
            account.id === viewer.account.id ? null : (
              <Space size={8} wrap className="account-actions">
                <Button size="small" onClick={() => confirmReset(account)}>
                  {t('resetPassword')}
                </Button>
                <Button
                  size="small"
                  danger={!account.disabled}
                  onClick={() => confirmDisabled(account, !account.disabled)}
                >
                  {account.disabled ? t('enable') : t('disable')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );
}
