import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { SecretModal } from '../../components/secret-modal';
import type { ApiTokensQuery as ApiTokensData } from '../../gql/graphql';
import { CreateTokenModal } from './create-token-modal';
import { ApiTokensQuery, RevokeApiTokenMutation } from './settings.graphql';
import { TokenUsage } from './token-usage';

type Token = NonNullable<ApiTokensData['viewer']>['apiTokens'][number];

function statusOf(token: Token): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() < Date.now() ? 'expired' : 'active';
}

/** The viewer's API tokens: list, create (the secret shown once), revoke. */
export function ApiTokensCard() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const context = useMemo(() => ({ additionalTypenames: ['ApiToken'] }), []);
  const [{ data, fetching }] = useQuery({ query: ApiTokensQuery, context });
  const [, revokeApiToken] = useMutation(RevokeApiTokenMutation);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const tokens = data?.viewer?.apiTokens ?? [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  const confirmRevoke = (token: Token) =>
    modal.confirm({
      title: t('tokens.revokeTitle', { name: token.name }),
      content: t('tokens.revokeBody'),
      okText: t('tokens.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await revokeApiToken({ input: { id: token.id } });
        handle(
          { payload: outcome.data?.revokeApiToken, error: outcome.error },
          { successMessage: t('tokens.revoked_done', { name: token.name }) },
        );
      },
    });

  const statusTag = (token: Token) => {
    const status = statusOf(token);
    const color = status === 'active' ? 'green' : status === 'revoked' ? 'red' : 'default';
    return <Tag color={color}>{t(`tokens.${status}`)}</Tag>;
  };

  return (
    <Card
      title={t('tokens.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('tokens.create')}
        </Button>
      }
    >
      <p className="card-hint">{t('tokens.hint')}</p>
      <Table<Token>
        rowKey="id"
        size="middle"
        loading={fetching && !data}
        dataSource={[...tokens]}
        pagination={false}
        locale={{
          emptyText: !data ? (
            <span />
          ) : (
            <EmptyState
              description={t('tokens.empty')}
              action={
                <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                  {t('tokens.create')}
                </Button>
              }
            />
          ),
        }}
        columns={[
          {
            title: t('tokens.name'),
            key: 'name',
            render: (_v, token) => (
              <Flex vertical>
                <Typography.Text strong>{token.name}</Typography.Text>
                <Typography.Text type="secondary" className="token-prefix">
                  <KeyOutlined aria-hidden /> {t('tokens.startsWith')} <code>{token.prefix}</code>
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('tokens.created'), key: 'created', render: (_v, token) => date.format(new Date(token.createdAt)) },
          { title: t('tokens.expires'), key: 'expires', render: (_v, token) => date.format(new Date(token.expiresAt)) },
          {
            title: t('tokens.lastUsed'),
            key: 'lastUsed',
            render: (_v, token) => (token.lastUsedAt ? date.format(new Date(token.lastUsedAt)) : t('common:never')),
          },
          { title: t('tokens.status'), key: 'status', render: (_v, token) => statusTag(token) },
          {
            title: '',
            key: 'actions',
            align: 'right',
            render: (_v, token) =>
              statusOf(token) === 'active' ? (
                <Button danger size="small" onClick={() => confirmRevoke(token)}>
                  {t('tokens.revoke')}
                </Button>
              ) : null,
          },
        ]}
      />
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(name, value) => {
          setCreating(false);
          setSecret({ name, value });
        }}
      />
      <SecretModal
        open={Boolean(secret)}
        title={t('tokens.secret.title')}
        description={t('tokens.secret.description', { name: secret?.name ?? '' })}
        warning={t('tokens.secret.warning')}
        secret={secret?.value ?? ''}
        onClose={() => setSecret(null)}
      >
        <TokenUsage />
      </SecretModal>
    </Card>
  );
}
