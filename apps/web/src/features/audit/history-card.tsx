import { Alert, Button, Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditEventItem } from './audit-event-item';
import { useAuditFeed } from './use-audit-feed';

interface HistoryCardProps {
  /** The record whose history to show: its own changes and those that concern it. */
  recordId: string;
  /** Changes whenever the record does, so the card shows a change made a moment ago. */
  refreshKey: string;
}

/** A record's history, newest first, with "Load more". */
export function HistoryCard({ recordId, refreshKey }: HistoryCardProps) {
  const { t } = useTranslation(['audit', 'common']);
  const feed = useAuditFeed({ filter: { relatedTo: recordId }, want: 10, refreshKey });

  let body: ReactNode;
  if (feed.failed && feed.events.length === 0) {
    body = (
      <Alert
        type="warning"
        showIcon
        title={t('loadFailed')}
        action={
          <Button size="small" onClick={feed.retry}>
            {t('common:actions.retry')}
          </Button>
        }
      />
    );
  } else if (feed.loading && feed.events.length === 0) {
    body = <Skeleton active paragraph={{ rows: 3 }} />;
  } else if (feed.events.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  } else {
    body = (
      <List
        dataSource={feed.events}
        rowKey="id"
        size="small"
        renderItem={(event) => (
          <List.Item>
            <AuditEventItem event={event} />
          </List.Item>
        )}
      />
    );
  }

  return (
    <Card title={t('history.title')} className="stacked-card" data-testid="history-card">
      <Typography.Paragraph type="secondary">{t('history.hint')}</Typography.Paragraph>
      {body}
      {feed.hasMore ? (
        <Flex justify="center" className="audit-more">
          <Button onClick={feed.loadMore} loading={feed.loading}>
            {t('loadMore')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
