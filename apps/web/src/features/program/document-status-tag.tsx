import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../gql/graphql';

const statusColors: Record<DocumentStatus, string> = {
  draft: 'default',
  in_review: 'processing',
  approved: 'success',
  superseded: 'default',
};

/** Where a version of a document stands: draft, waiting for approval, approved or superseded. */
export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation('program');
  return (
    <Tag color={statusColors[status]} className="document-status-tag" data-testid="document-status">
      {t(`documentStatus.${status}`)}
    </Tag>
  );
}
