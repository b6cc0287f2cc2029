import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { When } from '../../components/when';
import { MarkNotificationsReadMutation, MyNotificationsQuery } from './issues.graphql';

const REFRESH_MS = 60_000;

/** The header's bell: mentions, assignments and escalations, newest first; opening one reads it. */
export function NotificationBell() {
  const { t } = useTranslation('issues');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['Ticket', 'Notification'] }), []);
  const [{ data }, refetch] = useQuery({ query: MyNotificationsQuery, context });
  const [, markRead] = useMutation(MarkNotificationsReadMutation);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  const unread = data?.myNotifications.unreadCount ?? 0;
  const nodes = data?.myNotifications.nodes ?? [];

  const openItem = (item: (typeof nodes)[number]) => {
    if (!item.readAt) {
      void markRead({ input: { ids: [item.id] } }).then(() => refetch({ requestPolicy: 'network-only' }));
    }
    setOpen(false);
    if (item.ticket) void navigate(`/issues/${item.ticket.key}`);
  };

  const content = (
    <div style={{ width: 360, maxHeight: 440, overflowY: 'auto' }} data-testid="notifications">
      {nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={nodes}
          renderItem={(item) => (
            <List.Item
              style={{ cursor: item.ticket ? 'pointer' : 'default' }}
              role="button"
              tabIndex={0}
              onClick={() => openItem(item)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') openItem(item);
                if (event.key === 'Escape') setOpen(false);
              }}
            >
              <Flex vertical gap={2}>
                <Typography.Text strong={!item.readAt}>{item.text}</Typography.Text>
                <Typography.Text type="secondary">
                  <When at={item.createdAt} />
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Flex justify="space-between" align="center">
          <span>{t('notifications.title')}</span>
          {unread > 0 ? (
            <Button
              size="small"
              type="link"
              onClick={() => void markRead({ input: {} }).then(() => refetch({ requestPolicy: 'network-only' }))}
            >
              {t('notifications.markAll')}
            </Button>
          ) : null}
        </Flex>
      }
      content={content}
    >
      <Button
        type="text"
        aria-label={unread > 0 ? t('notifications.unread', { count: unread }) : t('notifications.title')}
        data-testid="notification-bell"
        icon={
          <Badge count={unread} size="small" offset={[2, -2]}>
            <BellOutlined aria-hidden style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
