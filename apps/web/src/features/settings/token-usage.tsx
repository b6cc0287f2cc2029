import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** How to call the API with a token: the endpoint on this server, and a curl line to start from. */
export function TokenUsage() {
  const { t } = useTranslation('settings');
  const endpoint = `${window.location.origin}/graphql`;
  const example = [
    `curl -X POST ${endpoint} \\`,
    "  -H 'Authorization: Bearer <token>' \\",
    "  -H 'content-type: application/json' \\",
    `  -d '{"query":"{ viewer { account { email } } }"}'`,
  ].join('\n');
  return (
    <div className="token-usage" data-testid="token-usage">
      <Typography.Title level={5}>{t('tokens.usage.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('tokens.usage.endpoint')} <Typography.Text code>POST {endpoint}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('tokens.usage.headers')}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: example }} className="token-usage-example">
        <pre>{example}</pre>
      </Typography.Paragraph>
    </div>
  );
}
