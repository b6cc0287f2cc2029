import { expect, test } from '@playwright/test';
import { collectConsoleErrors, demoUsers, signIn, signOut } from './support.js';

/** Every entry of the navigation, and something of the demo it must show. */
const screens = [
  { nav: 'Overview', heading: 'Overview', shows: 'Supplier has no business steward' },
  {
    nav: 'My work',
    heading: 'My work',
    shows:
      'Everything waiting on you, soonest due first: issues assigned to you, glossary changes you review, questionnaires, attestations and approvals, catalogue suggestions.',
  },
  { nav: 'Governance program', heading: 'Governance program', shows: 'Customer data governance' },
  { nav: 'All issues', heading: 'Issues', shows: 'Technicians sent to a customer’s old address' },
  { nav: 'Issue settings', heading: 'Issue settings', shows: 'Missing validation' },
  { nav: 'Domains', heading: 'Domains', shows: 'Customer' },
  { nav: 'Responsibility matrix', heading: 'Responsibility matrix', shows: 'Steve Panic' },
  { nav: 'People', heading: 'People', shows: 'Carmen Loyola' },
  { nav: 'Org units', heading: 'Org units', shows: 'Customer Service' },
  { nav: 'Councils', heading: 'Councils', shows: 'Data Governance Council' },
  { nav: 'MDM domains', heading: 'Master data', shows: 'The four hub styles' },
  { nav: 'Accounts', heading: 'Accounts', shows: 'lucy.metrics@homebody.example' },
  {
    nav: 'Webhooks',
    heading: 'Webhooks',
    shows: 'No webhook yet. Add one to send issue events to another system.',
  },
  { nav: 'Audit log', heading: 'Audit log', shows: 'Signed in' },
] as const;

test('every navigation entry opens and shows the demo, without console errors', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, demoUsers.admin);
  const navigation = page.getByRole('navigation');

  for (const screen of screens) {
    await navigation.getByRole('link', { name: screen.nav, exact: true }).click();
    await expect(page.getByRole('heading', { name: screen.heading, level: 2 })).toBeVisible();
    await expect(page.getByText(screen.shows, { exact: true }).first()).toBeVisible();
  }

  // Account settings live in the user menu.
  // A click that lands while the menu is still sliding in can miss: open it again and retry.
  const settingsItem = page.getByRole('menuitem', { name: 'Account settings' });
  const settingsHeading = page.getByRole('heading', { name: 'Account settings', level: 2 });
  await expect(async () => {
    if (await settingsHeading.isVisible()) return;
    if (!(await settingsItem.isVisible())) await page.getByTestId('user-menu').click();
    await expect(settingsItem).toBeInViewport({ timeout: 2_000 });
    await settingsItem.getByRole('link').click({ timeout: 2_000 });
    await expect(settingsHeading).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText('API tokens', { exact: true })).toBeVisible();

  // The people search finds Steve Panic, whose page shows his role on Customer.
  await navigation.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByPlaceholder('Search by name or email').fill('Panic');
  await page.getByRole('link', { name: 'Steve Panic' }).click();
  await expect(page.getByTestId('person-roles').getByRole('link', { name: 'Customer' })).toBeVisible();
  await expect(page.getByTestId('person-seats').getByText('Data Governance Council')).toBeVisible();

  expect(errors).toEqual([]);
});

test('a wrong password is refused with a message, and sign-out returns to sign-in', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(demoUsers.governanceLead);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email or password is not right');

  await signIn(page, demoUsers.governanceLead);
  await signOut(page);
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople/);
  // The 401 of the wrong password is the browser's own network log line, not an app error.
  expect(errors.filter((error) => !error.includes('401'))).toEqual([]);
});

test('an expired session sends the browser back to sign-in, and back to the page after', async ({ page, context }) => {
  await signIn(page, demoUsers.governanceLead);
  await context.clearCookies();
  await page.getByRole('navigation').getByRole('link', { name: 'Councils', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcouncils&expired=1/);
  await expect(page.getByRole('alert')).toContainText('Your session has ended');
  await page.getByLabel('Email').fill(demoUsers.governanceLead);
  await page.getByLabel('Password').fill('homebody-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Councils', level: 2 })).toBeVisible();
});

test('an unknown address, a malformed id and a missing record show "not found", with nothing highlighted', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, demoUsers.governanceLead);
  const navigation = page.getByRole('navigation');

  await page.goto('/no-such-page');
  await expect(page.getByText('There is no page at this address.')).toBeVisible();
  await expect(navigation.locator('.ant-menu-item-selected')).toHaveCount(0);

  await page.goto('/domains/not-a-uuid');
  await expect(page.getByText('This domain does not exist, or was deleted.')).toBeVisible();
  await page.goto('/domains/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('This domain does not exist, or was deleted.')).toBeVisible();

  await page.goto('/people/42');
  await expect(page.getByText('This person does not exist, or was removed.')).toBeVisible();
  await page.goto('/people/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('This person does not exist, or was removed.')).toBeVisible();

  await expect(page.getByText('could not be loaded')).toHaveCount(0);
  expect(errors).toEqual([]);
});
