import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An address the app does not know, or a page this account may not open. */
export function NotFoundPage({ forbidden = false }: { forbidden?: boolean }) {
  const { t } = useTranslation('common');
  return (
    <Result
      status={forbidden ? '403' : '404'}
      title={forbidden ? '403' : '404'}
      subTitle={forbidden ? t('errors.forbiddenPage') : t('errors.notFoundPage')}
      extra={
        <Link to="/">
          <Button type="primary">{t('actions.backHome')}</Button>
        </Link>
      }
    />
  );
}
