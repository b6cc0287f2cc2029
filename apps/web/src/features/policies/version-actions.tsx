import { CheckOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { PolicyVersionAction } from '../../gql/graphql';
import { TransitionPolicyVersionMutation } from './policies.graphql';

interface MovableVersion {
  id: string;
  version: number;
  number: number;
  actions: readonly PolicyVersionAction[];
}

type Decision = Exclude<PolicyVersionAction, 'submit'>;

const icons: Record<PolicyVersionAction, ReactNode> = {
  submit: <SendOutlined aria-hidden />,
  approve: <CheckOutlined aria-hidden />,
  send_back: <RollbackOutlined aria-hidden />,
  retire: <StopOutlined aria-hidden />,
};

/**
 * The moves the server offers the viewer on one version: send for approval (at once), approve,
 * send back (saying what to change) and retire (each in a dialog).
 */
export function VersionActions({
  version,
  policyTitle,
  size,
  onChanged,
}: {
  version: MovableVersion;
  policyTitle: string;
  size?: 'small';
  onChanged: () => void;
}) {
  const { t } = useTranslation('policies');
  const handle = useResultHandler();
  const [{ fetching }, transition] = useMutation(TransitionPolicyVersionMutation);
  const [decision, setDecision] = useState<Decision | null>(null);

  const submit = async () => {
    const outcome = await transition({ id: version.id, version: version.version, action: 'submit' });
    if (
      handle(
        { payload: outcome.data?.transitionPolicyVersion, error: outcome.error },
        { onReload: onChanged, successMessage: t('versionActions.submitted', { number: version.number }) },
      )
    )
      onChanged();
  };

  return (
    <>
      {version.actions.map((action) => (
        <Button
          key={action}
          size={size}
          type={action === 'submit' || action === 'approve' ? 'primary' : 'default'}
          danger={action === 'retire'}
          icon={icons[action]}
          loading={action === 'submit' && fetching}
          data-testid={`policy-version-${action}`}
          onClick={() => (action === 'submit' ? void submit() : setDecision(action))}
        >
          {t(`versionActions.${action}`)}
        </Button>
      ))}
      <DecisionModal
        version={version}
        policyTitle={policyTitle}
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={() => {
          setDecision(null);
          onChanged();
        }}
      />
    </>
  );
}

/** Approve (an optional comment), send back (what to change: required) or retire a version. */
function DecisionModal({
  version,
  policyTitle,
  decision,
  onClose,
  onDone,
}: {
  version: MovableVersion;
  policyTitle: string;
  decision: Decision | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('policies');
  const [form] = Form.useForm<{ comment?: string }>();
  const handle = useResultHandler();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, transition] = useMutation(TransitionPolicyVersionMutation);

  useEffect(() => {
    if (decision) {
      form.resetFields();
      setProblem(null);
    }
  }, [decision, form]);

  if (!decision) return null;
  const onFinish = async ({ comment }: { comment?: string }) => {
    setProblem(null);
    const outcome = await transition({
      id: version.id,
      version: version.version,
      action: decision,
      comment: comment?.trim() || null,
    });
    if (
      handle(
        { payload: outcome.data?.transitionPolicyVersion, error: outcome.error },
        {
          form,
          onProblem: setProblem,
          onReload: onDone,
          successMessage: t(`decision.${decision}.done`, { number: version.number }),
        },
      )
    )
      onDone();
  };

  return (
    <Modal
      open
      title={t(`decision.${decision}.title`, { number: version.number })}
      okText={t(`decision.${decision}.submit`)}
      okButtonProps={{ danger: decision === 'retire', 'data-testid': 'policy-decision-submit' }}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph strong className="policy-modal-subject">
        {policyTitle}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t(`decision.${decision}.help`)}</Typography.Paragraph>
      {problem ? <Alert type="error" showIcon title={problem} className="policy-modal-alert" /> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional">
        <Form.Item
          name="comment"
          label={t(`decision.${decision}.comment`)}
          rules={
            decision === 'send_back'
              ? [{ required: true, whitespace: true, message: t('decision.send_back.commentRequired') }]
              : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
