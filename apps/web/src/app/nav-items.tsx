import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  DashboardOutlined,
  TableOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';

type MenuItem = NonNullable<MenuProps['items']>[number];

import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Permission } from '../auth/viewer-context';

interface NavEntry {
  path: string;
  labelKey:
    | 'nav.overview'
    | 'nav.people'
    | 'nav.orgUnits'
    | 'nav.domains'
    | 'nav.councils'
    | 'nav.responsibility'
    | 'nav.accounts'
    | 'nav.audit';
  icon: ReactNode;
  requires?: Permission;
}

interface NavGroup {
  key: string;
  labelKey?: 'nav.stewardship' | 'nav.administration';
  entries: NavEntry[];
}

/**
 * Every area the app has; nothing here points at a screen that does not exist. Account settings
 * live in the user menu; a group whose entries the viewer may not open is left out.
 */
export const navGroups: NavGroup[] = [
  { key: 'home', entries: [{ path: '/', labelKey: 'nav.overview', icon: <DashboardOutlined aria-hidden /> }] },
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
    key: 'administration',
    labelKey: 'nav.administration',
    entries: [
      {
        path: '/admin/accounts',
        labelKey: 'nav.accounts',
        icon: <UsergroupAddOutlined aria-hidden />,
        requires: 'accounts:manage',
      },
      { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined aria-hidden />, requires: 'audit:read' },
    ],
  },
];

/** The menu for this viewer: entries they may open, grouped. */
export function menuItems(t: TFunction<'common'>, permissions: readonly string[]): MenuProps['items'] {
  return navGroups.flatMap((group): MenuItem[] => {
    const entries = group.entries.filter((entry) => !entry.requires || permissions.includes(entry.requires));
    const items = entries.map(
      (entry): MenuItem => ({
        key: entry.path,
        icon: entry.icon,
        label: <Link to={entry.path}>{t(entry.labelKey)}</Link>,
      }),
    );
    if (!group.labelKey) return items;
    if (items.length === 0) return [];
    return [{ type: 'group' as const, key: group.key, label: t(group.labelKey), children: items }];
  });
}

/** The menu key of the area a path belongs to (/people/123 → /people); none for an unknown address. */
export function selectedKeyOf(pathname: string): string[] {
  if (pathname === '/') return ['/'];
  const paths = navGroups.flatMap((group) => group.entries.map((entry) => entry.path)).filter((path) => path !== '/');
  const match = paths.find((path) => pathname === path || pathname.startsWith(`${path}/`));
  return match ? [match] : [];
}
