import { expect, type Page, test } from '@playwright/test';
import {
  chooseOption,
  collectConsoleErrors,
  confirmDialog,
  demoUsers,
  pickFromSearch,
  signIn,
  signOut,
  uniqueName,
} from './support.js';

/** The id of crm.customer in the demo's own source, through the API the app uses. */
async function demoCustomerTableId(page: Page): Promise<string> {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: { query, variables },
    });
    expect(response.ok()).toBe(true);
    return (await response.json()) as { data: Record<string, unknown> };
  };
  const sources = await post('{ dataSources { id name } }');
  const demo = (sources.data.dataSources as { id: string; name: string }[]).find(
    (source) => source.name === 'Homebody operations',
  );
  const assets = await post(
    'query ($sourceId: ID) { dataAssets(filter: { sourceId: $sourceId, schemaName: "crm", search: "customer" }) { nodes { id name } } }',
    { sourceId: demo!.id },
  );
  const nodes = (assets.data.dataAssets as { nodes: { id: string; name: string }[] }).nodes;
  return nodes.find((node) => node.name === 'customer')!.id;
}

test('a steward reports an issue on a column, it is routed to the steward responsible, and she works it to closed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectConsoleErrors(page);
  const title = uniqueName('Customer emails typed into the phone field');

  // Steve (a steward) starts his day in My work: the P1 visit-address issue is on top.
  await signIn(page, demoUsers.steward);
  await expect(page.getByRole('heading', { name: 'My work', level: 2 })).toBeVisible();
  await expect(page.getByTestId('work-item').first()).toContainText('Technicians sent to a customer’s old address');

  // He reports a defect on crm.customer.email from the table's page.
  await page.goto(`/catalog/assets/${await demoCustomerTableId(page)}`);
  await expect(page.getByRole('heading', { name: 'customer', level: 2 })).toBeVisible();
  await page.getByTestId('asset-issues').getByRole('button', { name: 'Report an issue' }).click();
  const form = page.getByRole('dialog', { name: 'Report an issue · crm.customer' });
  await form.getByLabel('Title').fill(title);
  await chooseOption(page, form.getByLabel('Column'), /^email$/);
  await chooseOption(page, form.getByLabel('Priority'), 'P2 · High');
  await confirmDialog(form, form.getByRole('button', { name: 'Report' }));

  // It went to the Customer domain's business steward, inherited by the table; the owner watches.
  await expect(page.getByRole('heading', { name: new RegExp(title), level: 2 })).toBeVisible();
  await expect(page.getByTestId('ticket-assignee')).toHaveText('Carmen Loyola');
  await expect(page.getByTestId('ticket-route')).toHaveText(
    'Routed to the business steward of crm.customer.email (inherited from Customer)',
  );
  await expect(page.getByTestId('ticket-links')).toContainText('crm.customer.email');
  await expect(page.getByTestId('ticket-details').getByTestId('sla-badge')).toContainText('Triage due in');
  const key = ((await page.getByRole('heading', { level: 2 }).locator('.issue-key').textContent()) ?? '').trim();
  expect(key).toMatch(/^DQ-\d+$/);

  // Carmen is on leave: Steve takes it over.
  await page.getByTestId('ticket-details').getByRole('button', { name: 'Reassign' }).click();
  const reassign = page.getByRole('dialog', { name: `Reassign ${key}` });
  await pickFromSearch(page, reassign.getByRole('combobox'), 'Steve', 'Steve Panic', reassign);
  await confirmDialog(reassign, reassign.getByRole('button', { name: 'Reassign' }));
  await expect(page.getByTestId('ticket-assignee')).toHaveText('Steve Panic');

  // Now it is in his My work, with its due date.
  await page.getByRole('navigation').getByRole('link', { name: 'My work', exact: true }).click();
  const item = page.getByTestId('work-item').filter({ hasText: title });
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('sla-badge')).toContainText('Triage due in');
  await item.getByRole('link', { name: new RegExp(title) }).click();

  // He starts work, then resolves it: the root cause is required.
  await page.getByTestId('ticket-actions').getByRole('button', { name: 'Start work' }).click();
  await expect(page.getByTestId('ticket-status')).toHaveText('In progress');
  await page.getByTestId('ticket-actions').getByRole('button', { name: 'Resolve', exact: true }).click();
  const resolve = page.getByRole('dialog', { name: `Resolve ${key}` });
  await expect(resolve.getByLabel('Root cause')).toBeVisible();
  await chooseOption(page, resolve.getByLabel('Root cause'), 'Missing validation');
  await resolve.getByRole('textbox').first().fill('The CRM form now checks the address has an @; 212 rows corrected.');
  await confirmDialog(resolve, resolve.getByRole('button', { name: 'Resolve' }));
  await expect(page.getByTestId('ticket-status')).toHaveText('Resolved');
  await expect(page.getByTestId('ticket-resolution')).toContainText('Missing validation');

  // As the accountable owner he accepts the fix and closes it; the timeline tells the story.
  const actions = page.getByTestId('ticket-actions');
  await actions.getByRole('button', { name: 'Close issue' }).click();
  await expect(page.getByTestId('ticket-status')).toHaveText('Closed');
  await expect(actions.getByRole('button', { name: 'Reopen' })).toBeVisible();
  const timeline = page.getByTestId('ticket-timeline');
  await expect(timeline.getByTestId('ticket-event').filter({ hasText: 'moved it from' })).toHaveCount(3);
  await expect(timeline).toContainText('assigned it to Steve Panic');
  await expect(timeline).toContainText('from Resolved to Closed');

  // Closed issues leave My work.
  await page.getByRole('navigation').getByRole('link', { name: 'My work', exact: true }).click();
  await expect(page.getByTestId('work-item').first()).toBeVisible();
  await expect(page.getByTestId('work-item').filter({ hasText: title })).toHaveCount(0);

  await signOut(page);
  expect(errors.filter((error) => !error.includes('401'))).toEqual([]);
});

test('a viewer reads issues but cannot report or move them', async ({ page }) => {
  await signIn(page, demoUsers.viewer);
  await page.getByRole('navigation').getByRole('link', { name: 'All issues', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Issues', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Report an issue' })).toHaveCount(0);
  await page.getByRole('link', { name: 'DQ-2', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Technicians sent/, level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reassign' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Comment' })).toHaveCount(0);
});
