import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { signOut } from './auth-api';
import { BrandPanel } from './brand-panel';
import { ChangePasswordForm } from './change-password-form';
import { useSession } from './session-context';

/** The step between signing in with a password someone else set and entering the app. */
export function ChangePasswordPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const { resetSession } = useSession();

  // A full load: the session's cached viewer still says a new password is due.
  const enter = () => window.location.assign('/');
  const leave = async () => {
    await signOut();
    navigate('/sign-in', { replace: true });
    resetSession();
  };

  return (
    <main className="auth-screen">
      <BrandPanel />
      <section className="auth-form-side">
        <div className="auth-form">
          <Typography.Title level={2}>{t('changePassword.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('changePassword.subtitle')}</Typography.Paragraph>
          <ChangePasswordForm onChanged={enter} />
          <Button type="link" onClick={() => void leave()} style={{ paddingLeft: 0, marginTop: 12 }}>
            {t('changePassword.signOutInstead')}
          </Button>
        </div>
      </section>
    </main>
  );
}
