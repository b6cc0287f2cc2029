import { SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { ProgramQuery } from '../../gql/graphql';
import { ApproveRoadmapMutation } from './deliverables.graphql';

type Program = NonNullable<ProgramQuery['program']>;

/** Whether a sponsor approved the roadmap, when, and how much changed since. */
export function RoadmapApprovalLine({ approval }: { approval: Program['roadmapApproval'] }) {
  const { t, i18n } = useTranslation('program');
  if (!approval.approvedAt)
    return (
      <Typography.Paragraph type="secondary" className="program-roadmap-approval" data-testid="roadmap-approval">
        {t('roadmap.approval.notApproved')}
      </Typography.Paragraph>
    );
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(approval.approvedAt));
  return (
    <Flex gap={12} align="center" wrap className="program-roadmap-approval" data-testid="roadmap-approval">
      <Typography.Text>
        <SafetyCertificateOutlined className="program-roadmap-approved-icon" aria-hidden />{' '}
        {approval.approvedBy
          ? t('roadmap.approval.approvedBy', { name: approval.approvedBy.name, date })
          : t('roadmap.approval.approvedBySomeone', { date })}
      </Typography.Text>
      {approval.changedSince ? (
        <Typography.Text type="warning">
          <WarningOutlined aria-hidden /> {t('roadmap.approval.changedSince', { count: approval.changedSince })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** A sponsor approves the roadmap as it stands, with an optional comment. */
export function ApproveRoadmapModal({
  programId,
  count,
  open,
  onClose,
  onApproved,
}: {
  programId: string;
  count: number;
  open: boolean;
  onClose: () => void;
  onApproved: () => void;
}) {
  const { t } = useTranslation('program');
  const [form] = Form.useForm<{ comment?: string }>();
  const handle = useResultHandler();
  const [{ fetching }, approve] = useMutation(ApproveRoadmapMutation);

  const onFinish = async ({ comment }: { comment?: string }) => {
    const outcome = await approve({ input: { programId, comment: comment?.trim() || null } });
    if (
      handle(
        { payload: outcome.data?.approveRoadmap, error: outcome.error },
        { form, onReload: onApproved, successMessage: t('roadmap.approval.approved') },
      )
    )
      onApproved();
  };

  return (
    <Modal
      open={open}
      title={t('roadmap.approval.approveTitle')}
      okText={t('roadmap.approval.approve')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('roadmap.approval.approveBody', { count })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="comment" label={t('roadmap.approval.comment')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('roadmap.approval.commentPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
