import { expect, test } from '@playwright/test';
import { demoUsers, signIn } from './support.js';

test.describe('a read-only viewer', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.viewer);
  });

  test('sees the demo domains and people, and no create, edit or assign controls', async ({ page }) => {
    const noWriteControls = async () => {
      for (const name of [/New /, /Add /, /Create /, /Assign/, /Edit/, /Delete/, /Move/, /Deactivate/, /Remove/]) {
        await expect(page.getByRole('button', { name })).toHaveCount(0);
      }
    };

    await page.goto('/domains');
    const tree = page.getByTestId('domain-tree');
    await expect(tree.getByRole('link', { name: 'Customer', exact: true })).toBeVisible();
    await expect(tree.getByRole('link', { name: 'Product', exact: true })).toBeVisible();
    await noWriteControls();

    await page.goto('/people');
    await expect(page.getByRole('link', { name: 'Ada Schema' })).toBeVisible();
    await page.getByPlaceholder('Search by name or email').fill('Steve');
    await page.getByRole('link', { name: 'Steve Panic' }).click();
    await expect(page.getByRole('heading', { name: 'Steve Panic', level: 2 })).toBeVisible();
    await noWriteControls();

    await page.goto('/responsibility');
    await expect(page.getByTestId('responsibility-matrix').getByRole('link', { name: 'Supplier' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Remove/ })).toHaveCount(0);
    await noWriteControls();

    await page.goto('/councils');
    await expect(page.getByText('Data Governance Council')).toBeVisible();
    await noWriteControls();

    await page.goto('/org-units');
    await expect(page.getByText('Homebody Appliances')).toBeVisible();
    await noWriteControls();

    // Administration is not offered, and its address says so.
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Accounts' })).toHaveCount(0);
    await page.goto('/admin/accounts');
    await expect(page.getByText('Your account cannot open this page.')).toBeVisible();
  });

  test('a mutation from her session comes back as ForbiddenError', async ({ page }) => {
    const response = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: `mutation { createDomain(input: { name: "Shadow IT" }) {
          __typename ... on Error { message code }
        } }`,
      },
    });
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { data: { createDomain: { __typename: string; code: string } } };
    expect(body.data.createDomain.__typename).toBe('ForbiddenError');
    expect(body.data.createDomain.code).toBe('FORBIDDEN');
  });
});
