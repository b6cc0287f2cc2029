import { Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  /** One bold line: what is missing. */
  title?: ReactNode;
  description: ReactNode;
  /** What to do about it: a primary button where the viewer may create, nothing otherwise. */
  action?: ReactNode;
}

/** Every "nothing here yet" in the app: the same small illustration, words, and the way out. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      className="empty-state"
      description={
        <Flex vertical gap={4} align="center">
          {title ? <Typography.Text strong>{title}</Typography.Text> : null}
          <Typography.Text type="secondary">{description}</Typography.Text>
        </Flex>
      }
    >
      {action}
    </Empty>
  );
}
