import { CheckOutlined, PlayCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionState, ProgramStepStatus } from '../../gql/graphql';
import type { useStepUpdate } from './use-step-update';

interface StepActionsProps {
  status: ProgramStepStatus;
  recurring: boolean;
  number: number;
  criteria: readonly { key: string; state: CriterionState }[];
  update: ReturnType<typeof useStepUpdate>;
}

/** Start, mark done (asking why when a criterion does not pass: the soft gate) and reopen. */
export function StepActions({ status, recurring, number, criteria, update }: StepActionsProps) {
  const { t } = useTranslation(['program', 'common']);
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ overrideReason?: string }>();
  const open = criteria.filter((criterion) => criterion.state !== 'pass');
  const gated = number <= 9;

  if (status === 'skipped') return null;
  if (status === 'done') {
    return (
      <Button
        icon={<RollbackOutlined aria-hidden />}
        loading={update.saving}
        onClick={() => update.save({ status: 'in_progress' }, { successMessage: t('actions.reopened') })}
      >
        {t('actions.reopen')}
      </Button>
    );
  }
  if (recurring) {
    return status === 'not_started' ? (
      <Button
        type="primary"
        icon={<PlayCircleOutlined aria-hidden />}
        loading={update.saving}
        onClick={() => update.save({ status: 'in_progress' }, { successMessage: t('actions.started') })}
      >
        {t('actions.start')}
      </Button>
    ) : (
      <Typography.Text type="secondary">{t('actions.recurs')}</Typography.Text>
    );
  }

  const markDone = async () => {
    if (gated && open.length > 0) {
      form.resetFields();
      setAsking(true);
      return;
    }
    await update.save(
      { status: 'done' },
      {
        successMessage: t('actions.doneMessage', { number }),
        // The records changed since the page was read: ask for the reason after all.
        onProblem: () => setAsking(true),
      },
    );
  };

  const confirmOverride = async ({ overrideReason }: { overrideReason?: string }) => {
    const saved = await update.save(
      { status: 'done', overrideReason: overrideReason?.trim() ?? '' },
      { form, successMessage: t('actions.doneMessage', { number }) },
    );
    if (saved) setAsking(false);
  };

  const allPass = criteria.length > 0 && open.length === 0;
  return (
    <>
      {status === 'not_started' ? (
        <Button
          type={allPass ? 'default' : 'primary'}
          icon={<PlayCircleOutlined aria-hidden />}
          loading={update.saving}
          onClick={() => update.save({ status: 'in_progress' }, { successMessage: t('actions.started') })}
        >
          {t('actions.start')}
        </Button>
      ) : null}
      <Button
        type={status === 'in_progress' || allPass ? 'primary' : 'default'}
        icon={<CheckOutlined aria-hidden />}
        loading={update.saving}
        onClick={markDone}
      >
        {t('actions.markDone')}
      </Button>
      <Modal
        open={asking}
        title={t('override.title', { number })}
        okText={t('override.confirm')}
        onOk={() => form.submit()}
        confirmLoading={update.saving}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          className="override-alert"
          title={t('override.notPassing', { count: open.length, keys: open.map((item) => item.key).join(', ') })}
          description={t('override.explain')}
        />
        <Form form={form} layout="vertical" onFinish={confirmOverride} requiredMark={false}>
          <Form.Item
            name="overrideReason"
            label={t('override.reason')}
            extra={t('override.reasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('override.reasonRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
