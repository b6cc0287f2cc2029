import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Menu } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useViewer } from '../auth/viewer-context';
import { StewardLogo } from '../components/steward-logo';
import { GlobalSearch } from '../features/catalog/global-search';
import { NotificationBell } from '../features/issues/notification-bell';
import { menuItems, selectedKeyOf } from './nav-items';
import { useReviewCount } from './use-review-count';
import { UserMenu } from './user-menu';

const COLLAPSED_KEY = 'steward.sider.collapsed';

function storedCollapsed(): boolean | undefined {
  try {
    const value = window.localStorage.getItem(COLLAPSED_KEY);
    return value === null ? undefined : value === 'true';
  } catch {
    return undefined;
  }
}

/** The signed-in frame: navigation on the left (collapsible), the person on the top right, the page inside. */
export function AppLayout() {
  const { t } = useTranslation(['common', 'enums']);
  const viewer = useViewer();
  const location = useLocation();
  // The viewer's own choice wins; without one, the sider folds on narrow screens (below lg).
  const [chosen, setChosen] = useState<boolean | undefined>(storedCollapsed);
  const [narrow, setNarrow] = useState(false);
  const collapsed = chosen ?? narrow;
  const pendingReviews = useReviewCount();

  const toggle = (value: boolean) => {
    setChosen(value);
    try {
      window.localStorage.setItem(COLLAPSED_KEY, String(value));
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };

  return (
    <Layout className="app-shell">
      <Layout.Sider
        width={232}
        breakpoint="lg"
        collapsedWidth={72}
        collapsible
        collapsed={collapsed}
        onBreakpoint={setNarrow}
        trigger={null}
        className="app-sider"
      >
        <Link to="/" className="app-sider-brand" aria-label={t('appName')}>
          <StewardLogo size={30} withName={!collapsed} />
        </Link>
        <nav aria-label={t('nav.label')}>
          <Menu
            theme="dark"
            mode="inline"
            inlineCollapsed={collapsed}
            selectedKeys={selectedKeyOf(location.pathname)}
            items={menuItems(t, viewer.permissions, { '/glossary/review': pendingReviews }, collapsed)}
            className="app-menu"
          />
        </nav>
      </Layout.Sider>
      <Layout className="app-main">
        <Layout.Header className="app-header">
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
            onClick={() => toggle(!collapsed)}
            aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
            aria-expanded={!collapsed}
            className="app-sider-toggle"
          />
          <GlobalSearch />
          <NotificationBell />
          <UserMenu />
        </Layout.Header>
        <Layout.Content className="app-content">
          {/* A new page starts at its top; Back returns to where the reader was. */}
          <ScrollRestoration />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
