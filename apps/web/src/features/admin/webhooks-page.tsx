import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { SecretModal } from '../../components/secret-modal';
import { relativeTime, When } from '../../components/when';
import type { WebhookEvent, WebhooksQuery as WebhooksData } from '../../gql/graphql';
import { CreateWebhookMutation, UpdateWebhookMutation, WebhooksQuery } from './webhooks.graphql';

type WebhookRow = WebhooksData['webhooks'][number];
type DeliveryRow = WebhookRow['deliveries'][number];

const events: WebhookEvent[] = [
  'ticket_created',
  'ticket_transitioned',
  'ticket_assigned',
  'ticket_commented',
  'ticket_priority_changed',
  'ticket_sla_breached',
  'ticket_escalated',
  'ticket_quality_result',
];
const statusColors = { pending: 'processing', delivered: 'success', failed: 'error' } as const;

/** Outgoing webhooks and what each delivery got back (admins). */
export function WebhooksPage() {
  const { t, i18n } = useTranslation(['webhooks', 'common']);
  const canManage = useCan('webhooks:manage');
  const handle = useResultHandler();
  const context = useMemo(() => ({ additionalTypenames: ['Webhook'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: WebhooksQuery, context, pause: !canManage });
  const [, update] = useMutation(UpdateWebhookMutation);
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [open, setOpen] = useState<WebhookRow | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!canManage) return <Result status="403" title={t('common:errors.forbidden', 'You may not open this page.')} />;
  const webhooks = data?.webhooks ?? [];
  const addButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
      {t('add')}
    </Button>
  );

  const lastAnswer = (delivery: DeliveryRow) => {
    const last = delivery.attemptLog.at(-1);
    if (!last) return '—';
    return last.error ?? t('delivery.http', { code: last.statusCode });
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={addButton} />
      {error && !data ? (
        <LoadError onRetry={reload} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : webhooks.length === 0 ? (
        <Card>
          <EmptyState description={t('empty')} action={addButton} />
        </Card>
      ) : (
        <Card className="table-card">
          <Table<WebhookRow>
            rowKey="id"
            dataSource={webhooks}
            pagination={false}
            tableLayout="fixed"
            columns={[
              {
                title: t('columns.name'),
                key: 'name',
                render: (_, webhook) => (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{webhook.name}</Typography.Text>
                    <Typography.Text type="secondary" code ellipsis={{ tooltip: webhook.url }}>
                      {webhook.url}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('columns.events'),
                key: 'events',
                render: (_, webhook) => (
                  <Flex gap={4} wrap>
                    {webhook.events.map((event) => (
                      <Tag key={event}>{t(`event.${event}`)}</Tag>
                    ))}
                  </Flex>
                ),
              },
              {
                title: t('columns.status'),
                key: 'status',
                width: 180,
                render: (_, webhook) => (
                  <Space>
                    <Tag color={webhook.active ? 'success' : 'default'}>
                      {webhook.active ? t('active') : t('paused')}
                    </Tag>
                    <Button
                      size="small"
                      type="link"
                      onClick={async () => {
                        const outcome = await update({
                          input: { id: webhook.id, version: webhook.version, active: !webhook.active },
                        });
                        if (
                          handle({ payload: outcome.data?.updateWebhook, error: outcome.error }, { onReload: reload })
                        )
                          reload();
                      }}
                    >
                      {webhook.active ? t('pause') : t('resume')}
                    </Button>
                  </Space>
                ),
              },
              {
                title: t('columns.deliveries'),
                key: 'deliveries',
                width: 260,
                render: (_, webhook) => {
                  const latest = webhook.deliveries[0];
                  return (
                    <Space wrap>
                      {latest ? (
                        <>
                          <Tag color={statusColors[latest.status]}>{t(`delivery.${latest.status}`)}</Tag>
                          <Typography.Text type="secondary">
                            <When at={latest.createdAt} />
                          </Typography.Text>
                        </>
                      ) : (
                        <Typography.Text type="secondary">{t('delivery.none')}</Typography.Text>
                      )}
                      <Button size="small" type="link" onClick={() => setOpen(webhook)}>
                        {t('delivery.show')}
                      </Button>
                    </Space>
                  );
                },
              },
            ]}
          />
        </Card>
      )}
      <AddWebhookModal
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(created) => {
          setAdding(false);
          setSecret(created);
          reload();
        }}
      />
      <SecretModal
        open={Boolean(secret)}
        title={t('secret.title', { name: secret?.name ?? '' })}
        description={t('secret.description')}
        warning={t('secret.warning')}
        secret={secret?.value ?? ''}
        onClose={() => setSecret(null)}
      />
      <Modal
        open={Boolean(open)}
        title={open ? t('delivery.title', { name: open.name }) : ''}
        onCancel={() => setOpen(null)}
        footer={null}
        width={900}
        destroyOnHidden
      >
        {open && open.deliveries.length === 0 ? (
          <Typography.Text type="secondary">{t('delivery.none')}</Typography.Text>
        ) : (
          <Table<DeliveryRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={open?.deliveries ?? []}
            data-testid="webhook-deliveries"
            columns={[
              { title: t('delivery.event'), key: 'event', render: (_, delivery) => t(`event.${delivery.event}`) },
              {
                title: t('delivery.issue'),
                key: 'issue',
                render: (_, delivery) =>
                  delivery.ticketKey ? <Link to={`/issues/${delivery.ticketKey}`}>{delivery.ticketKey}</Link> : '—',
              },
              {
                title: t('delivery.status'),
                key: 'status',
                render: (_, delivery) => (
                  <Flex vertical gap={2}>
                    <Tag color={statusColors[delivery.status]}>{t(`delivery.${delivery.status}`)}</Tag>
                    {delivery.status === 'pending' && delivery.attempts > 0 ? (
                      <Typography.Text type="secondary">
                        {t('delivery.nextTry', { when: relativeTime(delivery.nextAttemptAt, i18n.language) })}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              { title: t('delivery.attempts'), key: 'attempts', dataIndex: 'attempts', width: 90 },
              { title: t('delivery.last'), key: 'last', render: (_, delivery) => lastAnswer(delivery) },
              { title: t('delivery.when'), key: 'when', render: (_, delivery) => <When at={delivery.createdAt} /> },
            ]}
          />
        )}
      </Modal>
    </>
  );
}

function AddWebhookModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (created: { name: string; value: string }) => void;
}) {
  const { t } = useTranslation(['webhooks', 'common']);
  const [form] = Form.useForm<{ name: string; url: string; events: WebhookEvent[] }>();
  const handle = useResultHandler();
  const [{ fetching }, create] = useMutation(CreateWebhookMutation);
  const onFinish = async (values: { name: string; url: string; events: WebhookEvent[] }) => {
    const outcome = await create({ input: values });
    const created = handle({ payload: outcome.data?.createWebhook, error: outcome.error }, { form });
    if (created) {
      form.resetFields();
      onCreated({ name: created.webhook.name, value: created.secret });
    }
  };
  return (
    <Modal
      open={open}
      title={t('form.title')}
      okText={t('form.submit')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name="webhook-form"
        initialValues={{ events: ['ticket_created', 'ticket_transitioned', 'ticket_sla_breached', 'ticket_escalated'] }}
      >
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t('form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="url" label={t('form.url')} rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t('form.urlPlaceholder')} />
        </Form.Item>
        <Form.Item name="events" label={t('form.events')} rules={[{ required: true }]}>
          <Checkbox.Group options={events.map((event) => ({ value: event, label: t(`event.${event}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
