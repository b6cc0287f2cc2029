import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useViewer } from '../auth/viewer-context';
import { StewardLogo } from '../components/steward-logo';
import { menuItems, selectedKeyOf } from './nav-items';
import { UserMenu } from './user-menu';

/** The signed-in frame: navigation on the left, the person on the top right, the page inside. */
export function AppLayout() {
  const { t } = useTranslation(['common', 'enums']);
  const viewer = useViewer();
  const location = useLocation();

  return (
    <Layout className="app-shell">
      <Layout.Sider width={240} breakpoint="lg" collapsedWidth={72} className="app-sider">
        <Link to="/" className="app-sider-brand" aria-label={t('appName')}>
          <StewardLogo size={30} />
        </Link>
        <nav aria-label={t('nav.label')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedKeyOf(location.pathname)]}
            items={menuItems(t, viewer.permissions)}
            className="app-menu"
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <UserMenu />
        </Layout.Header>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
