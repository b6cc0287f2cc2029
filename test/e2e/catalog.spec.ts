import { expect, test } from '@playwright/test';
import { collectConsoleErrors, demoUsers, pickFromSearch, signIn, uniqueName } from './support.js';

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
  // Its log: every change, table by table.
  await page.getByTestId('ingest-runs').getByText('What changed').first().click();
  await expect(page.getByTestId('ingest-run-changes')).toContainText('crm.customer: First ingested as a table');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ingest-run-changes')).toBeHidden();
  await expect(page.getByTestId('source-schemas').getByRole('link', { name: 'crm' })).toBeVisible();

  // Browse: the schema lists its tables; open one.
  await page.getByTestId('source-schemas').getByRole('link', { name: 'crm' }).click();
  await expect(page.getByRole('heading', { name: 'Assets', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'customer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'customer', level: 2 })).toBeVisible();
  const columns = page.getByTestId('asset-columns');
  await expect(columns.getByRole('row')).toHaveCount(13); // header and 12 columns
  const emailRow = columns.getByRole('row', { name: /^.*email/ }).first();
  await expect(emailRow).toContainText('Where we write to the customer');

  // Ingest suggested personal data from the column names: the steward confirms Email on email.
  await expect(emailRow.getByTestId('classification-suggestion')).toContainText('Email?');
  await emailRow.getByRole('button', { name: 'Confirm Email (email)' }).click();
  await expect(page.getByText('Confirmed Email on email.')).toBeVisible();
  await expect(emailRow.getByTestId('classification-suggestion')).toHaveCount(0);
  await expect(emailRow).toContainText('Email');

  // She gives the phone column its business meaning: the glossary term "Phone number".
  const phoneRow = columns.getByRole('row', { name: /phone/ }).first();
  await phoneRow.getByRole('button', { name: 'Link a term: phone' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Give phone a business meaning' });
  await linkDialog.getByLabel('Term').fill('Phone number');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Phone number' })
    .first()
    .click();
  await linkDialog.getByRole('button', { name: 'Link' }).click();
  await expect(linkDialog).toBeHidden();
  await expect(phoneRow.getByRole('link', { name: 'Phone number' })).toBeVisible();
  // The term's classification and tags now apply to the column.
  await expect(phoneRow).toContainText('PII');

  // Anyone finds the column by a synonym of its term ("Mobile number"), even misspelt.
  const search = page.getByRole('combobox', { name: 'Search terms, tables and columns' });
  await search.fill('mobile numbr');
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: 'crm.customer.phone',
  });
  await expect(option.first()).toContainText('via Mobile number');
  await search.press('Enter');
  await expect(page.getByTestId('search-fields')).toContainText('crm.customer.phone');
  // Facets count every match by source; choosing one narrows the results to it.
  await page.getByTestId('search-facets').getByText(sourceName).click();
  await expect(page).toHaveURL(/source=/);
  await expect(page.getByTestId('search-fields')).toContainText('crm.customer.phone');
  await page.goBack();
  await page.goBack();

  // Lineage: the account it references upstream, the view that reads it downstream.
  const lineage = page.getByTestId('lineage-graph');
  await expect(lineage.getByTestId('lineage-node')).toHaveCount(3);
  await expect(lineage).toContainText('account');
  await expect(lineage).toContainText('consumer_customer');
  await lineage.getByRole('link', { name: 'consumer_customer' }).click();
  await expect(page.getByRole('heading', { name: 'consumer_customer', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'View definition' })).toBeVisible();

  // Profiling reads the rows: figures per column, the most frequent values among them.
  await expect(page.getByTestId('profile-status')).toContainText('Not profiled yet');
  await page.getByRole('button', { name: 'Profile' }).click();
  await expect(page.getByTestId('profile-status')).toContainText(/Profiled .*: [\d,]+ rows/, { timeout: 30_000 });
  await page
    .getByRole('row', { name: /city/ })
    .getByRole('button', { name: /expand/i })
    .click();
  await expect(page.getByTestId('field-profile')).toContainText('Most frequent values');
  await expect(page.getByTestId('field-profile')).toContainText('Berlin');

  // Lineage the source cannot tell, drawn by hand: the marketing view feeds an export.
  await page.getByTestId('asset-lineage').getByRole('button', { name: 'Draw lineage' }).click();
  const draw = page.getByRole('dialog', { name: 'Draw lineage for crm.consumer_customer' });
  await draw.getByLabel('feeds').check();
  await draw.getByLabel('Other table or view').fill('web_customer');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: `webshop.web_customer · ${sourceName}`,
    })
    .click();
  await draw.getByRole('textbox', { name: 'How (optional)' }).fill('Weekly newsletter sync');
  await draw.getByRole('button', { name: 'Draw' }).click();
  await expect(draw).toBeHidden();
  await expect(page.getByTestId('lineage-drawn')).toContainText('crm.consumer_customer → webshop.web_customer');
  await expect(page.getByTestId('lineage-graph').getByRole('link', { name: 'web_customer' })).toBeVisible();
  await expect(page.getByTestId('lineage-graph')).toContainText('Weekly newsletter sync');

  // Ownership: the view answers to its domain's stewards until it has its own.
  const owners = page.getByTestId('asset-owners');
  await owners.getByRole('button', { name: 'Assign a Technical steward' }).click();
  const assign = page.getByRole('dialog', { name: 'Assign a role on crm.consumer_customer' });
  await pickFromSearch(page, assign.getByLabel('Person'), 'Ada', 'Ada Schema', assign);
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();
  await expect(owners.getByRole('link', { name: 'Ada Schema' })).toBeVisible();

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
