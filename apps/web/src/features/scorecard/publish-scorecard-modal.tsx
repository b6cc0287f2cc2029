import { Alert, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PublishScorecardMutation } from './scorecard.graphql';

interface Values {
  title?: string;
  note?: string;
}

/**
 * Publishes the scorecard as it reads now to the sponsors, who acknowledge it. The server keeps
 * the whole organisation's scorecard, whatever domain the page is filtered to.
 */
export function PublishScorecardModal({
  open,
  filtered,
  onClose,
  onPublished,
}: {
  open: boolean;
  /** The page shows one domain: say that the whole organisation's scorecard is published. */
  filtered: boolean;
  onClose: () => void;
  onPublished: () => void;
}) {
  const { t, i18n } = useTranslation(['metrics', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching }, publish] = useMutation(PublishScorecardMutation);

  useEffect(() => {
    if (!open) return;
    const month = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }).format(new Date());
    form.resetFields();
    form.setFieldsValue({ title: t('scorecard.publish.defaultTitle', { month }) });
  }, [open, form, t, i18n.language]);

  const onFinish = async (values: Values) => {
    const outcome = await publish({
      input: { title: values.title?.trim() ?? '', note: values.note?.trim() || null },
    });
    const published = handle(
      { payload: outcome.data?.publishScorecard, error: outcome.error },
      { form, successMessage: t('scorecard.publish.published', { title: values.title?.trim() }) },
    );
    if (published) {
      onClose();
      onPublished();
    }
  };

  return (
    <Modal
      open={open}
      title={t('scorecard.publish.title')}
      okText={t('scorecard.publish.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {filtered ? (
        <Alert type="info" showIcon title={t('scorecard.publish.wholeOrganisation')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional">
        <Form.Item
          name="title"
          label={t('scorecard.publish.titleField')}
          rules={[{ required: true, whitespace: true, message: t('scorecard.publish.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t('scorecard.publish.note')} extra={t('scorecard.publish.noteHelp')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
