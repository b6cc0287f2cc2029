import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { GovernancePolicyVersionFieldsFragment } from '../../gql/graphql';
import { UpdateGovernancePolicyDraftMutation } from './policies.graphql';
import { type ContentValues, PolicyContentFields, toContentInput, toContentValues } from './policy-content-fields';

type Version = GovernancePolicyVersionFieldsFragment;

interface Values {
  content?: ContentValues;
  changeNote?: string;
}

/** Edits a draft version: its statement, driver and scope, and a note on what changed. */
export function EditDraftModal({
  version,
  onClose,
  onSaved,
}: {
  version: Version | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['policies', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdateGovernancePolicyDraftMutation);

  useEffect(() => {
    if (!version) return;
    form.resetFields();
    form.setFieldsValue({ content: toContentValues(version), changeNote: version.changeNote ?? undefined });
  }, [version, form]);

  const onFinish = async (values: Values) => {
    if (!version) return;
    const outcome = await update({
      id: version.id,
      version: version.version,
      content: toContentInput(values.content ?? {}),
      changeNote: values.changeNote?.trim() || null,
    });
    if (
      handle(
        { payload: outcome.data?.updateGovernancePolicyDraft, error: outcome.error },
        { form, onReload: onSaved, successMessage: t('edit.saved', { number: version.number }) },
      )
    )
      onSaved();
  };

  return (
    <Modal
      open={version !== null}
      title={version ? t('edit.title', { number: version.number }) : null}
      okText={t('common:actions.saveChanges')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      width={760}
      okButtonProps={{ 'data-testid': 'edit-draft-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="edit-draft-form">
        <PolicyContentFields />
        <Form.Item name="changeNote" label={t('fields.changeNote')} extra={t('edit.changeNoteHelp')}>
          <Input maxLength={500} placeholder={t('edit.changeNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
