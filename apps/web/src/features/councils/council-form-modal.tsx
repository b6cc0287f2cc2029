import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useOnOpen } from '../../components/use-on-open';
import type { CouncilKind } from '../../gql/graphql';
import { CreateCouncilMutation, UpdateCouncilMutation } from './councils.graphql';

const kinds: CouncilKind[] = ['executive_sponsors', 'governance_council', 'stewardship_council'];

interface EditableCouncil {
  id: string;
  name: string;
  kind: CouncilKind;
  purpose: string | null;
  cadence: string | null;
  version: number;
}

interface CouncilValues {
  name: string;
  kind: CouncilKind;
  purpose?: string;
  cadence?: string;
}

interface CouncilFormModalProps {
  open: boolean;
  council?: EditableCouncil;
  onClose: () => void;
  onReload: () => void;
}

export function CouncilFormModal({ open, council, onClose, onReload }: CouncilFormModalProps) {
  const { t } = useTranslation(['councils', 'common', 'enums']);
  const [form] = Form.useForm<CouncilValues>();
  const handle = useResultHandler();
  const [{ fetching: creating }, createCouncil] = useMutation(CreateCouncilMutation);
  const [{ fetching: updating }, updateCouncil] = useMutation(UpdateCouncilMutation);

  useOnOpen(open, () => {
    form.resetFields();
    form.setFieldsValue(
      council
        ? {
            name: council.name,
            kind: council.kind,
            purpose: council.purpose ?? undefined,
            cadence: council.cadence ?? undefined,
          }
        : { kind: 'governance_council' },
    );
  });

  const onFinish = async (values: CouncilValues) => {
    const fields = {
      name: values.name.trim(),
      kind: values.kind,
      purpose: values.purpose?.trim() || null,
      cadence: values.cadence?.trim() || null,
    };
    const outcome = council
      ? await updateCouncil({ input: { id: council.id, version: council.version, ...fields } })
      : await createCouncil({ input: fields });
    const payload =
      outcome.data && ('updateCouncil' in outcome.data ? outcome.data.updateCouncil : outcome.data.createCouncil);
    const done = handle(
      { payload, error: outcome.error },
      {
        form,
        onReload,
        successMessage: council ? t('form.saved') : t('form.created', { name: fields.name }),
      },
    );
    if (done) onClose();
  };

  return (
    <Modal
      open={open}
      title={council ? t('form.editTitle', { name: council.name }) : t('form.createTitle')}
      okText={council ? t('common:actions.saveChanges') : t('common:actions.create')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish}>
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, message: t('form.required') }]}>
          <Input placeholder={t('form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('form.kind')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={kinds.map((kind) => ({ value: kind, label: t(`enums:councilKind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="purpose" label={t('form.purpose')}>
          <Input.TextArea rows={3} placeholder={t('form.purposePlaceholder')} />
        </Form.Item>
        <Form.Item name="cadence" label={t('form.cadence')}>
          <Input placeholder={t('form.cadencePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
