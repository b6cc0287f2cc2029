import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import { useOnOpen } from '../../components/use-on-open';
import type { CouncilMemberRole } from '../../gql/graphql';
import type { SeatedCouncil } from './council-card';
import { SetCouncilMemberMutation } from './councils.graphql';

const seats: CouncilMemberRole[] = ['member', 'chair', 'secretary'];

interface AddMemberValues {
  personId: string;
  role: CouncilMemberRole;
}

interface AddMemberModalProps {
  open: boolean;
  council: SeatedCouncil;
  onClose: () => void;
  onReload: () => void;
}

export function AddMemberModal({ open, council, onClose, onReload }: AddMemberModalProps) {
  const { t } = useTranslation(['councils', 'common', 'enums']);
  const [form] = Form.useForm<AddMemberValues>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, setCouncilMember] = useMutation(SetCouncilMemberMutation);

  useOnOpen(open, () => {
    form.resetFields();
    form.setFieldsValue({ role: 'member' });
  });

  const onFinish = async (values: AddMemberValues) => {
    const outcome = await setCouncilMember({
      input: { councilId: council.id, councilVersion: council.version, personId: values.personId, role: values.role },
    });
    const done = handle({ payload: outcome.data?.setCouncilMember, error: outcome.error }, { form, onReload });
    if (done) {
      const name = done.members.find((member) => member.person.id === values.personId)?.person.name ?? '';
      const seat = t(`enums:councilMemberRole.${values.role}`).toLowerCase();
      void message.success(t('member.seated', { name, council: council.name, seat }));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('member.title', { council: council.name })}
      okText={t('member.submit')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish}>
        <Form.Item
          name="personId"
          label={t('member.person')}
          rules={[{ required: true, message: t('member.required') }]}
        >
          <PersonPicker excludeIds={council.members.map((member) => member.person.id)} />
        </Form.Item>
        <Form.Item name="role" label={t('member.seat')} extra={t('member.seatHelp')}>
          <Select options={seats.map((seat) => ({ value: seat, label: t(`enums:councilMemberRole.${seat}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
