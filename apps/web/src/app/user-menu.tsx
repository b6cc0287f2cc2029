import { DownOutlined, LogoutOutlined, SettingOutlined } from '@ant-design/icons';
import { Dropdown, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut } from '../auth/auth-api';
import { useSession } from '../auth/session-context';
import { useViewer } from '../auth/viewer-context';
import { PersonAvatar } from '../components/person-avatar';

/** The signed-in person in the header, with settings and sign-out. */
export function UserMenu() {
  const { t } = useTranslation(['common', 'enums']);
  const viewer = useViewer();
  const navigate = useNavigate();
  const { resetSession } = useSession();
  const name = viewer.person?.name ?? viewer.account.displayName;

  const onSignOut = async () => {
    await signOut();
    // Navigate first: resetting the session re-renders (and unmounts) this menu.
    navigate('/sign-in', { replace: true });
    resetSession();
  };

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <span>
                {t('userMenu.signedInAs')} {viewer.account.email}
              </span>
            ),
          },
          { type: 'divider' },
          // A real link: opens in a new tab too, and navigates even if the menu is still animating in.
          {
            key: 'settings',
            icon: <SettingOutlined aria-hidden />,
            label: <Link to="/settings">{t('userMenu.settings')}</Link>,
          },
          { key: 'sign-out', icon: <LogoutOutlined aria-hidden />, label: t('userMenu.signOut'), danger: true },
        ],
        onClick: ({ key, domEvent }) => {
          // A click on the link itself navigates already; a click beside it, on the item, does it here.
          if (key === 'settings' && !(domEvent.target as HTMLElement).closest('a')) navigate('/settings');
          if (key === 'sign-out') void onSignOut();
        },
      }}
    >
      <button type="button" className="user-menu-trigger" aria-label={t('userMenu.signedInAs')} data-testid="user-menu">
        <Flex align="center" gap={10}>
          <PersonAvatar name={name} />
          <Flex vertical align="flex-start" className="user-menu-text">
            <Typography.Text strong>{name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {viewer.person
                ? (viewer.person.title ?? t(`enums:appRole.${viewer.account.role}`))
                : viewer.account.email}
            </Typography.Text>
          </Flex>
          <DownOutlined style={{ fontSize: 10, color: 'rgba(0,0,0,0.45)' }} aria-hidden />
        </Flex>
      </button>
    </Dropdown>
  );
}
