import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { signIn } from './auth-api';
import { BrandPanel } from './brand-panel';
import { useSession } from './session-context';

interface SignInValues {
  email: string;
  password: string;
}

/** Only same-site paths are followed after sign-in, never another origin. */
function safeNext(next: string | null, home: string): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : home;
}

/** Stewards start their day in My work; everyone else on the overview. */
const homeOf = (role: string) => (role === 'steward' ? '/work' : '/');

export function SignInPage() {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<SignInValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { resetSession } = useSession();
  const [problem, setProblem] = useState<string | null>(params.get('expired') ? t('signIn.expired') : null);
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async (values: SignInValues) => {
    setSubmitting(true);
    setProblem(null);
    const outcome = await signIn(values.email.trim(), values.password);
    setSubmitting(false);
    if (outcome.kind === 'signed-in') {
      navigate(
        outcome.account.mustChangePassword
          ? '/change-password'
          : safeNext(params.get('next'), homeOf(outcome.account.role)),
        {
          replace: true,
        },
      );
      resetSession();
    } else if (outcome.kind === 'invalid-input') {
      form.setFields(
        outcome.fieldErrors.map((item) => ({
          name: item.field as keyof SignInValues,
          errors: [item.message.charAt(0).toUpperCase() + item.message.slice(1)],
        })),
      );
    } else {
      setProblem(outcome.kind === 'bad-credentials' ? t('signIn.badCredentials') : t('signIn.failed'));
    }
  };

  return (
    <main className="auth-screen">
      <BrandPanel />
      <section className="auth-form-side">
        <div className="auth-form">
          <Typography.Title level={2}>{t('signIn.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
          {problem ? <Alert type="error" showIcon title={problem} className="auth-alert" role="alert" /> : null}
          <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} size="large">
            <Form.Item
              name="email"
              label={t('signIn.email')}
              rules={[{ required: true, message: t('signIn.emailRequired') }]}
            >
              <Input
                prefix={<MailOutlined aria-hidden />}
                placeholder={t('signIn.emailPlaceholder')}
                autoComplete="username"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('signIn.password')}
              rules={[{ required: true, message: t('signIn.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('signIn.submit')}
            </Button>
          </Form>
        </div>
      </section>
    </main>
  );
}
