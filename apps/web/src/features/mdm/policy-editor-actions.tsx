import {
  CheckOutlined,
  CopyOutlined,
  ExperimentOutlined,
  PlayCircleOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { PolicyAction } from '../../gql/graphql';
import { CreatePolicyVersionMutation, TransitionPolicyMutation } from './policy.graphql';
import type { PolicyVersionData } from './policy-editor-shared';

const icons: Record<PolicyAction, ReactNode> = {
  submit: <SendOutlined aria-hidden />,
  approve: <CheckOutlined aria-hidden />,
  send_back: <RollbackOutlined aria-hidden />,
  activate: <PlayCircleOutlined aria-hidden />,
  retire: <StopOutlined aria-hidden />,
};
/** The step forward is the primary button; going back or ending is not. */
const primary: PolicyAction[] = ['submit', 'approve', 'activate'];

interface PolicyEditorActionsProps {
  version: PolicyVersionData;
  domain: { id: string; name: string };
  canDesign: boolean;
  /** Unsaved edits: submitting would send the saved policy, not what is on screen. */
  dirty: boolean;
  onChanged: () => void;
}

/** The workflow buttons the server offers, plus "new version" and "simulate". */
export function PolicyEditorActions({ version, domain, canDesign, dirty, onChanged }: PolicyEditorActionsProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const navigate = useNavigate();
  const handle = useResultHandler();
  const [{ fetching: creating }, create] = useMutation(CreatePolicyVersionMutation);
  const [action, setAction] = useState<PolicyAction | null>(null);

  const createVersion = async () => {
    const outcome = await create({ input: { mdmDomainId: domain.id, fromVersionId: version.id } });
    const created = handle({ payload: outcome.data?.createPolicyVersion, error: outcome.error });
    if (created) navigate(`/mdm/policies/${created.id}`);
  };

  return (
    <>
      <Link to={`/mdm/domains/${domain.id}?tab=simulations`}>
        <Button icon={<ExperimentOutlined aria-hidden />}>{t('actions.simulate')}</Button>
      </Link>
      {canDesign && version.status !== 'draft' ? (
        <Button icon={<CopyOutlined aria-hidden />} loading={creating} onClick={createVersion}>
          {t('actions.newVersion')}
        </Button>
      ) : null}
      {version.availableActions.map((item) => {
        const blocked = item === 'submit' && dirty ? t('actions.saveFirst') : undefined;
        return (
          <Tooltip key={item} title={blocked}>
            <Button
              type={primary.includes(item) ? 'primary' : 'default'}
              danger={item === 'retire'}
              icon={icons[item]}
              disabled={Boolean(blocked)}
              onClick={() => setAction(item)}
            >
              {t(`actions.${item}.button`)}
            </Button>
          </Tooltip>
        );
      })}
      <TransitionModal
        action={action}
        version={version}
        domainName={domain.name}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          onChanged();
        }}
      />
    </>
  );
}

interface TransitionModalProps {
  action: PolicyAction | null;
  version: PolicyVersionData;
  domainName: string;
  onClose: () => void;
  onDone: () => void;
}

/** Confirms one workflow step; sending back asks what should change, approving allows a comment. */
function TransitionModal({ action, version, domainName, onClose, onDone }: TransitionModalProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [form] = Form.useForm<{ comment?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, transition] = useMutation(TransitionPolicyMutation);
  const asksComment = action === 'send_back' || action === 'approve';
  const needsComment = action === 'send_back';
  const names = { domain: domainName, number: version.number };

  const onFinish = async ({ comment }: { comment?: string }) => {
    if (!action) return;
    setProblem(null);
    const outcome = await transition({
      input: { id: version.id, version: version.version, action, comment: comment?.trim() || null },
    });
    const done = handle(
      { payload: outcome.data?.transitionPolicy, error: outcome.error },
      { form, onProblem: setProblem, onReload: onDone },
    );
    if (!done) return;
    void message.success(t(`actions.${action}.done`, names));
    form.resetFields();
    onDone();
  };

  return (
    <Modal
      open={Boolean(action)}
      title={action ? t(`actions.${action}.title`, names) : ''}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      okText={action ? t(`actions.${action}.button`) : ''}
      okButtonProps={{ danger: action === 'retire' || action === 'send_back', loading: fetching }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {action ? (
        <Typography.Paragraph type="secondary">{t(`actions.${action}.body`, names)}</Typography.Paragraph>
      ) : null}
      {problem ? <Typography.Paragraph type="danger">{problem}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} name="policy-transition" requiredMark={needsComment}>
        {asksComment ? (
          <Form.Item
            name="comment"
            label={needsComment ? t('actions.commentRequired') : t('actions.commentOptional')}
            rules={needsComment ? [{ required: true, whitespace: true, message: t('actions.commentMissing') }] : []}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
