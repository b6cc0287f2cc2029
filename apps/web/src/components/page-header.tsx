import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** The page's primary action (and at most a couple of secondary ones). */
  actions?: ReactNode;
  /** Shown above the title: a breadcrumb or a back link. */
  breadcrumb?: ReactNode;
  /** Shown after the title, on the same line: status tags. */
  tags?: ReactNode;
  avatar?: ReactNode;
}

/** The same head on every page: title, one line of purpose, the primary action on the right. */
export function PageHeader({ title, description, actions, breadcrumb, tags, avatar }: PageHeaderProps) {
  return (
    <header className="page-header">
      {breadcrumb ? <div className="page-header-breadcrumb">{breadcrumb}</div> : null}
      <Flex justify="space-between" align="flex-start" gap={24} wrap>
        <Flex gap={16} align="center" style={{ minWidth: 0, flex: '1 1 420px' }}>
          {avatar}
          <div style={{ minWidth: 0 }}>
            <Flex align="center" gap={12} wrap>
              <Typography.Title level={2} className="page-title">
                {title}
              </Typography.Title>
              {tags}
            </Flex>
            {description ? (
              <Typography.Paragraph type="secondary" className="page-description">
                {description}
              </Typography.Paragraph>
            ) : null}
          </div>
        </Flex>
        {actions ? (
          <Flex gap={8} wrap className="page-actions">
            {actions}
          </Flex>
        ) : null}
      </Flex>
    </header>
  );
}
