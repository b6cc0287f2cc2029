import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { BatchDecision } from '../../gql/graphql';
import { DecideBatchMutation } from './proposals.graphql';

export interface BatchTarget {
  batchId: string;
  title: string;
  pending: number;
  decision: BatchDecision;
}

/** Decides a whole import at once: every pending proposal of the batch, approved or rejected. */
export function BatchDecisionModal({ target, onClose }: { target: BatchTarget | null; onClose: () => void }) {
  const { t } = useTranslation(['glossary', 'common']);
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [form] = Form.useForm<{ comment?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, decide] = useMutation(DecideBatchMutation);
  const rejecting = target?.decision === 'reject';

  const onFinish = async ({ comment }: { comment?: string }) => {
    if (!target) return;
    setProblem(null);
    // The lists of proposals and the inbox count refresh too: every proposal of the batch changed.
    const outcome = await decide(
      { input: { batchId: target.batchId, decision: target.decision, comment: comment?.trim() || null } },
      { additionalTypenames: ['TermProposal', 'GlossaryTerm'] },
    );
    const done = handle({ payload: outcome.data?.decideBatch, error: outcome.error }, { form, onProblem: setProblem });
    if (!done) return;
    const key = rejecting ? 'batch.rejected' : 'batch.approved';
    void message.success(t(key, { count: done.decided, title: target.title }));
    onClose();
  };

  return (
    <Modal
      open={Boolean(target)}
      title={
        target
          ? t(rejecting ? 'batch.rejectTitle' : 'batch.approveTitle', { count: target.pending, title: target.title })
          : ''
      }
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={rejecting}
          loading={fetching}
          icon={rejecting ? <CloseOutlined aria-hidden /> : <CheckOutlined aria-hidden />}
          onClick={() => form.submit()}
        >
          {rejecting
            ? t('batch.rejectAllConfirm', { count: target?.pending ?? 0 })
            : t('batch.approveAllConfirm', { count: target?.pending ?? 0 })}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        {rejecting ? t('batch.rejectBody') : t('batch.approveBody')}
      </Typography.Paragraph>
      {problem ? (
        <Alert
          type="error"
          showIcon
          className="batch-problem"
          data-testid="batch-problem"
          title={t('batch.refusedTitle')}
          description={t('batch.refusedBody', { problem: problem.replace(/\.$/, '') })}
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} name="batch-decision-form" requiredMark={rejecting}>
        <Form.Item
          name="comment"
          label={rejecting ? t('decision.commentRequired') : t('decision.commentOptional')}
          rules={rejecting ? [{ required: true, whitespace: true, message: t('decision.commentMissing') }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={rejecting ? t('batch.rejectPlaceholder') : t('decision.approvePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
