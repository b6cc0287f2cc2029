import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { MarkdownInput } from '../../components/markdown/markdown-input';
import type { ProgramDocumentQuery } from '../../gql/graphql';
import { UpdateDocumentDraftMutation } from './deliverables.graphql';

type Version = NonNullable<ProgramDocumentQuery['programDocument']>['versions'][number];

interface DraftValues {
  title: string;
  body?: string;
  changeNote?: string;
}

interface DocumentEditorProps {
  version: Version;
  onCancel: () => void;
  onSaved: () => void;
  /** Someone else saved the draft meanwhile: leave the editor and read theirs. */
  onReload: () => void;
}

/**
 * Edits a draft version: title, text and change note, saved with the version read so two
 * people never overwrite each other; on a clash the writer's text stays in the form.
 */
export function DocumentEditor({ version, onCancel, onSaved, onReload }: DocumentEditorProps) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<DraftValues>();
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdateDocumentDraftMutation);
  const [conflict, setConflict] = useState(false);

  const onFinish = async (values: DraftValues) => {
    const outcome = await update({
      input: {
        id: version.id,
        version: version.version,
        title: values.title.trim(),
        body: values.body ?? '',
        changeNote: values.changeNote?.trim() || null,
      },
    });
    const payload = outcome.data?.updateDocumentDraft;
    if (payload?.__typename === 'ConflictError') {
      setConflict(true);
      return;
    }
    if (handle({ payload, error: outcome.error }, { form, successMessage: t('document.editor.saved') })) onSaved();
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      requiredMark={false}
      initialValues={{ title: version.title, body: version.body, changeNote: version.changeNote ?? '' }}
      data-testid="document-editor"
    >
      <Form.Item
        name="title"
        label={t('document.editor.title')}
        rules={[{ required: true, whitespace: true, message: t('document.editor.titleRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label={t('document.editor.body')}>
        <MarkdownInput rows={16} placeholder={t('document.editor.bodyPlaceholder')} />
      </Form.Item>
      <Form.Item name="changeNote" label={t('document.editor.changeNote')}>
        <Input maxLength={500} placeholder={t('document.editor.changeNotePlaceholder')} />
      </Form.Item>
      {conflict ? (
        <Alert
          type="error"
          showIcon
          className="document-conflict"
          title={t('document.editor.conflictTitle')}
          description={t('document.editor.conflictBody')}
          action={<Button onClick={onReload}>{t('document.editor.reload')}</Button>}
        />
      ) : null}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('document.editor.save')}
        </Button>
      </Flex>
    </Form>
  );
}
