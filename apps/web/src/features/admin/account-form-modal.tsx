import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import { useOnOpen } from '../../components/use-on-open';
import type { AppRole } from '../../gql/graphql';
import { CreateAccountMutation } from './accounts.graphql';

const roles: AppRole[] = ['viewer', 'executive', 'architect', 'steward', 'admin'];

interface AccountValues {
  personId?: string;
  displayName?: string;
  email: string;
  role: AppRole;
  password?: string;
  mustChangePassword: boolean;
}

interface AccountFormModalProps {
  open: boolean;
  onClose: () => void;
  /** After creation; `oneTimePassword` is set when Steward made the password (shown once). */
  onCreated: (account: { displayName: string; email: string }, oneTimePassword: string | null) => void;
}

/** A new sign-in: usually for a person in the directory, whose name and email it starts from. */
export function AccountFormModal({ open, onClose, onCreated }: AccountFormModalProps) {
  const { t } = useTranslation(['admin', 'common', 'enums']);
  const [form] = Form.useForm<AccountValues>();
  const handle = useResultHandler();
  const [{ fetching }, createAccount] = useMutation(CreateAccountMutation);
  const personId = Form.useWatch('personId', form);
  const password = Form.useWatch('password', form);

  useOnOpen(open, () => {
    form.resetFields();
    form.setFieldsValue({ role: 'viewer', mustChangePassword: true });
  });

  // Picking a person fills the name and email the admin has not typed themselves.
  const onPick = (person: { name: string; email: string }) => {
    if (!form.isFieldTouched('displayName')) form.setFieldValue('displayName', person.name);
    if (!form.isFieldTouched('email')) form.setFieldValue('email', person.email);
  };

  const onFinish = async (values: AccountValues) => {
    const email = values.email.trim();
    const ownPassword = values.password ? values.password : null;
    const outcome = await createAccount({
      input: {
        displayName: values.displayName?.trim() || null,
        email,
        role: values.role,
        password: ownPassword,
        personId: values.personId ?? null,
        // A password Steward makes must always be changed; the server decides that itself.
        mustChangePassword: ownPassword ? values.mustChangePassword : null,
      },
    });
    const created = handle(
      { payload: outcome.data?.createAccount, error: outcome.error },
      { form, successMessage: t('form.created', { email }) },
    );
    if (created) {
      onCreated(created.account, created.oneTimePassword ?? null);
      onClose();
    }
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
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish} name="create-account">
        <Form.Item name="personId" label={t('form.person')} extra={t('form.personHelp')}>
          <PersonPicker onPick={onPick} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('form.displayName')}
          extra={personId ? t('form.displayNameFromPerson') : undefined}
          rules={[{ required: !personId, message: t('form.displayNameRequired') }]}
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
          extra={password ? t('form.passwordHelp') : t('form.passwordGenerated')}
          rules={[{ min: 12, message: t('form.passwordTooShort') }]}
        >
          <Input.Password autoComplete="new-password" placeholder={t('form.passwordPlaceholder')} />
        </Form.Item>
        {password ? (
          <Form.Item name="mustChangePassword" valuePropName="checked">
            <Checkbox>{t('form.mustChangePassword')}</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
