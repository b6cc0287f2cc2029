import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { Markdown } from '../../components/markdown/markdown';
import { When } from '../../components/when';
import type { ProgramDocumentQuery } from '../../gql/graphql';
import { DocumentEditor } from './document-editor';
import { DocumentStatusTag } from './document-status-tag';

type Version = NonNullable<ProgramDocumentQuery['programDocument']>['versions'][number];

interface DocumentBodyCardProps {
  version: Version;
  latest: Version;
  /** The server says the latest version is a draft the viewer may edit. */
  canEditDraft: boolean;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onShowLatest: () => void;
  onChanged: () => void;
}

/** Where a version stands in its approval, in one sentence with who and when. */
function VersionState({ version }: { version: Version }) {
  const { t } = useTranslation('program');
  const someone = t('document.state.someone');
  const line = (text: string, at: string | null): ReactNode => (
    <span>
      {text} {at ? <When at={at} /> : null}
    </span>
  );
  const comment = version.decisionComment ? (
    <Typography.Text className="document-decision-comment">
      {t('document.history.comment', { comment: version.decisionComment })}
    </Typography.Text>
  ) : undefined;
  switch (version.status) {
    case 'in_review':
      return (
        <Alert
          type="info"
          showIcon
          className="document-state"
          title={line(
            t('document.state.inReview', { name: version.submittedBy?.name ?? someone }),
            version.submittedAt,
          )}
          description={version.actions.includes('approve') ? t('document.state.yourTurn') : undefined}
        />
      );
    case 'approved':
      return (
        <Alert
          type="success"
          showIcon
          className="document-state"
          title={line(t('document.state.approved', { name: version.decidedBy?.name ?? someone }), version.decidedAt)}
          description={comment}
        />
      );
    case 'superseded':
      return <Alert type="info" showIcon className="document-state" title={t('document.state.superseded')} />;
    default:
      // A draft that came back from review says who sent it back and why.
      return version.decidedAt ? (
        <Alert
          type="warning"
          showIcon
          className="document-state"
          title={line(t('document.state.sentBack', { name: version.decidedBy?.name ?? someone }), version.decidedAt)}
          description={comment}
        />
      ) : null;
  }
}

/** The chosen version of a document, rendered; a draft opens in the editor for the program's team. */
export function DocumentBodyCard({
  version,
  latest,
  canEditDraft,
  editing,
  onEdit,
  onShowLatest,
  onChanged,
}: DocumentBodyCardProps) {
  const { t } = useTranslation('program');
  const editable = canEditDraft && version.id === latest.id;
  const isEditing = editable && editing;

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          {t('document.version', { number: version.number })}
          <DocumentStatusTag status={version.status} />
        </Flex>
      }
      extra={
        editable && !isEditing ? (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(true)}>
            {t('document.edit')}
          </Button>
        ) : null
      }
      className="stacked-card"
      data-testid="document-body"
    >
      {version.id !== latest.id ? (
        <Flex justify="space-between" align="center" gap={12} wrap className="document-viewing">
          <Typography.Text>{t('document.viewing', { number: version.number, latest: latest.number })}</Typography.Text>
          <Button size="small" onClick={onShowLatest}>
            {t('document.showLatest')}
          </Button>
        </Flex>
      ) : null}
      {isEditing ? (
        <DocumentEditor
          key={`${version.id}-${version.version}`}
          version={version}
          onCancel={() => onEdit(false)}
          onSaved={() => {
            onEdit(false);
            onChanged();
          }}
          onReload={() => {
            onEdit(false);
            onChanged();
          }}
        />
      ) : (
        <>
          <VersionState version={version} />
          {version.title !== latest.title ? (
            <Typography.Title level={4} className="document-version-title">
              {version.title}
            </Typography.Title>
          ) : null}
          {version.body.trim() ? (
            <Markdown source={version.body} className="document-markdown" />
          ) : (
            <EmptyState
              description={editable ? `${t('document.empty')} ${t('document.emptyEditable')}` : t('document.empty')}
            />
          )}
        </>
      )}
    </Card>
  );
}
