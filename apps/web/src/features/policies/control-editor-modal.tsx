import { Alert, Checkbox, Col, Flex, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import { RecordLinksInput, type ShownRecordLink } from '../../components/record-links-input';
import type { ControlFrequency, ControlKind, ControlParamsInput } from '../../gql/graphql';
import { CreateControlMutation } from './policies.graphql';
import { controlFrequencies, controlKinds, isAttested } from './policy-shared';

interface Values {
  name?: string;
  description?: string;
  ownerPersonId?: string;
  frequency?: ControlFrequency;
  params?: {
    kind?: ControlKind;
    ruleIds?: ShownRecordLink[];
    requireSteward?: boolean;
    requireMaskingNote?: boolean;
    keepDays?: number | null;
    action?: 'archive' | 'delete';
    timestampColumn?: string;
    assetIds?: ShownRecordLink[];
  };
}

function toParams(params: NonNullable<Values['params']>): ControlParamsInput {
  const kind = params.kind ?? 'classification_requirement';
  switch (kind) {
    case 'quality_rule':
      return { kind, ruleIds: (params.ruleIds ?? []).map((link) => link.id) };
    case 'classification_requirement':
      return {
        kind,
        requireSteward: params.requireSteward ?? false,
        requireMaskingNote: params.requireMaskingNote ?? false,
      };
    case 'retention':
      return {
        kind,
        keepDays: params.keepDays ?? null,
        action: params.action ?? null,
        timestampColumn: params.timestampColumn?.trim() ?? '',
        assetIds: (params.assetIds ?? []).map((link) => link.id),
      };
    default:
      return { kind };
  }
}

export interface ControlPolicy {
  id: string;
  title: string;
  owner: { id: string; name: string };
  /** Whether the policy in force covers any data (domains or tables): a classification requirement reads it. */
  coversData: boolean;
}

/**
 * Adds a control to a policy: what checks it (quality rules, a classification requirement, a
 * retention schedule, or its owner's attestation), who owns it and how often it is checked.
 */
export function ControlEditorModal({
  policy,
  open,
  onClose,
  onAdded,
}: {
  policy: ControlPolicy;
  open: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation(['policies', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching }, create] = useMutation(CreateControlMutation);
  const kind = Form.useWatch(['params', 'kind'], form) ?? 'classification_requirement';
  const frequency = Form.useWatch('frequency', form) ?? 'monthly';
  const requireSteward = Form.useWatch(['params', 'requireSteward'], form);
  const requireMaskingNote = Form.useWatch(['params', 'requireMaskingNote'], form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      ownerPersonId: policy.owner.id,
      frequency: 'monthly',
      params: {
        kind: 'classification_requirement',
        requireSteward: true,
        requireMaskingNote: false,
        action: 'archive',
      },
    });
  }, [open, form, policy.owner.id]);

  const onFinish = async (values: Values) => {
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
    if (
      handle(
        { payload: outcome.data?.createControl, error: outcome.error },
        { form, successMessage: t('editor.added', { name: values.name?.trim() }) },
      )
    )
      onAdded();
  };

  return (
    <Modal
      open={open}
      title={t('editor.title', { title: policy.title })}
      okText={t('editor.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
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
              <PersonPicker known={policy.owner} />
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
        <Form.Item name={['params', 'kind']} label={t('editor.kind')} rules={[{ required: true }]}>
          <Radio.Group className="control-kind-options" data-testid="control-kind">
            {controlKinds.map((value) => (
              <Radio key={value} value={value} className="control-kind-option" data-testid={`control-kind-${value}`}>
                <Flex vertical gap={0}>
                  <strong>{t(`controlKind.${value}`)}</strong>
                  <Typography.Text type="secondary" className="policy-small">
                    {t(`controlKindHelp.${value}`)}
                  </Typography.Text>
                </Flex>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>

        {kind === 'quality_rule' ? (
          <Form.Item
            name={['params', 'ruleIds']}
            label={t('editor.rules')}
            extra={t('editor.rulesHelp')}
            rules={[{ required: true, type: 'array', min: 1, message: t('editor.rulesRequired') }]}
          >
            <RecordLinksInput types={['quality_rule']} emptyText={t('editor.noRules')} tagTestId="control-rule" />
          </Form.Item>
        ) : null}

        {kind === 'classification_requirement' ? (
          <Form.Item label={t('editor.requirement')} extra={t('editor.requirementHelp')} required>
            <Flex vertical gap={6}>
              <Form.Item name={['params', 'requireSteward']} valuePropName="checked" noStyle>
                <Checkbox data-testid="control-require-steward">{t('editor.requireSteward')}</Checkbox>
              </Form.Item>
              <Form.Item name={['params', 'requireMaskingNote']} valuePropName="checked" noStyle>
                <Checkbox data-testid="control-require-masking-note">{t('editor.requireMaskingNote')}</Checkbox>
              </Form.Item>
              {!requireSteward && !requireMaskingNote ? (
                <Typography.Text type="warning">{t('editor.requireNothing')}</Typography.Text>
              ) : null}
              {!policy.coversData ? (
                <Alert type="warning" showIcon title={t('editor.scopeEmpty')} className="policy-modal-alert" />
              ) : null}
            </Flex>
          </Form.Item>
        ) : null}

        {kind === 'retention' ? (
          <>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['params', 'keepDays']}
                  label={t('editor.keepDays')}
                  rules={[{ required: true, message: t('editor.keepDaysRequired') }]}
                >
                  <InputNumber min={1} max={36500} precision={0} style={{ width: '100%' }} suffix={t('editor.days')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['params', 'action']} label={t('editor.thenAction')} rules={[{ required: true }]}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'archive', label: t('retentionAction.archive') },
                      { value: 'delete', label: t('retentionAction.delete') },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={['params', 'timestampColumn']}
              label={t('editor.timestampColumn')}
              extra={t('editor.timestampColumnHelp')}
              rules={[{ required: true, whitespace: true, message: t('editor.timestampColumnRequired') }]}
            >
              <Input
                maxLength={128}
                placeholder="created_at"
                style={{ maxWidth: 320 }}
                data-testid="control-timestamp-column"
              />
            </Form.Item>
            <Form.Item
              name={['params', 'assetIds']}
              label={t('editor.tables')}
              extra={t('editor.tablesHelp')}
              rules={[{ required: true, type: 'array', min: 1, message: t('editor.tablesRequired') }]}
            >
              <RecordLinksInput types={['asset']} emptyText={t('editor.noTables')} tagTestId="control-table" />
            </Form.Item>
          </>
        ) : null}

        {isAttested(kind) ? (
          <Alert
            type="info"
            showIcon
            title={t('editor.attestedNote', { frequency: t(`frequency.${frequency}`).toLowerCase() })}
          />
        ) : null}
      </Form>
    </Modal>
  );
}
