import { Alert, Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { useCan } from '../../auth/viewer-context';
import { PageHeader } from '../../components/page-header';
import { type AuditEntityType, type AuditEventData, auditEntityTypes, describeAuditEvent } from './audit-describe';
import { AuditChanges, AuditSubject } from './audit-event-item';
import { useAuditFeed } from './use-audit-feed';

/** Stewards and administrators: every change, newest first, filterable by record type. */
export function AuditLogPage() {
  const canRead = useCan('audit:read');
  return canRead ? <AuditLog /> : <NotFoundPage forbidden />;
}

function AuditLog() {
  const { t, i18n } = useTranslation(['audit', 'common']);
  const [params, setParams] = useSearchParams();
  const typeParam = params.get('type');
  const entityType = auditEntityTypes.find((type) => type === typeParam);
  const feed = useAuditFeed({ filter: entityType ? { entityType } : null, want: 25 });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const columns: ColumnsType<AuditEventData> = [
    {
      title: t('columns.when'),
      key: 'when',
      width: 150,
      render: (_v, event) => <time dateTime={event.at}>{date.format(new Date(event.at))}</time>,
    },
    {
      title: t('columns.who'),
      key: 'who',
      width: '20%',
      ellipsis: { showTitle: true },
      render: (_v, event) => event.actorLabel,
    },
    {
      title: t('columns.what'),
      key: 'what',
      width: '30%',
      render: (_v, event) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>
            {t(`action.${describeAuditEvent(event).action}`, { action: event.action })}
          </Typography.Text>
          <AuditSubject event={event} />
        </Flex>
      ),
    },
    {
      title: t('columns.details'),
      key: 'details',
      render: (_v, event) => <AuditChanges event={event} />,
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card className="table-card">
        <Flex gap={12} wrap align="center" className="table-toolbar">
          <Select<AuditEntityType | 'all'>
            value={entityType ?? 'all'}
            style={{ width: 220 }}
            aria-label={t('filter.label')}
            onChange={(value) => setParams(value === 'all' ? {} : { type: value })}
            options={[
              { value: 'all', label: t('filter.all') },
              ...auditEntityTypes.map((type) => ({ value: type, label: t(`entityType.${type}`) })),
            ]}
          />
          {feed.total > 0 ? (
            <Typography.Text type="secondary">
              {t('ofTotal', { shown: feed.events.length, count: feed.total })}
            </Typography.Text>
          ) : null}
        </Flex>
        {feed.failed && feed.events.length === 0 ? (
          <Alert type="warning" showIcon className="page-alert" title={t('loadFailed')} />
        ) : (
          <Table<AuditEventData>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={feed.events}
            loading={feed.loading && feed.events.length === 0}
            pagination={false}
            tableLayout="fixed"
            className="audit-table"
            data-testid="audit-log"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} /> }}
          />
        )}
        {feed.hasMore ? (
          <Flex justify="center" className="audit-more cursor-pager">
            <Button onClick={feed.loadMore} loading={feed.loading}>
              {t('loadMore')}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </>
  );
}
