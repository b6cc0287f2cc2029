import { AuditOutlined, SafetyCertificateOutlined, TableOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StewardLogo } from '../components/steward-logo';

/** The left half of the sign-in screens: what Steward is, in three lines. */
export function BrandPanel() {
  const { t } = useTranslation('auth');
  const points = [
    { icon: <SafetyCertificateOutlined aria-hidden />, text: t('brand.points.ownership') },
    { icon: <TableOutlined aria-hidden />, text: t('brand.points.matrix') },
    { icon: <AuditOutlined aria-hidden />, text: t('brand.points.audit') },
  ];
  return (
    <aside className="brand-panel">
      <StewardLogo size={40} light />
      <div className="brand-panel-body">
        <Typography.Title level={1} className="brand-panel-headline">
          {t('brand.headline')}
        </Typography.Title>
        <Typography.Paragraph className="brand-panel-text">{t('brand.body')}</Typography.Paragraph>
        <Flex vertical gap={14} className="brand-panel-points">
          {points.map((point) => (
            <Flex key={point.text} gap={12} align="center">
              <span className="brand-panel-icon">{point.icon}</span>
              <span>{point.text}</span>
            </Flex>
          ))}
        </Flex>
      </div>
      <span className="brand-panel-footer">{t('brand.footer')}</span>
    </aside>
  );
}
