import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useOnOpen } from '../../components/use-on-open';
import { TermSelect } from '../glossary/term-select';
import { LinkTermMutation } from './catalog.graphql';

interface LinkTermModalProps {
  field: { id: string; name: string } | null;
  onClose: () => void;
  onLinked: () => void;
}

/** Gives a column its business meaning: an approved glossary term, confirmed at once. */
export function LinkTermModal({ field, onClose, onLinked }: LinkTermModalProps) {
  const { t } = useTranslation(['catalog', 'common']);
  const [form] = Form.useForm<{ termId: string }>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, link] = useMutation(LinkTermMutation);
  useOnOpen(Boolean(field), () => form.resetFields());

  const onFinish = async ({ termId }: { termId: string }) => {
    if (!field) return;
    const outcome = await link({ input: { termId, fieldId: field.id } });
    const linked = handle({ payload: outcome.data?.linkTerm, error: outcome.error }, { form });
    if (linked) {
      void message.success(t('curation.linked', { column: field.name }));
      onLinked();
    }
  };

  return (
    <Modal
      open={Boolean(field)}
      title={field ? t('curation.linkTermTitle', { column: field.name }) : ''}
      okText={t('curation.link')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('curation.linkTermHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} name="link-term">
        <Form.Item name="termId" label={t('curation.term')} rules={[{ required: true, message: t('form.required') }]}>
          <TermSelect aria-label={t('curation.term')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
