import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { CreateProgramDocumentMutation } from './deliverables.graphql';

/** A catalogue deliverable of the step (key and words), or the program's own (no key). */
export interface DeliverableTarget {
  key: string | null;
  text: string | null;
  /** A document for it is approved by an executive sponsor only (the charter). */
  sponsorApproval?: boolean;
}

/** The deliverable a modal is for, in one line; `own` says it when the target is the program's own. */
export function DeliverableLine({ target, own }: { target: DeliverableTarget; own: string }) {
  const { t } = useTranslation('program');
  return (
    <Typography.Paragraph type="secondary">
      {target.key ? t('writeDocument.forDeliverable', { key: target.key, text: target.text }) : own}
    </Typography.Paragraph>
  );
}

/**
 * Starts a document for a deliverable (or of the program's own) as an empty draft, then opens it
 * in the editor.
 */
export function WriteDocumentModal({
  programId,
  stepNumber,
  target,
  onClose,
}: {
  programId: string;
  stepNumber: number;
  target: DeliverableTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<{ title: string }>();
  const handle = useResultHandler();
  const navigate = useNavigate();
  const [{ fetching }, create] = useMutation(CreateProgramDocumentMutation);

  const onFinish = async ({ title }: { title: string }) => {
    if (!target) return;
    const outcome = await create({
      input: { programId, stepNumber, deliverableKey: target.key, title: title.trim(), body: '' },
    });
    const created = handle(
      { payload: outcome.data?.createProgramDocument, error: outcome.error },
      { form, successMessage: t('writeDocument.created') },
    );
    if (created) navigate(`/program/${programId}/documents/${created.id}`, { state: { edit: true } });
  };

  return (
    <Modal
      open={target !== null}
      title={t('writeDocument.title')}
      okText={t('writeDocument.create')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      {target ? <DeliverableLine target={target} own={t('writeDocument.forOwn')} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark={false}
        initialValues={{ title: target?.text ?? '' }}
      >
        <Form.Item
          name="title"
          label={t('writeDocument.name')}
          rules={[{ required: true, whitespace: true, message: t('writeDocument.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
