import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useOnOpen } from '../../components/use-on-open';
import type { QualityDimension, QualityRuleKind, QualitySeverity } from '../../gql/graphql';
import { CreateQualityRuleMutation } from './quality.graphql';

const kinds: QualityRuleKind[] = [
  'not_null',
  'unique',
  'accepted_values',
  'range',
  'regex',
  'freshness',
  'row_count',
  'custom_sql',
];
const tableKinds: QualityRuleKind[] = ['row_count', 'custom_sql'];
const dimensions: QualityDimension[] = [
  'completeness',
  'validity',
  'uniqueness',
  'consistency',
  'timeliness',
  'accuracy',
  'integrity',
];
const severities: QualitySeverity[] = ['low', 'medium', 'high', 'critical'];

interface FormValues {
  name: string;
  kind: QualityRuleKind;
  fieldId?: string;
  values?: string[];
  min?: number | null;
  max?: number | null;
  pattern?: string;
  maxAgeMinutes?: number;
  sql?: string;
  dimension?: QualityDimension;
  thresholdPercent: number;
  severity: QualitySeverity;
  everyMinutes?: number | null;
  description?: string;
}

interface QualityRuleFormProps {
  asset: { id: string; qualifiedName: string; columns: { id: string; name: string }[] } | null;
  onClose: () => void;
  onCreated: () => void;
}

/** Defines a rule: what it checks (the fields follow the kind), how strict, how often. */
export function QualityRuleForm({ asset, onClose, onCreated }: QualityRuleFormProps) {
  const { t } = useTranslation(['quality', 'common']);
  const [form] = Form.useForm<FormValues>();
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching }, create] = useMutation(CreateQualityRuleMutation);
  const kind = Form.useWatch('kind', form) ?? 'not_null';
  const onColumn = !tableKinds.includes(kind);
  useOnOpen(Boolean(asset), () => {
    form.resetFields();
    form.setFieldsValue({ kind: 'not_null', thresholdPercent: 100, severity: 'medium' });
  });

  const onFinish = async (values: FormValues) => {
    if (!asset) return;
    const outcome = await create({
      input: {
        name: values.name,
        description: values.description || null,
        assetId: asset.id,
        fieldId: onColumn ? (values.fieldId ?? null) : null,
        params: {
          kind: values.kind,
          values: values.values,
          min: values.min ?? null,
          max: values.max ?? null,
          pattern: values.pattern,
          maxAgeMinutes: values.maxAgeMinutes,
          sql: values.sql,
        },
        dimension: values.dimension ?? null,
        threshold: values.thresholdPercent / 100,
        severity: values.severity,
        everyMinutes: values.everyMinutes ?? null,
      },
    });
    const created = handle(
      { payload: outcome.data?.createQualityRule, error: outcome.error },
      {
        form,
        successMessage: undefined,
        fieldNames: {
          'params.values': 'values',
          'params.min': 'min',
          'params.max': 'max',
          'params.pattern': 'pattern',
          'params.maxAgeMinutes': 'maxAgeMinutes',
          'params.sql': 'sql',
          threshold: 'thresholdPercent',
        },
      },
    );
    if (!created) return;
    void message.success(t('form.created', { name: created.name }));
    onCreated();
  };

  return (
    <Modal
      open={Boolean(asset)}
      title={asset ? t('form.title', { asset: asset.qualifiedName }) : ''}
      okText={t('form.submit')}
      cancelText={t('common:actions.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} name="quality-rule" requiredMark="optional">
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t('form.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="kind" label={t('form.kind')} rules={[{ required: true }]}>
            <Select options={kinds.map((value) => ({ value, label: t(`kind.${value}`) }))} />
          </Form.Item>
          {onColumn ? (
            <Form.Item name="fieldId" label={t('form.column')} rules={[{ required: true }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={asset?.columns.map((column) => ({ value: column.id, label: column.name })) ?? []}
              />
            </Form.Item>
          ) : (
            <Form.Item label={t('form.column')}>
              <Input disabled value={t('form.columnWholeTable')} />
            </Form.Item>
          )}
        </div>
        {kind === 'accepted_values' ? (
          <Form.Item name="values" label={t('form.values')} extra={t('form.valuesHint')} rules={[{ required: true }]}>
            <Select mode="tags" open={false} tokenSeparators={[',']} />
          </Form.Item>
        ) : null}
        {kind === 'range' || kind === 'row_count' ? (
          <div className="form-row">
            <Form.Item name="min" label={t('form.min')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="max" label={t('form.max')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </div>
        ) : null}
        {kind === 'regex' ? (
          <Form.Item name="pattern" label={t('form.pattern')} rules={[{ required: true }]}>
            <Input placeholder={t('form.patternPlaceholder')} className="monospace-input" />
          </Form.Item>
        ) : null}
        {kind === 'freshness' ? (
          <Form.Item name="maxAgeMinutes" label={t('form.maxAge')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {kind === 'custom_sql' ? (
          <Form.Item name="sql" label={t('form.sql')} extra={t('form.sqlHint')} rules={[{ required: true }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} className="monospace-input" />
          </Form.Item>
        ) : null}
        <div className="form-row">
          <Form.Item name="dimension" label={t('form.dimension')}>
            <Select allowClear options={dimensions.map((value) => ({ value, label: t(`dimension.${value}`) }))} />
          </Form.Item>
          <Form.Item name="severity" label={t('form.severity')} rules={[{ required: true }]}>
            <Select options={severities.map((value) => ({ value, label: t(`severity.${value}`) }))} />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="thresholdPercent" label={t('form.threshold')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="everyMinutes" label={t('form.schedule')}>
            <InputNumber min={5} placeholder={t('form.schedulePlaceholder')} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('form.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
