import { App, Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { PolicyKind } from '../../gql/graphql';
import { CreatePolicyMutation } from './policies.graphql';
import { type ContentValues, PolicyContentFields, toContentInput } from './policy-content-fields';
import { PolicyDetailsFields } from './policy-details-fields';

interface Values {
  title?: string;
  kind?: PolicyKind;
  ownerPersonId?: string;
  approverPersonId?: string;
  content?: ContentValues;
}

/** Writes a policy: what it requires, why, of what data, who owns and who approves it. Opens it once written. */
export function WritePolicyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['policies', 'common']);
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, create] = useMutation(CreatePolicyMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ kind: 'security_and_privacy' });
  }, [open, form]);

  const onFinish = async (values: Values) => {
    const outcome = await create({
      input: {
        title: values.title?.trim() ?? '',
        kind: values.kind!,
        ownerPersonId: values.ownerPersonId ?? '',
        approverPersonId: values.approverPersonId ?? '',
        content: toContentInput(values.content ?? {}),
      },
    });
    const created = handle({ payload: outcome.data?.createPolicy, error: outcome.error }, { form });
    if (created) {
      void message.success(t('write.written', { key: created.key, title: created.title }));
      onClose();
      navigate(`/policies/${created.id}`);
    }
  };

  return (
    <Modal
      open={open}
      title={t('write.title')}
      okText={t('write.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={760}
      okButtonProps={{ 'data-testid': 'write-policy-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="write-policy-form">
        <PolicyDetailsFields titlePlaceholder={t('write.titlePlaceholder')} />
        <PolicyContentFields />
      </Form>
    </Modal>
  );
}
