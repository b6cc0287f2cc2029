import { Col, Flex, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import type { MetricArea, MetricDirection, MetricFrequency } from '../../gql/graphql';
import { fromInputNumber, knownUnits } from './metric-format';
import { type MetricLink, MetricLinksInput } from './metric-links-input';
import { DefineMetricMutation, MetricProgramsQuery } from './metrics.graphql';

export const metricAreas: readonly MetricArea[] = [
  'value',
  'risk',
  'quality',
  'stewardship',
  'metadata',
  'process',
  'mdm',
];
export const metricFrequencies: readonly MetricFrequency[] = ['daily', 'weekly', 'monthly', 'quarterly'];
const OTHER = 'other';

interface Values {
  name?: string;
  description?: string;
  area?: MetricArea;
  unitKind?: string;
  customUnit?: string;
  direction?: MetricDirection;
  frequency?: MetricFrequency;
  baseline?: number | null;
  target?: number | null;
  ownerPersonId?: string;
  programId?: string;
  stepNumber?: number;
  actionLinks?: MetricLink[];
}

/** Defines a manual metric (a business-value figure, a survey score) with its owner, baseline and target. */
export function DefineMetricModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['metrics', 'common']);
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ data: programs }] = useQuery({ query: MetricProgramsQuery, pause: !open });
  const [{ fetching }, define] = useMutation(DefineMetricMutation);
  const unitKind = Form.useWatch('unitKind', form);
  const programId = Form.useWatch('programId', form);
  const program = programs?.programs.find((item) => item.id === programId);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ unitKind: 'share', direction: 'higher_is_better', frequency: 'monthly', area: 'value' });
  }, [open, form]);

  useEffect(() => {
    // The active program is the one a new metric usually serves.
    if (!open || !programs || form.getFieldValue('programId')) return;
    const active = programs.programs.find((item) => item.status === 'active');
    if (active) form.setFieldsValue({ programId: active.id, stepNumber: 9 });
  }, [open, programs, form]);

  const unitOf = (values: Values) =>
    values.unitKind === OTHER ? (values.customUnit?.trim() ?? '') : (values.unitKind ?? 'share');

  const onFinish = async (values: Values) => {
    const unit = unitOf(values);
    const outcome = await define({
      input: {
        name: values.name?.trim() ?? '',
        description: values.description?.trim() || null,
        area: values.area!,
        unit,
        direction: values.direction!,
        frequency: values.frequency,
        baseline: fromInputNumber(values.baseline, unit),
        target: fromInputNumber(values.target, unit),
        ownerPersonId: values.ownerPersonId ?? null,
        programId: values.programId ?? null,
        stepNumber: values.programId ? (values.stepNumber ?? null) : null,
        actionLinks: (values.actionLinks ?? []).map((link) => ({ type: link.type, id: link.id })),
      },
    });
    const created = handle(
      { payload: outcome.data?.defineMetric, error: outcome.error },
      {
        form,
        fieldNames: { unit: unitKind === OTHER ? 'customUnit' : 'unitKind', ownerPersonId: 'ownerPersonId' },
        successMessage: t('define.defined', { name: values.name?.trim() }),
      },
    );
    if (created) {
      onClose();
      navigate(`/metrics/${created.id}`);
    }
  };

  const numberSuffix = unitKind === 'share' ? '%' : undefined;
  return (
    <Modal
      open={open}
      title={t('define.title')}
      okText={t('define.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={720}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional">
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('define.nameRequired') }]}>
          <Input maxLength={200} placeholder={t('define.namePlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item name="description" label={t('fields.description')} extra={t('define.descriptionHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="area" label={t('fields.area')} rules={[{ required: true }]}>
              <Select options={metricAreas.map((area) => ({ value: area, label: t(`areas.${area}.name`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="frequency" label={t('fields.frequency')}>
              <Select options={metricFrequencies.map((value) => ({ value, label: t(`frequency.${value}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('fields.unit')} required>
          <Flex gap={12} wrap align="flex-start">
            <Form.Item name="unitKind" noStyle>
              <Radio.Group
                optionType="button"
                options={[
                  ...knownUnits.map((unit) => ({ value: unit, label: t(`units.${unit}`) })),
                  { value: OTHER, label: t('units.other') },
                ]}
              />
            </Form.Item>
            {unitKind === OTHER ? (
              <Form.Item
                name="customUnit"
                noStyle
                rules={[{ required: true, whitespace: true, message: t('define.unitRequired') }]}
              >
                <Input maxLength={40} placeholder={t('define.unitPlaceholder')} style={{ width: 200 }} />
              </Form.Item>
            ) : null}
          </Flex>
        </Form.Item>
        <Form.Item name="direction" label={t('fields.direction')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'higher_is_better', label: t('direction.higher_is_better') },
              { value: 'lower_is_better', label: t('direction.lower_is_better') },
            ]}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="baseline" label={t('fields.baseline')} extra={t('define.baselineHelp')}>
              <InputNumber style={{ width: '100%' }} suffix={numberSuffix} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="target" label={t('fields.target')} extra={t('define.targetHelp')}>
              <InputNumber style={{ width: '100%' }} suffix={numberSuffix} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="ownerPersonId" label={t('fields.owner')} extra={t('define.ownerHelp')}>
          <PersonPicker />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="programId" label={t('fields.program')}>
              <Select
                allowClear
                placeholder={t('define.noProgram')}
                options={(programs?.programs ?? []).map((item) => ({ value: item.id, label: item.name }))}
                onChange={() => form.setFieldsValue({ stepNumber: undefined })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="stepNumber" label={t('fields.step')} extra={t('define.stepHelp')}>
              <Select
                allowClear
                disabled={!program}
                options={(program?.steps ?? []).map((step) => ({
                  value: step.number,
                  label: t('define.stepOption', { number: step.number, name: step.step.name }),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="actionLinks" label={t('fields.actionLinks')} extra={t('define.linksHelp')}>
          <MetricLinksInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
