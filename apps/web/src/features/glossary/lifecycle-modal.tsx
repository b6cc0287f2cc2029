import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { ProposeDeprecationMutation, ProposeReinstatementMutation } from './proposals.graphql';
import { TermSelect } from './term-select';
import { useProposalFeedback } from './use-proposal-feedback';

export interface LifecycleTarget {
  action: 'deprecate' | 'reinstate';
  term: { id: string; name: string; version: number };
}

interface LifecycleModalProps {
  target: LifecycleTarget | null;
  onClose: () => void;
  onReload: () => void;
}

interface Values {
  replacedById?: string;
  reason?: string;
}

/** Proposes to deprecate a term (naming what replaces it) or to bring it back: both go to review. */
export function LifecycleModal({ target, onClose, onReload }: LifecycleModalProps) {
  const { t } = useTranslation(['glossary', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const feedback = useProposalFeedback();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: deprecating }, deprecate] = useMutation(ProposeDeprecationMutation);
  const [{ fetching: reinstating }, reinstate] = useMutation(ProposeReinstatementMutation);
  const deprecation = target?.action === 'deprecate';

  const onFinish = async (values: Values) => {
    if (!target) return;
    setProblem(null);
    const reason = values.reason?.trim() || null;
    const base = { termId: target.term.id, version: target.term.version, reason };
    const options = { form, onProblem: setProblem, onReload };
    const outcome = deprecation
      ? await deprecate({ input: { ...base, replacedById: values.replacedById ?? null } }).then((result) =>
          handle({ payload: result.data?.proposeDeprecation, error: result.error }, options),
        )
      : await reinstate({ input: base }).then((result) =>
          handle({ payload: result.data?.proposeReinstatement, error: result.error }, options),
        );
    if (!outcome) return;
    onClose();
    await feedback(outcome);
  };

  return (
    <Modal
      open={Boolean(target)}
      title={
        target
          ? t(deprecation ? 'lifecycle.deprecateTitle' : 'lifecycle.reinstateTitle', { name: target.term.name })
          : ''
      }
      okText={deprecation ? t('lifecycle.deprecateOk') : t('lifecycle.reinstateOk')}
      okButtonProps={{ danger: deprecation }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={deprecating || reinstating}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {deprecation ? t('lifecycle.deprecateBody') : t('lifecycle.reinstateBody')}
      </Typography.Paragraph>
      {problem ? <Alert type="error" showIcon title={problem} className="editor-rule" /> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} name="lifecycle-form">
        {deprecation ? (
          <Form.Item name="replacedById" label={t('lifecycle.replacedBy')} extra={t('lifecycle.replacedByHelp')}>
            <TermSelect
              excludeIds={target ? [target.term.id] : []}
              placeholder={t('lifecycle.replacedByPlaceholder')}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="reason" label={t('editor.reason')} extra={t('editor.reasonHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
