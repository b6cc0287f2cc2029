import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { ControlKind } from '../../gql/graphql';
import { AttestControlMutation } from './controls.graphql';

interface Values {
  outcome?: 'pass' | 'fail';
  statement?: string;
  evidenceUrl?: string;
}

export interface AttestableControl {
  id: string;
  name: string;
  kind: ControlKind;
}

/**
 * The control's owner attests it: the access review is done, or the manual check was made, with
 * what was checked and a link to the evidence. The server refuses anyone but the owner; its
 * reason shows in the dialog.
 */
export function AttestControlModal({
  control,
  onClose,
  onAttested,
}: {
  control: AttestableControl | null;
  onClose: () => void;
  onAttested: (control: AttestableControl, outcome: 'pass' | 'fail') => void;
}) {
  const { t } = useTranslation(['policies', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, attest] = useMutation(AttestControlMutation);

  useEffect(() => {
    if (!control) return;
    form.resetFields();
    form.setFieldsValue({ outcome: 'pass' });
    setProblem(null);
  }, [control, form]);

  const onFinish = async (values: Values) => {
    if (!control) return;
    setProblem(null);
    const outcome = values.outcome ?? 'pass';
    const result = await attest({
      controlId: control.id,
      outcome,
      statement: values.statement?.trim() ?? '',
      evidenceUrl: values.evidenceUrl?.trim() || null,
    });
    if (
      handle({ payload: result.data?.attestControl, error: result.error }, { form, onProblem: setProblem }) !==
      undefined
    )
      onAttested(control, outcome);
  };

  return (
    <Modal
      open={control !== null}
      title={control ? t('attest.title', { name: control.name }) : null}
      okText={t('attest.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'attest-submit' }}
    >
      {control ? (
        <Typography.Paragraph type="secondary">
          {t(`attest.help.${control.kind}`, { defaultValue: '' })}
        </Typography.Paragraph>
      ) : null}
      {problem ? (
        <Alert type="error" showIcon title={problem} className="policy-modal-alert" data-testid="attest-problem" />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="attest-form">
        <Form.Item name="outcome" label={t('attest.outcome')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'pass', label: t('attest.pass') },
              { value: 'fail', label: t('attest.fail') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="statement"
          label={t('attest.statement')}
          extra={t('attest.statementHelp')}
          rules={[{ required: true, whitespace: true, message: t('attest.statementRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} autoFocus />
        </Form.Item>
        <Form.Item
          name="evidenceUrl"
          label={t('attest.evidenceUrl')}
          extra={t('attest.evidenceUrlHelp')}
          rules={[{ type: 'url', message: t('attest.evidenceUrlInvalid') }]}
        >
          <Input maxLength={2000} placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
