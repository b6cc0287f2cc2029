import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface CoveringPolicy {
  key: string;
  title: string;
  policy: { id: string };
}

/** The approved policies that apply to a table or a term, each linking to its page. */
export function CoveringPoliciesCard({
  policies,
  subject,
}: {
  policies: readonly CoveringPolicy[];
  subject: 'asset' | 'term';
}) {
  const { t } = useTranslation('common');
  return (
    <Card title={t('coveringPolicies.title')} className="stacked-card" data-testid="covering-policies">
      {policies.length === 0 ? (
        <Typography.Text type="secondary">{t(`coveringPolicies.none.${subject}`)}</Typography.Text>
      ) : (
        <Flex vertical gap={6}>
          {policies.map((item) => (
            <Link key={item.policy.id} to={`/policies/${item.policy.id}`}>
              <SafetyCertificateOutlined aria-hidden /> {item.key} {item.title}
            </Link>
          ))}
        </Flex>
      )}
    </Card>
  );
}
