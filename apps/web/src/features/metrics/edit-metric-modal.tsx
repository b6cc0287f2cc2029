import { Col, Form, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonPicker } from '../../components/person-picker';
import type { MetricFrequency } from '../../gql/graphql';
import { metricFrequencies } from './define-metric-modal';
import { fromInputNumber, isShare, toInputNumber } from './metric-format';
import { type MetricLink, MetricLinksInput } from './metric-links-input';
import { UpdateMetricMutation } from './metrics.graphql';

export interface EditableMetric {
  id: string;
  version: number;
  name: string;
  unit: string;
  frequency: MetricFrequency;
  target: number | null;
  baseline: number | null;
  active: boolean;
  owner: { id: string; name: string } | null;
  actionLinks: MetricLink[];
}

interface Values {
  target?: number | null;
  baseline?: number | null;
  ownerPersonId?: string;
  frequency?: MetricFrequency;
  actionLinks?: MetricLink[];
  active?: boolean;
}

/**
 * Changes what the program expects of a metric: target, baseline, owner, frequency, the work
 * linked to it, and whether it is still followed. A built-in keeps its computation.
 */
export function EditMetricModal({
  metric,
  open,
  onClose,
  onSaved,
}: {
  metric: EditableMetric;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['metrics', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdateMetricMutation);
  const suffix = isShare(metric.unit) ? '%' : undefined;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      target: toInputNumber(metric.target, metric.unit),
      baseline: toInputNumber(metric.baseline, metric.unit),
      ownerPersonId: metric.owner?.id,
      frequency: metric.frequency,
      actionLinks: metric.actionLinks,
      active: metric.active,
    });
  }, [open, metric, form]);

  const onFinish = async (values: Values) => {
    const outcome = await update({
      input: {
        id: metric.id,
        version: metric.version,
        target: fromInputNumber(values.target, metric.unit),
        baseline: fromInputNumber(values.baseline, metric.unit),
        ownerPersonId: values.ownerPersonId ?? null,
        frequency: values.frequency,
        actionLinks: (values.actionLinks ?? []).map((link) => ({ type: link.type, id: link.id })),
        active: values.active,
      },
    });
    const saved = handle(
      { payload: outcome.data?.updateMetric, error: outcome.error },
      { form, onReload: onSaved, successMessage: t('edit.saved') },
    );
    if (saved) {
      onClose();
      onSaved();
    }
  };

  // The API keeps a field it is sent empty (null means "unchanged"), so a set value can be replaced, not cleared.
  const keep = (had: number | null) => (had === null ? [] : [{ required: true, message: t('edit.cannotClear') }]);

  return (
    <Modal
      open={open}
      title={t('edit.title', { name: metric.name })}
      okText={t('common:actions.saveChanges')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="target" label={t('fields.target')} rules={keep(metric.target)}>
              <InputNumber style={{ width: '100%' }} suffix={suffix} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="baseline" label={t('fields.baseline')} rules={keep(metric.baseline)}>
              <InputNumber style={{ width: '100%' }} suffix={suffix} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="ownerPersonId" label={t('fields.owner')} extra={t('define.ownerHelp')}>
              <PersonPicker known={metric.owner} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="frequency" label={t('fields.frequency')}>
              <Select options={metricFrequencies.map((value) => ({ value, label: t(`frequency.${value}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="actionLinks" label={t('fields.actionLinks')} extra={t('define.linksHelp')}>
          <MetricLinksInput />
        </Form.Item>
        <Form.Item name="active" label={t('fields.active')} valuePropName="checked" extra={t('edit.activeHelp')}>
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
