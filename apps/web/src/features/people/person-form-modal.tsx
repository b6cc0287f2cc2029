import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { OrgUnitSelect } from '../../components/org-unit-select';
import { useOnOpen } from '../../components/use-on-open';
import { CreatePersonMutation, UpdatePersonMutation } from './people.graphql';

interface EditablePerson {
  id: string;
  name: string;
  email: string;
  title: string | null;
  version: number;
  orgUnit: { id: string } | null;
}

interface PersonFormModalProps {
  open: boolean;
  onClose: () => void;
  /** Absent: create a new person. */
  person?: EditablePerson;
  onReload?: () => void;
}

interface PersonValues {
  name: string;
  email: string;
  title?: string;
  orgUnitId?: string | null;
}

export function PersonFormModal({ open, onClose, person, onReload }: PersonFormModalProps) {
  const { t } = useTranslation(['people', 'common']);
  const [form] = Form.useForm<PersonValues>();
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ fetching: creating }, createPerson] = useMutation(CreatePersonMutation);
  const [{ fetching: updating }, updatePerson] = useMutation(UpdatePersonMutation);

  useOnOpen(open, () => {
    form.resetFields();
    if (person) {
      form.setFieldsValue({
        name: person.name,
        email: person.email,
        title: person.title ?? undefined,
        orgUnitId: person.orgUnit?.id,
      });
    }
  });

  const onFinish = async (values: PersonValues) => {
    const fields = {
      name: values.name.trim(),
      email: values.email.trim(),
      title: values.title?.trim() || null,
      orgUnitId: values.orgUnitId ?? null,
    };
    if (person) {
      const outcome = await updatePerson({ input: { id: person.id, version: person.version, ...fields } });
      const saved = handle(
        { payload: outcome.data?.updatePerson, error: outcome.error },
        { form, onReload, successMessage: t('form.saved') },
      );
      if (saved) onClose();
      return;
    }
    const outcome = await createPerson({ input: fields });
    const created = handle(
      { payload: outcome.data?.createPerson, error: outcome.error },
      { form, successMessage: t('form.created', { name: fields.name }) },
    );
    if (created) {
      onClose();
      navigate(`/people/${created.id}`);
    }
  };

  return (
    <Modal
      open={open}
      title={person ? t('form.editTitle', { name: person.name }) : t('form.createTitle')}
      okText={person ? t('common:actions.saveChanges') : t('common:actions.create')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish}>
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, message: t('form.required') }]}>
          <Input placeholder={t('form.namePlaceholder')} autoFocus />
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
        <Form.Item name="title" label={t('form.title')}>
          <Input placeholder={t('form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('form.orgUnit')} extra={t('form.orgUnitHelp')}>
          <OrgUnitSelect placeholder={t('common:picker.orgUnit')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
