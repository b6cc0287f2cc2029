import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { CreateApiTokenMutation } from './settings.graphql';

const lifetimes = [7, 30, 90, 180, 366];

interface TokenValues {
  name: string;
  expiresInDays: number;
}

interface CreateTokenModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (name: string, secret: string) => void;
}

export function CreateTokenModal({ open, onClose, onCreated }: CreateTokenModalProps) {
  const { t } = useTranslation(['settings', 'common']);
  const [form] = Form.useForm<TokenValues>();
  const handle = useResultHandler();
  const [{ fetching }, createApiToken] = useMutation(CreateApiTokenMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ expiresInDays: 90 });
  }, [open, form]);

  const onFinish = async (values: TokenValues) => {
    const outcome = await createApiToken({ input: { name: values.name.trim(), expiresInDays: values.expiresInDays } });
    const created = handle({ payload: outcome.data?.createApiToken, error: outcome.error }, { form });
    if (created) onCreated(created.token.name, created.secret);
  };

  return (
    <Modal
      open={open}
      title={t('tokens.form.title')}
      okText={t('tokens.form.submit')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish}>
        <Form.Item
          name="name"
          label={t('tokens.form.name')}
          extra={t('tokens.form.nameHelp')}
          rules={[{ required: true, message: t('tokens.form.required') }]}
        >
          <Input placeholder={t('tokens.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('tokens.form.expires')} required>
          <Select options={lifetimes.map((days) => ({ value: days, label: t('tokens.form.days', { count: days }) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
