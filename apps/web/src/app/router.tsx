import { Flex, Spin } from 'antd';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireViewer } from '../auth/require-viewer';
import { SignInPage } from '../auth/sign-in-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** A screen loaded on first visit: each one is its own chunk, so the first load stays small. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactNode {
  const Screen: ComponentType = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense
      fallback={
        <Flex justify="center" align="center" className="route-loading">
          <Spin />
        </Flex>
      }
    >
      <Screen />
    </Suspense>
  );
}

/** Every screen and its address. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    {
      path: '/change-password',
      element: (
        <RequireViewer passwordStep>
          {page(() => import('../auth/change-password-page'), 'ChangePasswordPage')}
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
      errorElement: <RouteError />,
      children: [
        {
          // Pathless: a screen that fails shows its error inside the layout, menus still there.
          errorElement: <RouteError />,
          children: [
            { index: true, element: page(() => import('../features/overview/overview-page'), 'OverviewPage') },
            { path: 'people', element: page(() => import('../features/people/people-page'), 'PeoplePage') },
            { path: 'people/:id', element: page(() => import('../features/people/person-page'), 'PersonPage') },
            { path: 'org-units', element: page(() => import('../features/org-units/org-units-page'), 'OrgUnitsPage') },
            { path: 'domains', element: page(() => import('../features/domains/domains-page'), 'DomainsPage') },
            { path: 'domains/:id', element: page(() => import('../features/domains/domain-page'), 'DomainPage') },
            { path: 'councils', element: page(() => import('../features/councils/councils-page'), 'CouncilsPage') },
            { path: 'councils/:id', element: page(() => import('../features/councils/council-page'), 'CouncilPage') },
            {
              path: 'responsibility',
              element: page(() => import('../features/responsibility/responsibility-page'), 'ResponsibilityPage'),
            },
            {
              path: 'glossary',
              element: page(() => import('../features/glossary/glossary-browser-page'), 'GlossaryBrowserPage'),
            },
            {
              path: 'glossary/import',
              element: page(() => import('../features/glossary/import-page'), 'ImportPage'),
            },
            {
              path: 'glossary/review',
              element: page(() => import('../features/glossary/review-inbox-page'), 'ReviewInboxPage'),
            },
            { path: 'glossary/search', element: page(() => import('../features/glossary/search-page'), 'SearchPage') },
            { path: 'glossary/terms/:id', element: page(() => import('../features/glossary/term-page'), 'TermPage') },
            {
              path: 'catalog/sources',
              element: page(() => import('../features/catalog/sources-page'), 'SourcesPage'),
            },
            {
              path: 'catalog/sources/:id',
              element: page(() => import('../features/catalog/source-page'), 'SourcePage'),
            },
            {
              path: 'catalog/assets',
              element: page(() => import('../features/catalog/asset-browser-page'), 'AssetBrowserPage'),
            },
            {
              path: 'catalog/suggestions',
              element: page(() => import('../features/catalog/suggestions-page'), 'SuggestionsPage'),
            },
            { path: 'search', element: page(() => import('../features/catalog/search-page'), 'CatalogSearchPage') },
            {
              path: 'catalog/assets/:id',
              element: page(() => import('../features/catalog/asset-page'), 'AssetPage'),
            },
            { path: 'work', element: page(() => import('../features/issues/my-work-page'), 'MyWorkPage') },
            { path: 'issues', element: page(() => import('../features/issues/issues-page'), 'IssuesPage') },
            {
              path: 'issues/settings',
              element: page(() => import('../features/issues/issue-settings-page'), 'IssueSettingsPage'),
            },
            { path: 'issues/:key', element: page(() => import('../features/issues/ticket-page'), 'TicketPage') },
            {
              path: 'program',
              element: page(() => import('../features/program/program-home-page'), 'ProgramHomePage'),
            },
            { path: 'program/:id', element: page(() => import('../features/program/program-page'), 'ProgramPage') },
            {
              path: 'program/:id/steps/:number',
              element: page(() => import('../features/program/program-step-page'), 'ProgramStepPage'),
            },
            {
              path: 'program/:id/documents/:documentId',
              element: page(() => import('../features/program/program-document-page'), 'ProgramDocumentPage'),
            },
            {
              path: 'program/:id/settings',
              element: page(() => import('../features/program/program-settings-page'), 'ProgramSettingsPage'),
            },
            { path: 'scorecard', element: page(() => import('../features/scorecard/scorecard-page'), 'ScorecardPage') },
            { path: 'metrics', element: page(() => import('../features/metrics/metrics-page'), 'MetricsPage') },
            { path: 'metrics/:id', element: page(() => import('../features/metrics/metric-page'), 'MetricPage') },
            { path: 'policies', element: page(() => import('../features/policies/policies-page'), 'PoliciesPage') },
            { path: 'policies/:id', element: page(() => import('../features/policies/policy-page'), 'PolicyPage') },
            { path: 'mdm', element: page(() => import('../features/mdm/mdm-home-page'), 'MdmHomePage') },
            {
              path: 'mdm/domains/:id',
              element: page(() => import('../features/mdm/mdm-domain-page'), 'MdmDomainPage'),
            },
            {
              path: 'mdm/policies/:id',
              element: page(() => import('../features/mdm/policy-editor-page'), 'PolicyEditorPage'),
            },
            {
              path: 'mdm/simulations/:id',
              element: page(() => import('../features/mdm/simulation-page'), 'SimulationPage'),
            },
            {
              path: 'maturity',
              element: page(() => import('../features/maturity/assessments-page'), 'AssessmentsPage'),
            },
            {
              path: 'maturity/assessments/:id',
              element: page(() => import('../features/maturity/assessment-page'), 'AssessmentPage'),
            },
            {
              path: 'maturity/assessments/:id/answer',
              element: page(() => import('../features/maturity/questionnaire-page'), 'QuestionnairePage'),
            },
            { path: 'settings', element: page(() => import('../features/settings/settings-page'), 'SettingsPage') },
            { path: 'admin/accounts', element: page(() => import('../features/admin/accounts-page'), 'AccountsPage') },
            { path: 'admin/webhooks', element: page(() => import('../features/admin/webhooks-page'), 'WebhooksPage') },
            { path: 'audit', element: page(() => import('../features/audit/audit-log-page'), 'AuditLogPage') },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
