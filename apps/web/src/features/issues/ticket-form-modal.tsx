import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { HierarchySelect } from '../../components/hierarchy-select';
import { MarkdownInput } from '../../components/markdown/markdown-input';
import { useOnOpen } from '../../components/use-on-open';
import type { TicketKind, TicketLinkType, TicketPriority } from '../../gql/graphql';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import { CreateTicketMutation } from './issues.graphql';

const kinds: TicketKind[] = ['data_quality', 'definition', 'access', 'policy_exception', 'duplicate_review', 'other'];
const priorities: TicketPriority[] = ['P1', 'P2', 'P3', 'P4'];

/** What the issue is reported on, when it is reported from a record's page. */
export interface ReportTarget {
  type: TicketLinkType;
  id: string;
  label: string;
  /** For a table: its columns, so the reporter can point at one. */
  columns?: { id: string; name: string }[];
}

interface FormValues {
  kind: TicketKind;
  title: string;
  description?: string;
  priority: TicketPriority;
  domainId?: string;
  columnId?: string;
}

interface TicketFormModalProps {
  open: boolean;
  target?: ReportTarget | null;
  onClose: () => void;
  onCreated: (ticket: { id: string; key: string }) => void;
}

/** Reports an issue. Routing and due dates are the server's: the form only says how it will go. */
export function TicketFormModal({ open, target, onClose, onCreated }: TicketFormModalProps) {
  const { t } = useTranslation(['issues', 'common']);
  const [form] = Form.useForm<FormValues>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ data: domainData, fetching: loadingDomains }] = useQuery({ query: DomainOptionsQuery, pause: !open });
  const [{ fetching }, create] = useMutation(CreateTicketMutation);
  useOnOpen(open, () => {
    form.resetFields();
    form.setFieldsValue({ kind: target ? 'data_quality' : 'other', priority: 'P3' });
  });

  const onFinish = async (values: FormValues) => {
    const links = values.columnId
      ? [{ type: 'field' as const, id: values.columnId }]
      : target
        ? [{ type: target.type, id: target.id }]
        : [];
    const outcome = await create({
      input: {
        kind: values.kind,
        title: values.title,
        description: values.description || null,
        priority: values.priority,
        domainId: values.domainId ?? null,
        links,
      },
    });
    const created = handle(
      { payload: outcome.data?.createTicket, error: outcome.error },
      {
        form,
        fieldNames: { 'links.0.id': 'columnId' },
      },
    );
    if (!created) return;
    void message.success(
      created.assignee
        ? t('form.created', { key: created.key, name: created.assignee.name })
        : t('form.createdQueue', { key: created.key }),
    );
    onCreated({ id: created.id, key: created.key });
  };

  return (
    <Modal
      open={open}
      title={target ? `${t('form.title')} · ${target.label}` : t('form.title')}
      okText={t('form.submit')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} name="ticket-form" requiredMark="optional">
        <Form.Item
          name="title"
          label={t('form.summary')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('form.titleMissing') }]}
        >
          <Input placeholder={t('form.summaryPlaceholder')} maxLength={300} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="kind" label={t('form.kind')} rules={[{ required: true }]}>
            <Select options={kinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
          </Form.Item>
          <Form.Item name="priority" label={t('form.priority')} rules={[{ required: true }]}>
            <Select options={priorities.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))} />
          </Form.Item>
        </div>
        {target?.columns?.length ? (
          <Form.Item name="columnId" label={t('form.column')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('form.columnPlaceholder')}
              options={target.columns.map((column) => ({ value: column.id, label: column.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="domainId" label={t('form.domain')} extra={t('form.domainHint')}>
          <HierarchySelect nodes={domainData?.domains.nodes ?? []} loading={loadingDomains} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')}>
          <MarkdownInput placeholder={t('form.descriptionPlaceholder')} />
        </Form.Item>
        <Alert type="info" showIcon message={<Typography.Text>{t('form.routing')}</Typography.Text>} />
      </Form>
    </Modal>
  );
}
