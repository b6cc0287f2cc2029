import { Button, Card, Checkbox, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { When } from '../../components/when';
import type { ProgramDocumentQuery } from '../../gql/graphql';
import { DocumentStatusTag } from './document-status-tag';

type Version = NonNullable<ProgramDocumentQuery['programDocument']>['versions'][number];

interface DocumentHistoryCardProps {
  /** Newest first. */
  versions: readonly Version[];
  shown: number;
  onShow: (number: number) => void;
  /** The version numbers ticked for comparison (at most two). */
  compared: readonly number[];
  onCompare: (numbers: number[]) => void;
}

/** What happened to one version, in the order it happened: sent for approval, decided. */
function versionEvents(version: Version, t: ReturnType<typeof useTranslation<'program'>>['t']) {
  const someone = t('document.state.someone');
  const events: { kind: string; at: string; text: ReactNode }[] = [];
  if (version.submittedAt)
    events.push({
      kind: 'submitted',
      at: version.submittedAt,
      text: (
        <>
          {t('document.history.submittedBy', { name: version.submittedBy?.name ?? someone })}{' '}
          <When at={version.submittedAt} />
        </>
      ),
    });
  if (version.decidedAt) {
    const approved = version.status === 'approved' || version.status === 'superseded';
    const name = version.decidedBy?.name ?? someone;
    events.push({
      kind: 'decided',
      at: version.decidedAt,
      text: (
        <>
          {approved ? t('document.history.approvedBy', { name }) : t('document.history.sentBackBy', { name })}{' '}
          <When at={version.decidedAt} />
          {version.decisionComment ? (
            <span className="document-history-comment">
              {t('document.history.comment', { comment: version.decisionComment })}
            </span>
          ) : null}
        </>
      ),
    });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * Every version of the document, newest first, with its way through approval; one is shown, and
 * ticking two compares their text.
 */
export function DocumentHistoryCard({ versions, shown, onShow, compared, onCompare }: DocumentHistoryCardProps) {
  const { t } = useTranslation('program');
  const toggle = (number: number, checked: boolean) =>
    onCompare(
      checked
        ? [...compared.filter((other) => other !== number), number].slice(-2)
        : compared.filter((n) => n !== number),
    );

  return (
    <Card title={t('document.history.title')} className="stacked-card" data-testid="document-history">
      {versions.length > 1 ? (
        <Typography.Paragraph type="secondary" className="card-hint">
          {t('document.history.hint')}
        </Typography.Paragraph>
      ) : null}
      <ol className="document-versions">
        {versions.map((version) => (
          <li
            key={version.id}
            className={
              version.number === shown && versions.length > 1
                ? 'document-version document-version-shown'
                : 'document-version'
            }
            data-testid="document-version"
          >
            {versions.length > 1 ? (
              <Checkbox
                className="document-version-compare"
                checked={compared.includes(version.number)}
                onChange={(event) => toggle(version.number, event.target.checked)}
                aria-label={t('document.history.compare', { number: version.number })}
              />
            ) : null}
            <Flex vertical gap={2} className="document-version-body">
              <Flex gap={8} align="center" wrap>
                <Button
                  type="link"
                  className="document-version-name"
                  aria-current={version.number === shown ? 'true' : undefined}
                  onClick={() => onShow(version.number)}
                >
                  {t('document.version', { number: version.number })}
                </Button>
                <DocumentStatusTag status={version.status} />
              </Flex>
              {version.author || version.status === 'draft' ? (
                <Typography.Text type="secondary" className="document-version-event">
                  {version.author ? t('document.history.writtenBy', { name: version.author.name }) : null}
                  {version.author && version.status === 'draft' ? ' · ' : null}
                  {version.status === 'draft' ? (
                    <>
                      {t('document.history.edited')} <When at={version.updatedAt} />
                    </>
                  ) : null}
                </Typography.Text>
              ) : null}
              {versionEvents(version, t).map((event) => (
                <Typography.Text key={event.kind} type="secondary" className="document-version-event">
                  {event.text}
                </Typography.Text>
              ))}
              {version.changeNote ? (
                <Typography.Text className="document-version-note">
                  {t('document.history.changeNote', { note: version.changeNote })}
                </Typography.Text>
              ) : null}
            </Flex>
          </li>
        ))}
      </ol>
    </Card>
  );
}
