import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { ApproveAssessmentReportMutation } from './maturity.graphql';

/** A sponsor approves the closed assessment's report, with an optional comment. */
export function AssessmentApproveButton({ assessment }: { assessment: { id: string; name: string } }) {
  const { t } = useTranslation(['maturity', 'common']);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ comment?: string }>();
  const handle = useResultHandler();
  const [{ fetching }, approve] = useMutation(ApproveAssessmentReportMutation);

  const submit = async () => {
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() || null;
    const outcome = await approve({ assessmentId: assessment.id, comment });
    const approved = handle(
      { payload: outcome.data?.approveAssessmentReport, error: outcome.error },
      { form, successMessage: t('approve.done') },
    );
    if (approved) setOpen(false);
  };

  return (
    <>
      <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('approve.button')}
      </Button>
      <Modal
        open={open}
        title={t('approve.title', { name: assessment.name })}
        okText={t('approve.confirm')}
        cancelText={t('common:actions.cancel')}
        confirmLoading={fetching}
        onOk={submit}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('approve.body')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark="optional">
          <Form.Item name="comment" label={t('approve.comment')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
