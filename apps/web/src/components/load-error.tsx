import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

interface LoadErrorProps {
  onRetry: () => void;
  fullPage?: boolean;
}

/** What a page shows when its query failed: say so, and offer to try again. */
export function LoadError({ onRetry, fullPage = false }: LoadErrorProps) {
  const { t } = useTranslation('common');
  const result = (
    <Result
      status="warning"
      title={t('errors.loadTitle')}
      subTitle={t('errors.loadBody')}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      }
    />
  );
  return fullPage ? <div className="full-page-center">{result}</div> : result;
}
