import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { raciLetters } from '../../components/domain-roles';
import { PersonPicker } from '../../components/person-picker';
import { useOnOpen } from '../../components/use-on-open';
import type { GovernanceRole, Raci } from '../../gql/graphql';
import { AssignRoleMutation } from '../domains/domains.graphql';

/** The roles held for the governance program as a whole. */
const programRoles = ['executive_sponsor', 'chief_data_officer', 'council_member'] as const;
const defaultRaci: Record<(typeof programRoles)[number], Raci> = {
  executive_sponsor: 'A',
  chief_data_officer: 'R',
  council_member: 'C',
};

interface Values {
  personId: string;
  role: (typeof programRoles)[number];
  raci: Raci;
  note?: string;
}

/** Person + program role (sponsor, governance lead, council member) + RACI, program-wide. */
export function AssignProgramRoleModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['overview', 'common', 'enums']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, assignRole] = useMutation(AssignRoleMutation);

  useOnOpen(open, () => {
    // No role chosen for the user: a second accountable sponsor by a quick click is a mistake.
    form.resetFields();
  });

  const onFinish = async (values: Values) => {
    const outcome = await assignRole(
      {
        input: {
          personId: values.personId,
          role: values.role as GovernanceRole,
          raci: values.raci,
          note: values.note?.trim() || null,
          scope: { type: 'program', id: null },
        },
      },
      { additionalTypenames: ['RoleAssignment'] },
    );
    const assigned = handle(
      { payload: outcome.data?.assignRole, error: outcome.error },
      { form, fieldNames: { scope: 'personId', 'scope.id': 'personId' } },
    );
    if (assigned) {
      const role = t(`enums:governanceRoleInSentence.${assigned.role}`);
      void message.success(t('program.assigned', { name: assigned.person.name, role }));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('program.assignTitle')}
      okText={t('program.assignSubmit')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish} name="assign-program-role">
        <Form.Item
          name="personId"
          label={t('program.person')}
          rules={[{ required: true, message: t('program.required') }]}
        >
          <PersonPicker />
        </Form.Item>
        <Form.Item name="role" label={t('program.role')} rules={[{ required: true, message: t('program.required') }]}>
          <Select
            options={programRoles.map((value) => ({ value, label: t(`enums:governanceRole.${value}`) }))}
            onChange={(value: Values['role']) => form.setFieldValue('raci', defaultRaci[value])}
          />
        </Form.Item>
        <Form.Item
          name="raci"
          label={t('program.raci')}
          extra={t('program.raciHelp')}
          rules={[{ required: true, message: t('program.required') }]}
        >
          <Select options={raciLetters.map((value) => ({ value, label: `${value} · ${t(`enums:raci.${value}`)}` }))} />
        </Form.Item>
        <Form.Item name="note" label={t('program.noteLabel')}>
          <Input.TextArea rows={2} placeholder={t('program.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
