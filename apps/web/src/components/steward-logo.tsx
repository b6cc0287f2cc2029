import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/** The Steward mark (a shield with a check) and, optionally, the word. */
export function StewardLogo({
  size = 32,
  withName = true,
  light = false,
}: {
  size?: number;
  withName?: boolean;
  light?: boolean;
}) {
  const { t } = useTranslation('common');
  return (
    <Flex align="center" gap={10} className="steward-logo">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill={light ? '#ffffff' : '#0b6e69'} />
        <path d="M16 6l8 3.5v6c0 5-3.4 9.2-8 10.5-4.6-1.3-8-5.5-8-10.5v-6z" fill={light ? '#0b6e69' : '#ffffff'} />
        <path
          d="M12.5 16.2l2.4 2.4 4.8-5"
          stroke={light ? '#ffffff' : '#0b6e69'}
          strokeWidth="2.2"
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {withName ? (
        <span className="steward-logo-name" style={{ fontSize: size * 0.62, color: light ? '#fff' : undefined }}>
          {t('appName')}
        </span>
      ) : null}
    </Flex>
  );
}
