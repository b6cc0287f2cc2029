import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Breadcrumb, Col, Flex, Result, Row, Skeleton, Tag, Tooltip } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { ProgramDocumentQuery } from './deliverables.graphql';
import { DocumentActions } from './document-actions';
import { DocumentApproversCard } from './document-approvers-card';
import { DocumentBodyCard } from './document-body-card';
import { DocumentDiffCard } from './document-diff-card';
import { DocumentHistoryCard } from './document-history-card';
import { DocumentStatusTag } from './document-status-tag';
import './program.css';

/**
 * One document of a program (the charter, a business case): a version rendered or edited, its
 * way through approval, every version with line diffs, and who may approve it.
 */
export function ProgramDocumentPage() {
  const { documentId } = useParams();
  // Another document starts afresh: not in the editor, nothing ticked for comparison.
  return <DocumentScreen key={documentId} />;
}

function DocumentScreen() {
  const { id, documentId } = useParams();
  const valid = isRecordId(id) && isRecordId(documentId);
  const { t } = useTranslation(['program', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  // Approval actions depend on who else acted: always ask the server as well as the cache.
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ProgramDocumentQuery,
    variables: { id: documentId ?? '' },
    context,
    pause: !valid,
  });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  // Arriving from "Write document" opens the new draft in the editor.
  const [editing, setEditing] = useState(Boolean((location.state as { edit?: boolean } | null)?.edit));
  const [compared, setCompared] = useState<number[]>([]);

  const notFound = (
    <Result
      status="404"
      title={t('document.notFound')}
      extra={<Link to={isRecordId(id) ? `/program/${id}` : '/program'}>{t('document.back')}</Link>}
    />
  );
  if (!valid) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const document = data?.programDocument;
  const latest = document?.versions[0];
  if (!document || !latest) return notFound;

  const approved = document.versions.find((version) => version.status === 'approved');
  const requested = Number(searchParams.get('version'));
  const shown = document.versions.find((version) => version.number === requested) ?? latest;
  const show = (number: number) =>
    setSearchParams(number === latest.number ? {} : { version: String(number) }, { replace: true });
  const pair = compared
    .map((number) => document.versions.find((version) => version.number === number))
    .filter((version) => version !== undefined)
    .sort((a, b) => a.number - b.number);
  const stepHref = `/program/${document.program.id}/steps/${document.stepNumber}`;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to="/program">{t('breadcrumb.home')}</Link> },
              { title: <Link to={`/program/${document.program.id}`}>{document.program.name}</Link> },
              { title: <Link to={stepHref}>{t('breadcrumb.step', { number: document.stepNumber })}</Link> },
              { title: document.title },
            ]}
          />
        }
        title={document.title}
        tags={
          <Flex gap={4} align="center" wrap>
            <DocumentStatusTag status={latest.status} />
            {approved && approved.id !== latest.id ? (
              <Tag color="success" data-testid="document-in-force">
                {t('document.inForce', { number: approved.number })}
              </Tag>
            ) : null}
            {document.sponsorApproval ? (
              <Tooltip title={t('document.approvers.sponsorOnly')}>
                <Tag variant="filled" color="gold" icon={<SafetyCertificateOutlined aria-hidden />}>
                  {t('document.sponsorOnly')}
                </Tag>
              </Tooltip>
            ) : null}
          </Flex>
        }
        description={
          document.deliverableKey && document.deliverable
            ? t('document.deliverable', { key: document.deliverableKey, text: document.deliverable })
            : t('document.ownDocument')
        }
        actions={
          editing ? null : (
            <DocumentActions
              documentId={document.id}
              latest={latest}
              abilities={document.abilities}
              onDeleted={() => navigate(`/program/${document.program.id}/steps/${document.stepNumber}#deliverables`)}
              onChanged={reload}
              onStarted={() => {
                setSearchParams({}, { replace: true });
                setEditing(true);
                reload();
              }}
            />
          )
        }
      />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={16}>
          {pair.length === 2 ? (
            <DocumentDiffCard before={pair[0]!} after={pair[1]!} onClose={() => setCompared([])} />
          ) : null}
          <DocumentBodyCard
            version={shown}
            latest={latest}
            canEditDraft={document.abilities.canEditDraft}
            editing={editing}
            onEdit={setEditing}
            onShowLatest={() => show(latest.number)}
            onChanged={reload}
          />
        </Col>
        <Col xs={24} xl={8}>
          <DocumentApproversCard document={document} />
          <DocumentHistoryCard
            versions={document.versions}
            shown={shown.number}
            onShow={show}
            compared={compared}
            onCompare={setCompared}
          />
        </Col>
      </Row>
    </>
  );
}
