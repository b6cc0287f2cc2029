import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { PriorityTag, SlaBadge, TicketStatusTag } from './issue-tags';
import { TicketsQuery } from './issues.graphql';
import { TicketFormModal } from './ticket-form-modal';

interface AssetIssuesCardProps {
  asset: { id: string; qualifiedName: string; fields: { id: string; name: string; removedAt?: string | null }[] };
  /** Changes when something outside (a rule run) may have changed the table's issues. */
  refreshKey?: number;
}

/** The open issues about a table or its columns, and the way to report one. */
export function AssetIssuesCard({ asset, refreshKey = 0 }: AssetIssuesCardProps) {
  const { t } = useTranslation('issues');
  const navigate = useNavigate();
  const canReport = useCan('issues:report');
  const [reporting, setReporting] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['Ticket'] }), []);
  const [{ data }, refetch] = useQuery({
    query: TicketsQuery,
    variables: { filter: { assetId: asset.id, active: true }, first: 20 },
    context,
  });
  useEffect(() => {
    if (refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  const tickets = data?.tickets.nodes ?? [];

  return (
    <Card
      title={t('asset.title')}
      data-testid="asset-issues"
      extra={
        canReport ? (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setReporting(true)}>
            {t('asset.report')}
          </Button>
        ) : null
      }
    >
      {tickets.length === 0 ? (
        <Typography.Text type="secondary">{t('asset.empty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={tickets}
          renderItem={(ticket) => (
            <List.Item>
              <Flex justify="space-between" align="center" gap={12} wrap style={{ width: '100%' }}>
                <Link to={`/issues/${ticket.key}`}>
                  <Typography.Text type="secondary" className="issue-key">
                    {ticket.key}
                  </Typography.Text>{' '}
                  {ticket.title}
                </Link>
                <Flex gap={6} align="center">
                  <PriorityTag priority={ticket.priority} short />
                  <TicketStatusTag status={ticket.status} />
                  <SlaBadge sla={ticket.sla} />
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <TicketFormModal
        open={reporting}
        target={{
          type: 'asset',
          id: asset.id,
          label: asset.qualifiedName,
          columns: asset.fields
            .filter((field) => !field.removedAt)
            .map((field) => ({ id: field.id, name: field.name })),
        }}
        onClose={() => setReporting(false)}
        onCreated={(ticket) => {
          setReporting(false);
          void navigate(`/issues/${ticket.key}`);
        }}
      />
    </Card>
  );
}
