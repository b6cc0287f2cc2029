import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../api/use-result-handler';
import { ChangePasswordMutation } from './viewer.graphql';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Current password, new password twice; server rules (length, must differ) land on the fields. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<ChangePasswordValues>();
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const handle = useResultHandler();

  const onFinish = async ({ currentPassword, newPassword }: ChangePasswordValues) => {
    const outcome = await changePassword({ input: { currentPassword, newPassword } });
    const changed = handle(
      { payload: outcome.data?.changePassword, error: outcome.error },
      { form, successMessage: t('changePassword.done') },
    );
    if (changed) {
      form.resetFields();
      onChanged?.();
    }
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} style={{ maxWidth: 420 }}>
      <Form.Item
        name="currentPassword"
        label={t('changePassword.current')}
        rules={[{ required: true, message: t('changePassword.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('changePassword.new')}
        extra={t('changePassword.newHelp')}
        rules={[{ required: true, message: t('changePassword.required') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('changePassword.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('changePassword.required') },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('changePassword.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('changePassword.submit')}
      </Button>
    </Form>
  );
}
