import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session-context';
import { createRouter } from './router';
import { stewardTheme } from './theme';

/** Providers, outermost first: theme and locale, antd's message/modal context, the session, routes. */
export function App() {
  const [router] = useState(createRouter);
  return (
    <ConfigProvider theme={stewardTheme} locale={enUS}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
