import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { ProposalDecision } from '../../gql/graphql';
import { DecideProposalMutation } from './proposals.graphql';

interface DecisionTarget {
  proposalId: string;
  termName: string;
  authorName: string;
}

interface DecisionModalProps {
  target: (DecisionTarget & { decision: ProposalDecision }) | null;
  onClose: () => void;
  onDecided: () => void;
}

/** Approve (a comment if you like) or reject (a comment is required: what should change). */
export function DecisionModal({ target, onClose, onDecided }: DecisionModalProps) {
  const { t } = useTranslation(['glossary', 'common']);
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [form] = Form.useForm<{ comment?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, decide] = useMutation(DecideProposalMutation);
  const rejecting = target?.decision === 'reject';

  const onFinish = async ({ comment }: { comment?: string }) => {
    if (!target) return;
    setProblem(null);
    const outcome = await decide({
      input: { proposalId: target.proposalId, decision: target.decision, comment: comment?.trim() || null },
    });
    const decided = handle(
      { payload: outcome.data?.decideProposal, error: outcome.error },
      { form, onProblem: setProblem },
    );
    if (!decided) return;
    const name = decided.term.name;
    if (target.decision === 'approve') {
      void message.success(
        decided.proposal.kind === 'deprecate'
          ? t('decision.approvedDeprecation', { name })
          : t('decision.approved', { name, revision: decided.term.approvedRevision }),
      );
    } else {
      void message.success(t('decision.rejected', { name, author: target.authorName }));
    }
    form.resetFields();
    onClose();
    onDecided();
  };

  return (
    <Modal
      open={Boolean(target)}
      title={target ? t(rejecting ? 'decision.rejectTitle' : 'decision.approveTitle', { name: target.termName }) : ''}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={rejecting}
          icon={rejecting ? <CloseOutlined aria-hidden /> : <CheckOutlined aria-hidden />}
          loading={fetching}
          onClick={() => form.submit()}
        >
          {rejecting ? t('decision.reject') : t('decision.approve')}
        </Button>,
      ]}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {rejecting ? t('decision.rejectBody', { author: target?.authorName }) : t('decision.approveBody')}
      </Typography.Paragraph>
      {problem ? <Typography.Paragraph type="danger">{problem}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} name="decision-form" requiredMark={rejecting}>
        <Form.Item
          name="comment"
          label={rejecting ? t('decision.commentRequired') : t('decision.commentOptional')}
          rules={rejecting ? [{ required: true, whitespace: true, message: t('decision.commentMissing') }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={rejecting ? t('decision.rejectPlaceholder') : t('decision.approvePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
