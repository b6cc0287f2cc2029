import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

const RELOADED_KEY = 'steward.reloadedForNewVersion';

/** A screen's code that no longer exists on the server: Steward was updated since this page loaded. */
const isStaleChunk = (error: unknown) =>
  error instanceof Error &&
  /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
    error.message,
  );

/**
 * What a screen that failed shows instead of the router's bare error: after an update, the page
 * reloads once by itself to fetch the new version; anything else says so plainly, with a way on.
 */
export function RouteError() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  const stale = isStaleChunk(error);
  useEffect(() => {
    if (!stale || sessionStorage.getItem(RELOADED_KEY)) return;
    sessionStorage.setItem(RELOADED_KEY, String(Date.now()));
    window.location.reload();
  }, [stale]);
  useEffect(() => {
    if (!stale) sessionStorage.removeItem(RELOADED_KEY);
  }, [stale]);
  if (error instanceof Error) console.error(error);
  return (
    <Result
      status={stale ? 'info' : 'error'}
      title={stale ? t('errors.newVersionTitle') : t('errors.screenFailedTitle')}
      subTitle={stale ? t('errors.newVersion') : t('errors.screenFailed')}
      extra={
        <Button
          type="primary"
          onClick={() => {
            sessionStorage.removeItem(RELOADED_KEY);
            window.location.reload();
          }}
        >
          {t('errors.reload')}
        </Button>
      }
    />
  );
}
