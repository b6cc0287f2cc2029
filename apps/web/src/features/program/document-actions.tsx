import { CheckOutlined, DeleteOutlined, PlusOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { ProgramDocumentQuery } from '../../gql/graphql';
import {
  DeleteProgramDocumentMutation,
  NewDocumentVersionMutation,
  TransitionDocumentMutation,
} from './deliverables.graphql';

type Version = NonNullable<ProgramDocumentQuery['programDocument']>['versions'][number];
type Decision = 'approve' | 'send_back';

type Abilities = NonNullable<ProgramDocumentQuery['programDocument']>['abilities'];

interface DocumentActionsProps {
  documentId: string;
  /** The newest version: the only one that moves. */
  latest: Version;
  /** What the server says the viewer may do with the document as a whole. */
  abilities: Abilities;
  /** The document was deleted: leave its page. */
  onDeleted: () => void;
  onChanged: () => void;
  /** A new version was started (its number): show it in the editor. */
  onStarted: (number: number) => void;
}

/**
 * What the viewer may do with the latest version, as the server says (send for approval, approve,
 * send back), and starting the next version once the latest is approved.
 */
export function DocumentActions({
  documentId,
  latest,
  abilities,
  onDeleted,
  onChanged,
  onStarted,
}: DocumentActionsProps) {
  const { t } = useTranslation(['program', 'common']);
  const handle = useResultHandler();
  const { modal } = App.useApp();
  const [, remove] = useMutation(DeleteProgramDocumentMutation);
  const [{ fetching: submitting }, transition] = useMutation(TransitionDocumentMutation);
  const [{ fetching: starting }, start] = useMutation(NewDocumentVersionMutation);
  const [decision, setDecision] = useState<Decision | null>(null);
  const may = (action: Version['actions'][number]) => latest.actions.includes(action);

  const submit = async () => {
    const outcome = await transition({ input: { id: latest.id, version: latest.version, action: 'submit' } });
    if (
      handle(
        { payload: outcome.data?.transitionDocument, error: outcome.error },
        { onReload: onChanged, successMessage: t('document.submitted') },
      )
    )
      onChanged();
  };

  const confirmDelete = () =>
    modal.confirm({
      title: t('document.deleteTitle', { title: latest.title }),
      content: t('document.deleteBody'),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await remove({ id: documentId });
        if (
          handle(
            { payload: outcome.data?.deleteProgramDocument, error: outcome.error },
            { successMessage: t('document.deleted') },
          )
        )
          onDeleted();
      },
    });

  const startVersion = async () => {
    const outcome = await start({ documentId });
    const started = handle(
      { payload: outcome.data?.newDocumentVersion, error: outcome.error },
      { onReload: onChanged, successMessage: t('document.newVersionStarted', { number: latest.number + 1 }) },
    );
    if (started) onStarted(started.number);
  };

  return (
    <>
      {may('submit') ? (
        <Button type="primary" icon={<SendOutlined aria-hidden />} loading={submitting} onClick={submit}>
          {t('document.submit')}
        </Button>
      ) : null}
      {may('approve') ? (
        <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setDecision('approve')}>
          {t('document.approve')}
        </Button>
      ) : null}
      {may('send_back') ? (
        <Button icon={<RollbackOutlined aria-hidden />} onClick={() => setDecision('send_back')}>
          {t('document.sendBack')}
        </Button>
      ) : null}
      {abilities.canDelete ? (
        <Button danger icon={<DeleteOutlined aria-hidden />} onClick={confirmDelete}>
          {t('document.delete')}
        </Button>
      ) : null}
      {abilities.canStartVersion ? (
        <Button icon={<PlusOutlined aria-hidden />} loading={starting} onClick={startVersion}>
          {t('document.newVersion')}
        </Button>
      ) : null}
      <DecisionModal
        version={latest}
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

/** Approve (with an optional comment) or send back (saying what should change). */
function DecisionModal({
  version,
  decision,
  onClose,
  onDone,
}: {
  version: Version;
  decision: Decision | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('program');
  const [form] = Form.useForm<{ comment?: string }>();
  const handle = useResultHandler();
  const [{ fetching }, transition] = useMutation(TransitionDocumentMutation);
  const sendingBack = decision === 'send_back';

  const onFinish = async ({ comment }: { comment?: string }) => {
    if (!decision) return;
    const outcome = await transition({
      input: { id: version.id, version: version.version, action: decision, comment: comment?.trim() || null },
    });
    if (
      handle(
        { payload: outcome.data?.transitionDocument, error: outcome.error },
        {
          form,
          onReload: onDone,
          successMessage: sendingBack
            ? t('document.sentBack')
            : t('document.approvedMessage', { number: version.number }),
        },
      )
    )
      onDone();
  };

  return (
    <Modal
      open={decision !== null}
      title={
        sendingBack
          ? t('document.decision.sendBackTitle', { number: version.number })
          : t('document.decision.approveTitle', { number: version.number })
      }
      okText={sendingBack ? t('document.sendBack') : t('document.approve')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {sendingBack ? t('document.decision.sendBackBody') : t('document.decision.approveBody')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="comment"
          label={sendingBack ? t('document.decision.sendBackComment') : t('document.decision.comment')}
          rules={
            sendingBack ? [{ required: true, whitespace: true, message: t('document.decision.commentRequired') }] : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={
              sendingBack ? t('document.decision.sendBackPlaceholder') : t('document.decision.commentPlaceholder')
            }
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
