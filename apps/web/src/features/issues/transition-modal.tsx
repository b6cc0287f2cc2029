import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { MarkdownInput } from '../../components/markdown/markdown-input';
import { useOnOpen } from '../../components/use-on-open';
import type { TicketAction } from '../../gql/graphql';
import { RootCausesQuery, TicketQuery, TransitionTicketMutation } from './issues.graphql';

/** What each move asks for (the server checks the same: lifecycle.ts). */
const needs: Record<TicketAction, ('comment' | 'rootCause' | 'resolution' | 'duplicateOf')[]> = {
  triage: [],
  start: [],
  block: ['comment'],
  unblock: [],
  resolve: ['rootCause', 'resolution'],
  close: [],
  wont_fix: ['resolution'],
  mark_duplicate: ['duplicateOf'],
  reopen: ['comment'],
  clear: [],
};

/** Moves that need nothing are made at once; the others open this dialog. */
export const movesWithoutDialog = (action: TicketAction) => needs[action].length === 0;

interface FormValues {
  comment?: string;
  rootCauseId?: string;
  resolution?: string;
  duplicateKey?: string;
}

interface TransitionModalProps {
  ticket: { id: string; key: string; version: number } | null;
  action: TicketAction | null;
  onClose: () => void;
  onDone: () => void;
}

/** Resolve (root cause and resolution), block or reopen (why), won't fix (why), duplicate (of which). */
export function TransitionModal({ ticket, action, onClose, onDone }: TransitionModalProps) {
  const { t } = useTranslation(['issues', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const client = useClient();
  const handle = useResultHandler();
  const open = Boolean(ticket && action);
  const wants = action ? needs[action] : [];
  const [{ data: causes }] = useQuery({ query: RootCausesQuery, pause: !open || !wants.includes('rootCause') });
  const [{ fetching }, transition] = useMutation(TransitionTicketMutation);
  useOnOpen(open, () => form.resetFields());

  const onFinish = async (values: FormValues) => {
    if (!ticket || !action) return;
    let duplicateOfId: string | null = null;
    if (action === 'mark_duplicate' && values.duplicateKey) {
      const found = await client.query(TicketQuery, { key: values.duplicateKey.trim() }).toPromise();
      duplicateOfId = found.data?.ticket?.id ?? null;
      if (!duplicateOfId) {
        form.setFields([
          { name: 'duplicateKey', errors: [t('transition.duplicateNotFound', { key: values.duplicateKey })] },
        ]);
        return;
      }
    }
    const outcome = await transition({
      input: {
        id: ticket.id,
        version: ticket.version,
        action,
        comment: values.comment || null,
        rootCauseId: values.rootCauseId ?? null,
        resolution: values.resolution || null,
        duplicateOfId,
      },
    });
    const moved = handle(
      { payload: outcome.data?.transitionTicket, error: outcome.error },
      { form, fieldNames: { duplicateOfId: 'duplicateKey' }, onReload: onDone },
    );
    if (!moved) return;
    void message.success(t('transition.done', { key: moved.key, status: t(`status.${moved.status}`) }));
    onDone();
  };

  const whyLabel =
    action === 'block'
      ? t('transition.whyBlock')
      : action === 'reopen'
        ? t('transition.whyReopen')
        : t('transition.why');

  return (
    <Modal
      open={open}
      title={ticket && action ? t('transition.title', { action: t(`action.${action}`), key: ticket.key }) : ''}
      okText={action ? t(`action.${action}`) : ''}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      width={600}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} name="ticket-transition">
        {wants.includes('rootCause') ? (
          <Form.Item
            name="rootCauseId"
            label={t('transition.rootCause')}
            rules={[{ required: true, message: t('transition.rootCauseMissing') }]}
          >
            <Select
              placeholder={t('transition.rootCausePlaceholder')}
              options={(causes?.rootCauses ?? []).map((cause) => ({
                value: cause.id,
                label: cause.label,
                title: cause.description ?? undefined,
              }))}
            />
          </Form.Item>
        ) : null}
        {wants.includes('resolution') ? (
          <Form.Item
            name="resolution"
            label={action === 'wont_fix' ? t('transition.resolutionWontFix') : t('transition.resolution')}
            rules={[{ required: true, whitespace: true, message: t('transition.resolutionMissing') }]}
          >
            <MarkdownInput rows={4} />
          </Form.Item>
        ) : null}
        {wants.includes('duplicateOf') ? (
          <Form.Item
            name="duplicateKey"
            label={t('transition.duplicateOf')}
            rules={[{ required: true, whitespace: true, message: t('transition.duplicateMissing') }]}
          >
            <Input placeholder={t('transition.duplicateOfPlaceholder')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="comment"
          label={wants.includes('comment') ? whyLabel : t('transition.comment')}
          rules={
            wants.includes('comment') ? [{ required: true, whitespace: true, message: t('transition.whyMissing') }] : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
