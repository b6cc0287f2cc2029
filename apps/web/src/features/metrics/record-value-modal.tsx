import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { today } from '../program/program-shared';
import { fromInputNumber, isShare, useMetricFormat } from './metric-format';
import { RecordMetricValueMutation } from './metrics.graphql';

export interface RecordableMetric {
  id: string;
  name: string;
  unit: string;
  latest: { asOf: string; value: number } | null;
}

interface Values {
  value?: number | null;
  asOf?: string;
  note?: string;
}

/** The owner (or the program's team) enters a manual metric's value for a day; a second entry that day replaces it. */
export function RecordValueModal({
  metric,
  onClose,
  onRecorded,
}: {
  metric: RecordableMetric | null;
  onClose: () => void;
  onRecorded?: () => void;
}) {
  const { t } = useTranslation(['metrics', 'common']);
  const format = useMetricFormat();
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching }, record] = useMutation(RecordMetricValueMutation);

  useEffect(() => {
    if (!metric) return;
    form.resetFields();
    form.setFieldsValue({ asOf: today() });
  }, [metric, form]);

  const onFinish = async (values: Values) => {
    if (!metric) return;
    const outcome = await record({
      input: {
        metricId: metric.id,
        value: fromInputNumber(values.value, metric.unit) ?? 0,
        asOf: values.asOf ?? today(),
        note: values.note?.trim() || null,
      },
    });
    const saved = handle(
      { payload: outcome.data?.recordMetricValue, error: outcome.error },
      { form, fieldNames: { metricId: 'value' }, successMessage: t('record.recorded', { name: metric.name }) },
    );
    if (saved) {
      onClose();
      onRecorded?.();
    }
  };

  const share = metric ? isShare(metric.unit) : false;
  return (
    <Modal
      open={metric !== null}
      title={metric ? t('record.title', { name: metric.name }) : ''}
      okText={t('record.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      {metric?.latest ? (
        <Typography.Paragraph type="secondary">
          {t('record.latest', {
            value: format.value(metric.latest.value, metric.unit),
            day: format.day(metric.latest.asOf),
          })}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional">
        <Form.Item
          name="value"
          label={share ? t('record.valuePercent') : t('record.value')}
          rules={[{ required: true, message: t('record.valueRequired') }]}
        >
          <InputNumber
            style={{ width: 220 }}
            suffix={share ? '%' : metric && metric.unit !== 'count' ? format.unitName(metric.unit) : undefined}
            autoFocus
          />
        </Form.Item>
        <Form.Item
          name="asOf"
          label={t('record.asOf')}
          extra={t('record.asOfHelp')}
          rules={[{ required: true, message: t('record.asOfRequired') }]}
        >
          <Input type="date" max={today()} style={{ maxWidth: 220 }} />
        </Form.Item>
        <Form.Item name="note" label={t('record.note')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={1000}
            placeholder={t('record.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
