import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BookOutlined,
  BulbOutlined,
  CheckSquareOutlined,
  CloudServerOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FundOutlined,
  InboxOutlined,
  LineChartOutlined,
  RadarChartOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge, type MenuProps } from 'antd';

type MenuItem = NonNullable<MenuProps['items']>[number];

import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Permission } from '../auth/viewer-context';

interface NavEntry {
  path: string;
  labelKey:
    | 'nav.overview'
    | 'nav.myWork'
    | 'nav.issuesList'
    | 'nav.issueSettings'
    | 'nav.people'
    | 'nav.orgUnits'
    | 'nav.domains'
    | 'nav.councils'
    | 'nav.responsibility'
    | 'nav.glossaryBrowse'
    | 'nav.glossaryReview'
    | 'nav.glossarySearch'
    | 'nav.catalogSources'
    | 'nav.catalogAssets'
    | 'nav.catalogSuggestions'
    | 'nav.mdm'
    | 'nav.program'
    | 'nav.scorecard'
    | 'nav.maturity'
    | 'nav.metrics'
    | 'nav.policies'
    | 'nav.accounts'
    | 'nav.webhooks'
    | 'nav.audit';
  icon: ReactNode;
  requires?: Permission;
}

interface NavGroup {
  key: string;
  labelKey?:
    | 'nav.stewardship'
    | 'nav.glossary'
    | 'nav.catalog'
    | 'nav.masterData'
    | 'nav.issues'
    | 'nav.administration';
  entries: NavEntry[];
}

/**
 * Every area the app has; nothing here points at a screen that does not exist. Account settings
 * live in the user menu; a group whose entries the viewer may not open is left out.
 */
export const navGroups: NavGroup[] = [
  {
    key: 'home',
    entries: [
      { path: '/', labelKey: 'nav.overview', icon: <DashboardOutlined aria-hidden /> },
      { path: '/work', labelKey: 'nav.myWork', icon: <CheckSquareOutlined aria-hidden /> },
      { path: '/scorecard', labelKey: 'nav.scorecard', icon: <FundOutlined aria-hidden /> },
      { path: '/program', labelKey: 'nav.program', icon: <FlagOutlined aria-hidden /> },
      { path: '/maturity', labelKey: 'nav.maturity', icon: <RadarChartOutlined aria-hidden /> },
      { path: '/metrics', labelKey: 'nav.metrics', icon: <LineChartOutlined aria-hidden /> },
      { path: '/policies', labelKey: 'nav.policies', icon: <SafetyCertificateOutlined aria-hidden /> },
    ],
  },
  {
    key: 'issues',
    labelKey: 'nav.issues',
    entries: [
      { path: '/issues', labelKey: 'nav.issuesList', icon: <AlertOutlined aria-hidden /> },
      {
        path: '/issues/settings',
        labelKey: 'nav.issueSettings',
        icon: <SettingOutlined aria-hidden />,
        requires: 'issues:configure',
      },
    ],
  },
  {
    key: 'stewardship',
    labelKey: 'nav.stewardship',
    entries: [
      { path: '/domains', labelKey: 'nav.domains', icon: <AppstoreOutlined aria-hidden /> },
      { path: '/responsibility', labelKey: 'nav.responsibility', icon: <TableOutlined aria-hidden /> },
      { path: '/people', labelKey: 'nav.people', icon: <UserOutlined aria-hidden /> },
      { path: '/org-units', labelKey: 'nav.orgUnits', icon: <ApartmentOutlined aria-hidden /> },
      { path: '/councils', labelKey: 'nav.councils', icon: <TeamOutlined aria-hidden /> },
    ],
  },
  {
    key: 'glossary',
    labelKey: 'nav.glossary',
    entries: [
      { path: '/glossary', labelKey: 'nav.glossaryBrowse', icon: <BookOutlined aria-hidden /> },
      { path: '/glossary/review', labelKey: 'nav.glossaryReview', icon: <InboxOutlined aria-hidden /> },
      { path: '/glossary/search', labelKey: 'nav.glossarySearch', icon: <FileSearchOutlined aria-hidden /> },
    ],
  },
  {
    key: 'catalog',
    labelKey: 'nav.catalog',
    entries: [
      { path: '/catalog/assets', labelKey: 'nav.catalogAssets', icon: <DatabaseOutlined aria-hidden /> },
      { path: '/catalog/suggestions', labelKey: 'nav.catalogSuggestions', icon: <BulbOutlined aria-hidden /> },
      { path: '/catalog/sources', labelKey: 'nav.catalogSources', icon: <CloudServerOutlined aria-hidden /> },
    ],
  },
  {
    key: 'masterData',
    labelKey: 'nav.masterData',
    entries: [{ path: '/mdm', labelKey: 'nav.mdm', icon: <ClusterOutlined aria-hidden /> }],
  },
  {
    key: 'administration',
    labelKey: 'nav.administration',
    entries: [
      {
        path: '/admin/accounts',
        labelKey: 'nav.accounts',
        icon: <UsergroupAddOutlined aria-hidden />,
        requires: 'accounts:manage',
      },
      {
        path: '/admin/webhooks',
        labelKey: 'nav.webhooks',
        icon: <ApiOutlined aria-hidden />,
        requires: 'webhooks:manage',
      },
      { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined aria-hidden />, requires: 'audit:read' },
    ],
  },
];

/**
 * The menu for this viewer: entries they may open, grouped. `badges` puts a count beside an
 * entry (changes waiting in the review inbox); the collapsed menu shows a dot on its icon.
 */
export function menuItems(
  t: TFunction<'common'>,
  permissions: readonly string[],
  badges: Readonly<Record<string, number>> = {},
  collapsed = false,
): MenuProps['items'] {
  return navGroups.flatMap((group): MenuItem[] => {
    const entries = group.entries.filter((entry) => !entry.requires || permissions.includes(entry.requires));
    const items = entries.map((entry): MenuItem => {
      const count = badges[entry.path] ?? 0;
      const label = t(entry.labelKey);
      return {
        key: entry.path,
        icon: count && collapsed ? <Badge dot>{entry.icon}</Badge> : entry.icon,
        label: count ? (
          <span className="menu-label-with-badge">
            <Link to={entry.path}>{label}</Link>
            <Badge count={count} size="small" className="menu-badge" title={t('nav.badge', { count, label })} />
          </span>
        ) : (
          <Link to={entry.path}>{label}</Link>
        ),
      };
    });
    if (!group.labelKey) return items;
    if (items.length === 0) return [];
    return [{ type: 'group' as const, key: group.key, label: t(group.labelKey), children: items }];
  });
}

/** The menu key of the area a path belongs to (/people/123 → /people); none for an unknown address. */
export function selectedKeyOf(pathname: string): string[] {
  if (pathname === '/') return ['/'];
  const paths = navGroups.flatMap((group) => group.entries.map((entry) => entry.path)).filter((path) => path !== '/');
  // The most specific area wins: /glossary/review is the review inbox, /glossary/terms/1 the browser.
  const match = paths
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? [match] : [];
}
