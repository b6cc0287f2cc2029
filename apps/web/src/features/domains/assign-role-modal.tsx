import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { type DomainRole, domainRoles, type HeldRole, raciLetters, suggestedRaci } from '../../components/domain-roles';
import { PersonPicker } from '../../components/person-picker';
import { useOnOpen } from '../../components/use-on-open';
import type { Raci } from '../../gql/graphql';
import { AssignRoleMutation } from './domains.graphql';

interface AssignRoleValues {
  personId: string;
  role: DomainRole;
  raci: Raci;
  note?: string;
}

interface AssignRoleModalProps {
  open: boolean;
  /** The domain, or with `scopeType` asset, the table or view the role is held on. */
  domain: { id: string; name: string; responsibilities: readonly HeldRole[] };
  scopeType?: 'domain' | 'asset';
  onClose: () => void;
  initialRole?: DomainRole;
}

/** Person + role + RACI (defaulting by role) on one domain. */
export function AssignRoleModal({
  open,
  domain,
  scopeType = 'domain',
  onClose,
  initialRole = 'data_owner',
}: AssignRoleModalProps) {
  const { t } = useTranslation(['domains', 'common', 'enums']);
  const [form] = Form.useForm<AssignRoleValues>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, assignRole] = useMutation(AssignRoleMutation);
  const role = Form.useWatch('role', form) ?? initialRole;

  useOnOpen(open, () => {
    form.resetFields();
    form.setFieldsValue({ role: initialRole, raci: suggestedRaci(initialRole, domain.responsibilities) });
  });

  const onFinish = async (values: AssignRoleValues) => {
    const outcome = await assignRole({
      input: {
        personId: values.personId,
        role: values.role,
        raci: values.raci,
        note: values.note?.trim() || null,
        scope: { type: scopeType, id: domain.id },
      },
    });
    const assigned = handle(
      { payload: outcome.data?.assignRole, error: outcome.error },
      {
        form,
        fieldNames: { 'scope.id': 'personId', scope: 'personId' },
      },
    );
    if (assigned) {
      const role = t(`enums:governanceRoleInSentence.${assigned.role}`);
      void message.success(t('assign.assigned', { name: assigned.person.name, role, domain: domain.name }));
      onClose();
    }
  };

  const letter = suggestedRaci(role, domain.responsibilities);
  return (
    <Modal
      open={open}
      title={t('assign.title', { domain: domain.name })}
      okText={t('assign.submit')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish} name="assign-role">
        <Form.Item
          name="personId"
          label={t('assign.person')}
          rules={[{ required: true, message: t('assign.required') }]}
        >
          <PersonPicker />
        </Form.Item>
        <Form.Item name="role" label={t('assign.role')} rules={[{ required: true, message: t('assign.required') }]}>
          <Select
            options={domainRoles.map((value) => ({ value, label: t(`enums:governanceRole.${value}`) }))}
            onChange={(value: DomainRole) => form.setFieldValue('raci', suggestedRaci(value, domain.responsibilities))}
          />
        </Form.Item>
        <Form.Item
          name="raci"
          label={t('assign.raci')}
          extra={t('assign.raciHelp', { letter, meaning: t(`enums:raci.${letter}`) })}
        >
          <Select options={raciLetters.map((value) => ({ value, label: `${value} · ${t(`enums:raci.${value}`)}` }))} />
        </Form.Item>
        <Form.Item name="note" label={t('assign.note')}>
          <Input.TextArea rows={2} placeholder={t('assign.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
