import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { HierarchySelect, TOP_LEVEL } from '../../components/hierarchy-select';
import type { OrgUnitKind, OrgUnitsQuery } from '../../gql/graphql';
import { CreateOrgUnitMutation, UpdateOrgUnitMutation } from './org-units.graphql';

type OrgUnit = OrgUnitsQuery['orgUnits']['nodes'][number];

export type OrgUnitModalState =
  | { mode: 'create'; parent?: OrgUnit }
  | { mode: 'edit'; unit: OrgUnit }
  | { mode: 'move'; unit: OrgUnit };

interface OrgUnitValues {
  name?: string;
  kind?: OrgUnitKind;
  description?: string;
  parentId?: string;
}

const kinds: OrgUnitKind[] = ['group', 'division', 'department', 'team'];
const childKind: Record<OrgUnitKind, OrgUnitKind> = {
  group: 'division',
  division: 'department',
  department: 'team',
  team: 'team',
};

interface OrgUnitFormModalProps {
  state: OrgUnitModalState | null;
  units: readonly OrgUnit[];
  onClose: () => void;
  onReload: () => void;
}

/** Create (top level or under a unit), edit, or move an org unit. */
export function OrgUnitFormModal({ state, units, onClose, onReload }: OrgUnitFormModalProps) {
  const { t } = useTranslation(['orgUnits', 'common', 'enums']);
  const [form] = Form.useForm<OrgUnitValues>();
  const handle = useResultHandler();
  const [{ fetching: creating }, createOrgUnit] = useMutation(CreateOrgUnitMutation);
  const [{ fetching: updating }, updateOrgUnit] = useMutation(UpdateOrgUnitMutation);

  useEffect(() => {
    if (!state) return;
    form.resetFields();
    if (state.mode === 'create') form.setFieldsValue({ kind: state.parent ? childKind[state.parent.kind] : 'group' });
    if (state.mode === 'edit') {
      const { name, kind, description } = state.unit;
      form.setFieldsValue({ name, kind, description: description ?? undefined });
    }
    if (state.mode === 'move') form.setFieldsValue({ parentId: state.unit.parentId ?? TOP_LEVEL });
  }, [state, form]);

  const onFinish = async (values: OrgUnitValues) => {
    if (!state) return;
    if (state.mode === 'create') {
      const name = values.name?.trim() ?? '';
      const outcome = await createOrgUnit({
        input: {
          name,
          kind: values.kind,
          description: values.description?.trim() || null,
          parentId: state.parent?.id ?? null,
        },
      });
      const created = handle(
        { payload: outcome.data?.createOrgUnit, error: outcome.error },
        { form, successMessage: t('form.created', { name }) },
      );
      if (created) onClose();
      return;
    }
    const { unit } = state;
    const input =
      state.mode === 'edit'
        ? { name: values.name?.trim(), kind: values.kind, description: values.description?.trim() || null }
        : { parentId: values.parentId === TOP_LEVEL ? null : values.parentId };
    const outcome = await updateOrgUnit({ input: { id: unit.id, version: unit.version, ...input } });
    const saved = handle(
      { payload: outcome.data?.updateOrgUnit, error: outcome.error },
      {
        form,
        onReload,
        successMessage: state.mode === 'move' ? t('move.moved', { name: unit.name }) : t('form.saved'),
      },
    );
    if (saved) onClose();
  };

  const title = !state
    ? ''
    : state.mode === 'create'
      ? state.parent
        ? t('form.createChildTitle', { parent: state.parent.name })
        : t('form.createTitle')
      : state.mode === 'edit'
        ? t('form.editTitle', { name: state.unit.name })
        : t('move.title', { name: state.unit.name });

  return (
    <Modal
      open={Boolean(state)}
      title={title}
      okText={
        state?.mode === 'create'
          ? t('common:actions.create')
          : state?.mode === 'move'
            ? t('move.submit')
            : t('common:actions.saveChanges')
      }
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish}>
        {state?.mode === 'move' ? (
          <>
            <Typography.Paragraph type="secondary">{t('move.hint')}</Typography.Paragraph>
            <Form.Item
              name="parentId"
              label={t('move.parent')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <HierarchySelect nodes={units} allowTopLevel excludeSubtreeOf={state.unit.id} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="name" label={t('form.name')} rules={[{ required: true, message: t('form.required') }]}>
              <Input placeholder={t('form.namePlaceholder')} />
            </Form.Item>
            <Form.Item name="kind" label={t('form.kind')} rules={[{ required: true, message: t('form.required') }]}>
              <Select options={kinds.map((kind) => ({ value: kind, label: t(`enums:orgUnitKind.${kind}`) }))} />
            </Form.Item>
            <Form.Item name="description" label={t('form.description')}>
              <Input.TextArea rows={3} placeholder={t('form.descriptionPlaceholder')} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
