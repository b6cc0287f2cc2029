import { createBrowserRouter } from 'react-router';
import { ChangePasswordPage } from '../auth/change-password-page';
import { RequireViewer } from '../auth/require-viewer';
import { SignInPage } from '../auth/sign-in-page';
import { AccountsPage } from '../features/admin/accounts-page';
import { CouncilsPage } from '../features/councils/councils-page';
import { DomainPage } from '../features/domains/domain-page';
import { DomainsPage } from '../features/domains/domains-page';
import { OrgUnitsPage } from '../features/org-units/org-units-page';
import { OverviewPage } from '../features/overview/overview-page';
import { PeoplePage } from '../features/people/people-page';
import { PersonPage } from '../features/people/person-page';
import { ResponsibilityPage } from '../features/responsibility/responsibility-page';
import { SettingsPage } from '../features/settings/settings-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';

/** Every screen and its address. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    {
      path: '/change-password',
      element: (
        <RequireViewer passwordStep>
          <ChangePasswordPage />
        </RequireViewer>
      ),
    },
    {
      path: '/',
      element: (
        <RequireViewer>
          <AppLayout />
        </RequireViewer>
      ),
      children: [
        { index: true, element: <OverviewPage /> },
        { path: 'people', element: <PeoplePage /> },
        { path: 'people/:id', element: <PersonPage /> },
        { path: 'org-units', element: <OrgUnitsPage /> },
        { path: 'domains', element: <DomainsPage /> },
        { path: 'domains/:id', element: <DomainPage /> },
        { path: 'councils', element: <CouncilsPage /> },
        { path: 'responsibility', element: <ResponsibilityPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'admin/accounts', element: <AccountsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
