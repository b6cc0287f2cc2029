import { Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import type { PolicyControlFieldsFragment } from '../../gql/graphql';
import { type ControlFormValues, changedParams, controlValuesOf, newControlValues, toParams } from './control-params';
import { ControlParamsFields } from './control-params-fields';
import { CreateControlMutation, UpdateControlMutation } from './controls.graphql';
import { controlFrequencies } from './policy-shared';

export interface ControlPolicy {
  id: string;
  title: string;
  owner: { id: string; name: string };
  /** Whether the policy in force covers any data (domains or tables): a classification requirement reads it. */
  coversData: boolean;
}

/**
 * Adds a control to a policy, or changes one: what checks it (quality rules, a classification
 * requirement, a retention schedule, or its owner's attestation), who owns it and how often it is
 * checked. An existing control keeps its kind; its evaluations and attestations stay.
 */
export function ControlEditorModal({
  policy,
  open,
  control = null,
  onClose,
  onSaved,
}: {
  policy: ControlPolicy;
  open: boolean;
  /** The control to change; none to add a new one. */
  control?: PolicyControlFieldsFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['policies', 'common']);
  const [form] = Form.useForm<ControlFormValues>();
  const handle = useResultHandler();
  const [{ fetching: creating }, create] = useMutation(CreateControlMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateControlMutation);
  const kind = Form.useWatch(['params', 'kind'], form) ?? control?.kind ?? 'classification_requirement';
  const frequency = Form.useWatch('frequency', form) ?? 'monthly';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(control ? controlValuesOf(control) : newControlValues(policy.owner.id));
  }, [open, form, control, policy.owner.id]);

  const add = async (values: ControlFormValues) => {
    const outcome = await create({
      input: {
        policyId: policy.id,
        name: values.name?.trim() ?? '',
        description: values.description?.trim() || null,
        ownerPersonId: values.ownerPersonId ?? '',
        frequency: values.frequency ?? null,
        params: toParams(values.params ?? {}),
      },
    });
    return handle(
      { payload: outcome.data?.createControl, error: outcome.error },
      { form, successMessage: t('editor.added', { name: values.name?.trim() }) },
    );
  };

  const change = async (existing: PolicyControlFieldsFragment, values: ControlFormValues) => {
    const outcome = await update({
      id: existing.id,
      version: existing.version,
      name: values.name?.trim() ?? '',
      // An empty description clears it.
      description: values.description?.trim() ?? '',
      ownerPersonId: values.ownerPersonId ?? null,
      frequency: values.frequency ?? null,
      params: changedParams({ ...values.params, kind: existing.kind }),
    });
    return handle(
      { payload: outcome.data?.updateControl, error: outcome.error },
      { form, onReload: onSaved, successMessage: t('editor.saved', { name: values.name?.trim() }) },
    );
  };

  const onFinish = async (values: ControlFormValues) => {
    if (await (control ? change(control, values) : add(values))) onSaved();
  };

  return (
    <Modal
      open={open}
      title={control ? t('editor.editTitle', { name: control.name }) : t('editor.title', { title: policy.title })}
      okText={control ? t('editor.save') : t('editor.submit')}
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      destroyOnHidden
      width={760}
      okButtonProps={{ 'data-testid': 'control-editor-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="control-editor">
        <Form.Item
          name="name"
          label={t('editor.name')}
          rules={[{ required: true, whitespace: true, message: t('editor.nameRequired') }]}
        >
          <Input maxLength={200} placeholder={t('editor.namePlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item name="description" label={t('editor.description')} extra={t('editor.descriptionHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="ownerPersonId"
              label={t('editor.owner')}
              extra={t('editor.ownerHelp')}
              rules={[{ required: true, message: t('editor.ownerRequired') }]}
            >
              <PersonPicker known={control?.owner ?? policy.owner} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="frequency"
              label={t('editor.frequency')}
              extra={t('editor.frequencyHelp')}
              rules={[{ required: true }]}
            >
              <Select options={controlFrequencies.map((value) => ({ value, label: t(`frequency.${value}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <ControlParamsFields
          kind={kind}
          frequency={frequency}
          fixedKind={control !== null}
          coversData={policy.coversData}
        />
      </Form>
    </Modal>
  );
}
