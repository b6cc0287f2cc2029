import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { GrantPolicyExceptionMutation } from './controls.graphql';

interface Values {
  reason?: string;
  expiresOn?: string;
}

/** The day after today (YYYY-MM-DD, the reader's time zone): the first day an exception may end. */
function tomorrow(): string {
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * The policy's approver grants a control an exception until a date: while it is in force the
 * control counts as passing. The server refuses anyone but the approver; its reason shows here.
 */
export function GrantExceptionModal({
  control,
  onClose,
  onGranted,
}: {
  control: { id: string; name: string } | null;
  onClose: () => void;
  onGranted: () => void;
}) {
  const { t } = useTranslation(['policies', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, grant] = useMutation(GrantPolicyExceptionMutation);

  useEffect(() => {
    if (!control) return;
    form.resetFields();
    setProblem(null);
  }, [control, form]);

  const onFinish = async (values: Values) => {
    if (!control) return;
    setProblem(null);
    const outcome = await grant({
      controlId: control.id,
      reason: values.reason?.trim() ?? '',
      expiresOn: values.expiresOn ?? '',
    });
    if (
      handle(
        { payload: outcome.data?.grantPolicyException, error: outcome.error },
        { form, onProblem: setProblem, successMessage: t('exception.granted', { name: control.name }) },
      ) !== undefined
    )
      onGranted();
  };

  return (
    <Modal
      open={control !== null}
      title={t('exception.title')}
      okText={t('exception.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'exception-submit' }}
    >
      {control ? (
        <Typography.Paragraph strong className="policy-modal-subject">
          {t('exception.control', { name: control.name })}
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph type="secondary">{t('exception.help')}</Typography.Paragraph>
      {problem ? (
        <Alert type="error" showIcon title={problem} className="policy-modal-alert" data-testid="exception-problem" />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="exception-form">
        <Form.Item
          name="reason"
          label={t('exception.reason')}
          extra={t('exception.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('exception.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} autoFocus />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label={t('exception.expiresOn')}
          extra={t('exception.expiresOnHelp')}
          rules={[{ required: true, message: t('exception.expiresOnRequired') }]}
        >
          <Input type="date" min={tomorrow()} style={{ maxWidth: 220 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
