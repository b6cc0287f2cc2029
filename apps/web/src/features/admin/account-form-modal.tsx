import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import type { AppRole } from '../../gql/graphql';
import { CreateAccountMutation } from './accounts.graphql';

const roles: AppRole[] = ['viewer', 'executive', 'architect', 'steward', 'admin'];

interface AccountValues {
  displayName: string;
  email: string;
  role: AppRole;
  password: string;
  personId?: string;
  mustChangePassword: boolean;
}

export function AccountFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common', 'enums']);
  const [form] = Form.useForm<AccountValues>();
  const handle = useResultHandler();
  const [{ fetching }, createAccount] = useMutation(CreateAccountMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ role: 'viewer', mustChangePassword: true });
  }, [open, form]);

  const onFinish = async (values: AccountValues) => {
    const email = values.email.trim();
    const outcome = await createAccount({
      input: {
        displayName: values.displayName.trim(),
        email,
        role: values.role,
        password: values.password,
        personId: values.personId ?? null,
        mustChangePassword: values.mustChangePassword,
      },
    });
    const created = handle(
      { payload: outcome.data?.createAccount, error: outcome.error },
      { form, successMessage: t('form.created', { email }) },
    );
    if (created) onClose();
  };

  return (
    <Modal
      open={open}
      title={t('form.title')}
      okText={t('common:actions.create')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish}>
        <Form.Item
          name="displayName"
          label={t('form.displayName')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input placeholder={t('form.displayNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('form.email')}
          rules={[
            { required: true, message: t('form.required') },
            { type: 'email', message: t('form.invalidEmail') },
          ]}
        >
          <Input placeholder={t('form.emailPlaceholder')} />
        </Form.Item>
        <Form.Item name="role" label={t('form.role')} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            options={roles.map((role) => ({
              value: role,
              label: `${t(`enums:appRole.${role}`)} — ${t(`enums:appRoleHint.${role}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('form.password')}
          extra={t('form.passwordHelp')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="personId" label={t('form.person')} extra={t('form.personHelp')}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="mustChangePassword" valuePropName="checked">
          <Checkbox>{t('form.mustChangePassword')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
