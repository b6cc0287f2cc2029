import { expect, test } from '@playwright/test';
import { collectConsoleErrors, demoUsers, signIn, uniqueName } from './support.js';

test('a steward adds the demo database as a source, tests it, ingests it and opens a table with its columns and lineage', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const sourceName = uniqueName('Operations copy');
  await signIn(page, demoUsers.steward);

  await page.getByRole('navigation').getByRole('link', { name: 'Data sources' }).click();
  await expect(page.getByRole('heading', { name: 'Data sources', level: 2 })).toBeVisible();
  // The demo's own source is there already, ingested at first start.
  await expect(page.getByRole('link', { name: 'Homebody operations', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a data source' });
  await dialog.getByRole('button', { name: 'Use the Homebody demo database' }).click();
  await dialog.getByLabel('Name').fill(sourceName);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByTestId('connection-test-result')).toContainText('Connected to PostgreSQL');
  await expect(dialog.getByTestId('connection-test-result')).toContainText(/\d+ schemas visible/);
  await dialog.getByRole('button', { name: 'Add source' }).click();

  // Saving lands on the new source, not yet ingested.
  await expect(page.getByRole('heading', { name: sourceName, level: 2 })).toBeVisible();
  await expect(page.getByTestId('ingest-status')).toContainText('Not ingested yet');
  await page.getByRole('button', { name: 'Ingest now' }).click();
  await expect(page.getByTestId('ingest-status')).toContainText('Ingested', { timeout: 30_000 });
  await expect(page.getByTestId('ingest-runs')).toContainText('15 tables added, 2 views added');
  await expect(page.getByTestId('source-schemas').getByRole('link', { name: 'crm' })).toBeVisible();

  // Browse: the schema lists its tables; open one.
  await page.getByTestId('source-schemas').getByRole('link', { name: 'crm' }).click();
  await expect(page.getByRole('heading', { name: 'Assets', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'customer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'customer', level: 2 })).toBeVisible();
  const columns = page.getByTestId('asset-columns');
  await expect(columns.getByRole('row')).toHaveCount(13); // header and 12 columns
  await expect(columns.getByRole('row', { name: /email/ })).toContainText('Where we write to the customer');

  // Lineage: the account it references upstream, the view that reads it downstream.
  const lineage = page.getByTestId('lineage-graph');
  await expect(lineage.getByTestId('lineage-node')).toHaveCount(3);
  await expect(lineage).toContainText('account');
  await expect(lineage).toContainText('consumer_customer');
  await lineage.getByRole('link', { name: 'consumer_customer' }).click();
  await expect(page.getByRole('heading', { name: 'consumer_customer', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'View definition' })).toBeVisible();

  expect(errors).toEqual([]);
});

test('a viewer browses the catalogue but cannot add or ingest sources', async ({ page }) => {
  await signIn(page, demoUsers.viewer);
  await page.getByRole('navigation').getByRole('link', { name: 'Data sources' }).click();
  await expect(page.getByRole('link', { name: 'Homebody operations', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add source' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Homebody operations', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Homebody operations', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ingest/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Browse assets' }).click();
  await expect(page.getByRole('link', { name: 'service_ticket' })).toBeVisible();
});
