import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { HierarchySelect, TOP_LEVEL } from '../../components/hierarchy-select';
import { CreateDomainMutation, UpdateDomainMutation } from './domains.graphql';

interface DomainRef {
  id: string;
  name: string;
  parentId: string | null;
}

interface EditableDomain extends DomainRef {
  description: string | null;
  version: number;
}

export type DomainModalState =
  | { mode: 'create'; parent?: DomainRef }
  | { mode: 'edit'; domain: EditableDomain }
  | { mode: 'move'; domain: EditableDomain };

interface DomainValues {
  name?: string;
  description?: string;
  parentId?: string;
}

interface DomainFormModalProps {
  state: DomainModalState | null;
  /** Every domain, for the parent picker. */
  domains: readonly DomainRef[];
  onClose: () => void;
  onReload: () => void;
}

/** Create (top level or under a parent), edit, or move a domain. */
export function DomainFormModal({ state, domains, onClose, onReload }: DomainFormModalProps) {
  const { t } = useTranslation(['domains', 'common']);
  const [form] = Form.useForm<DomainValues>();
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ fetching: creating }, createDomain] = useMutation(CreateDomainMutation);
  const [{ fetching: updating }, updateDomain] = useMutation(UpdateDomainMutation);

  useEffect(() => {
    if (!state) return;
    form.resetFields();
    if (state.mode === 'create') form.setFieldsValue({ parentId: state.parent?.id ?? TOP_LEVEL });
    if (state.mode === 'edit') {
      form.setFieldsValue({ name: state.domain.name, description: state.domain.description ?? undefined });
    }
    if (state.mode === 'move') form.setFieldsValue({ parentId: state.domain.parentId ?? TOP_LEVEL });
  }, [state, form]);

  const parentOf = (value?: string) => (!value || value === TOP_LEVEL ? null : value);

  const onFinish = async (values: DomainValues) => {
    if (!state) return;
    if (state.mode === 'create') {
      const name = values.name?.trim() ?? '';
      const outcome = await createDomain({
        input: { name, description: values.description?.trim() || null, parentId: parentOf(values.parentId) },
      });
      const created = handle(
        { payload: outcome.data?.createDomain, error: outcome.error },
        { form, successMessage: t('form.created', { name }) },
      );
      if (created) {
        onClose();
        navigate(`/domains/${created.id}`);
      }
      return;
    }
    const { domain } = state;
    const input =
      state.mode === 'edit'
        ? { name: values.name?.trim(), description: values.description?.trim() || null }
        : { parentId: parentOf(values.parentId) };
    const outcome = await updateDomain({ input: { id: domain.id, version: domain.version, ...input } });
    const saved = handle(
      { payload: outcome.data?.updateDomain, error: outcome.error },
      {
        form,
        onReload,
        successMessage: state.mode === 'move' ? t('move.moved', { name: domain.name }) : t('form.saved'),
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
        ? t('form.editTitle', { name: state.domain.name })
        : t('move.title', { name: state.domain.name });
  const okText =
    state?.mode === 'create'
      ? t('common:actions.create')
      : state?.mode === 'move'
        ? t('move.submit')
        : t('common:actions.saveChanges');

  return (
    <Modal
      open={Boolean(state)}
      title={title}
      okText={okText}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish} name="domain-form">
        {state?.mode === 'move' ? (
          <>
            <Typography.Paragraph type="secondary">{t('move.hint')}</Typography.Paragraph>
            <Form.Item name="parentId" label={t('move.parent')} required>
              <HierarchySelect nodes={domains} allowTopLevel excludeSubtreeOf={state.domain.id} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="name" label={t('form.name')} rules={[{ required: true, message: t('form.required') }]}>
              <Input placeholder={t('form.namePlaceholder')} />
            </Form.Item>
            <Form.Item name="description" label={t('form.description')}>
              <Input.TextArea rows={3} placeholder={t('form.descriptionPlaceholder')} />
            </Form.Item>
            {state?.mode === 'create' ? (
              <Form.Item name="parentId" label={t('form.parent')} extra={t('form.parentHelp')} required>
                <HierarchySelect nodes={domains} allowTopLevel />
              </Form.Item>
            ) : null}
          </>
        )}
      </Form>
    </Modal>
  );
}
