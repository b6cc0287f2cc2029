import { Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PeopleSelect } from '../../components/people-select';
import type { GlossariesQuery } from '../../gql/graphql';
import { CreateGlossaryMutation, UpdateGlossaryMutation } from './glossary.graphql';

type Glossary = GlossariesQuery['glossaries'][number];

export type GlossaryModalState = { mode: 'create' } | { mode: 'edit'; glossary: Glossary };

interface Values {
  name?: string;
  description?: string;
  ownerIds?: string[];
  reviewerIds?: string[];
  secondReviewer?: 'yes' | 'no';
}

interface GlossaryFormModalProps {
  state: GlossaryModalState | null;
  onClose: () => void;
  onSaved: (glossaryId: string) => void;
}

/** Creates or configures a glossary: who owns it, who reviews its terms, and whether reviewers' own edits pass. */
export function GlossaryFormModal({ state, onClose, onSaved }: GlossaryFormModalProps) {
  const { t } = useTranslation(['glossary', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateGlossaryMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateGlossaryMutation);
  const editing = state?.mode === 'edit' ? state.glossary : null;

  useEffect(() => {
    if (!state) return;
    setProblem(null);
    form.resetFields();
    if (state.mode === 'edit') {
      const { glossary } = state;
      form.setFieldsValue({
        name: glossary.name,
        description: glossary.description ?? undefined,
        ownerIds: glossary.owners.map((person) => person.id),
        reviewerIds: glossary.reviewers.map((person) => person.id),
        secondReviewer: glossary.reviewerEditsNeedSecondReviewer ? 'yes' : 'no',
      });
    } else {
      form.setFieldsValue({ secondReviewer: 'yes', ownerIds: [], reviewerIds: [] });
    }
  }, [state, form]);

  const onFinish = async (values: Values) => {
    const input = {
      name: values.name?.trim() ?? '',
      description: values.description?.trim() || null,
      ownerIds: values.ownerIds ?? [],
      reviewerIds: values.reviewerIds ?? [],
      reviewerEditsNeedSecondReviewer: values.secondReviewer !== 'no',
    };
    const options = { form, onProblem: setProblem };
    if (editing) {
      const outcome = await update({ input: { ...input, id: editing.id, version: editing.version } });
      const saved = handle(
        { payload: outcome.data?.updateGlossary, error: outcome.error },
        { ...options, successMessage: t('glossaryForm.saved', { name: input.name }) },
      );
      if (saved) onSaved(saved.id);
      return;
    }
    const outcome = await create({ input });
    const created = handle(
      { payload: outcome.data?.createGlossary, error: outcome.error },
      { ...options, successMessage: t('glossaryForm.created', { name: input.name }) },
    );
    if (created) onSaved(created.id);
  };

  const known = editing ? [...editing.owners, ...editing.reviewers] : [];

  return (
    <Modal
      open={Boolean(state)}
      title={editing ? t('glossaryForm.editTitle', { name: editing.name }) : t('glossaryForm.createTitle')}
      okText={editing ? t('common:actions.saveChanges') : t('common:actions.create')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={creating || updating}
      width={620}
      forceRender
    >
      {problem ? <Typography.Paragraph type="danger">{problem}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={onFinish} name="glossary-form">
        <Form.Item
          name="name"
          label={t('glossaryForm.name')}
          rules={[{ required: true, whitespace: true, message: t('glossaryForm.nameRequired') }]}
        >
          <Input placeholder={t('glossaryForm.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('glossaryForm.description')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('glossaryForm.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="ownerIds" label={t('glossaryForm.owners')} extra={t('glossaryForm.ownersHelp')}>
          <PeopleSelect multiple known={known} />
        </Form.Item>
        <Form.Item name="reviewerIds" label={t('glossaryForm.reviewers')} extra={t('glossaryForm.reviewersHelp')}>
          <PeopleSelect multiple known={known} />
        </Form.Item>
        <Form.Item name="secondReviewer" label={t('glossaryForm.selfApproval')}>
          <Radio.Group>
            <Space orientation="vertical" size={10}>
              <Radio value="yes">
                <Typography.Text strong>{t('glossaryForm.secondReviewerYes')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('glossaryForm.secondReviewerYesHint')}</Typography.Text>
              </Radio>
              <Radio value="no">
                <Typography.Text strong>{t('glossaryForm.secondReviewerNo')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('glossaryForm.secondReviewerNoHint')}</Typography.Text>
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
