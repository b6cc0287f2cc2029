import { Form, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { PolicyKind } from '../../gql/graphql';
import { UpdatePolicyDetailsMutation } from './policies.graphql';
import { PolicyDetailsFields } from './policy-details-fields';

interface Values {
  title?: string;
  kind?: PolicyKind;
  ownerPersonId?: string;
  approverPersonId?: string;
}

export interface PolicyDetails {
  id: string;
  key: string;
  version: number;
  title: string;
  kind: PolicyKind;
  owner: { id: string; name: string };
  approver: { id: string; name: string };
}

/**
 * Changes what a policy is called, its kind, who owns it and who approves it. Its versions and
 * controls stay as they are. For its owner or the program's team; the server refuses anyone else.
 */
export function PolicyDetailsModal({
  policy,
  open,
  onClose,
  onSaved,
}: {
  policy: PolicyDetails;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['policies', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdatePolicyDetailsMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      title: policy.title,
      kind: policy.kind,
      ownerPersonId: policy.owner.id,
      approverPersonId: policy.approver.id,
    });
  }, [open, form, policy]);

  const onFinish = async (values: Values) => {
    const outcome = await update({
      id: policy.id,
      version: policy.version,
      title: values.title?.trim() ?? '',
      kind: values.kind ?? null,
      ownerPersonId: values.ownerPersonId ?? null,
      approverPersonId: values.approverPersonId ?? null,
    });
    if (
      handle(
        { payload: outcome.data?.updatePolicyDetails, error: outcome.error },
        { form, onReload: onSaved, successMessage: t('details.saved', { key: policy.key }) },
      )
    )
      onSaved();
  };

  return (
    <Modal
      open={open}
      title={t('details.title', { key: policy.key })}
      okText={t('details.submit')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={680}
      okButtonProps={{ 'data-testid': 'policy-details-submit' }}
    >
      <Typography.Paragraph type="secondary">{t('details.help')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="policy-details-form">
        <PolicyDetailsFields owner={policy.owner} approver={policy.approver} kindTestId="policy-details-kind" />
      </Form>
    </Modal>
  );
}
