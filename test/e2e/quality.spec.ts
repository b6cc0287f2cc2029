import { expect, type Page, test } from '@playwright/test';
import postgres from 'postgres';
import {
  chooseOption,
  collectConsoleErrors,
  confirmDialog,
  demoUsers,
  signIn,
  signOut,
  uniqueName,
} from './support.js';

async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Runs SQL on the demo's operational database, as its own team would (Steward only reads it). */
async function onDemoSource(
  address: { host: string; port: number; database: string; user: string },
  statement: string,
) {
  const sql = postgres({
    host: address.host,
    port: address.port,
    database: address.database,
    username: address.user,
    max: 1,
    onnotice: () => {},
  });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

test('a rule fails, its issue reaches the responsible steward’s My work, he resolves it with a root cause, the rule passes and the issue closes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectConsoleErrors(page);
  const ruleName = uniqueName('Contact email has an @');
  const issueTitle = `${ruleName} fails on crm.contact.email`;
  await signIn(page, demoUsers.steward);

  // Setup through the API: Steve stewards crm.contact; three contacts lose the @ of their email.
  const setup = await api<{
    viewer: { person: { id: string } };
    demoSourceAddress: { host: string; port: number; database: string; user: string };
    dataAssets: { nodes: { id: string; name: string; source: { name: string } }[] };
  }>(
    page,
    `{ viewer { person { id } } demoSourceAddress { host port database user }
       dataAssets(filter: { schemaName: "crm", search: "contact" }) { nodes { id name source { name } } } }`,
  );
  const contact = setup.dataAssets.nodes.find(
    (asset) => asset.name === 'contact' && asset.source.name === 'Homebody operations',
  )!;
  await api(page, `mutation ($input: AssignRoleInput!) { assignRole(input: $input) { __typename } }`, {
    input: {
      personId: setup.viewer.person.id,
      role: 'business_steward',
      scope: { type: 'asset', id: contact.id },
    },
  });
  await onDemoSource(
    setup.demoSourceAddress,
    `update crm.contact set email = replace(email, '@', ' at ') where contact_id <= 3`,
  );

  try {
    // Steve adds the rule on the table's page and runs it: it fails on the three rows.
    await page.goto(`/catalog/assets/${contact.id}`);
    const card = page.getByTestId('quality-rules');
    await card.getByRole('button', { name: 'Add rule' }).click();
    const form = page.getByRole('dialog', { name: 'Add a quality rule to crm.contact' });
    await form.getByLabel('Name').fill(ruleName);
    await chooseOption(page, form.getByLabel('Check'), /^Pattern$/);
    await chooseOption(page, form.getByLabel('Column'), /^email$/);
    await form.getByLabel('Pattern (PostgreSQL regular expression)').fill('@');
    await confirmDialog(form, form.getByRole('button', { name: 'Add rule' }));
    const rule = card.getByTestId('quality-rule').filter({ hasText: ruleName });
    await expect(rule).toContainText('Not run yet');
    await card.getByRole('button', { name: 'Run all now', exact: true }).click();
    await expect(rule.getByTestId('rule-outcome')).toHaveText('Failed', { timeout: 30_000 });
    await expect(rule).toContainText('3 of 80 rows fail');
    await expect(rule.getByTestId('rule-ticket')).toHaveText(/^DQ-\d+$/);
    const key = (await rule.getByTestId('rule-ticket').textContent()) ?? '';

    // The issue went to him, the table's steward: it is in his My work with its due date.
    await page.getByRole('navigation').getByRole('link', { name: 'My work', exact: true }).click();
    const item = page.getByTestId('work-item').filter({ hasText: issueTitle });
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('sla-badge')).toContainText('Triage due in');
    await item.getByRole('link', { name: new RegExp(issueTitle) }).click();
    await expect(page.getByTestId('ticket-assignee')).toHaveText('Steve Panic');
    await expect(page.getByTestId('ticket-timeline')).toContainText('fails: 3 of 80 rows fail');

    // He resolves it with its root cause.
    await page.getByTestId('ticket-actions').getByRole('button', { name: 'Resolve', exact: true }).click();
    const resolve = page.getByRole('dialog', { name: `Resolve ${key}` });
    await chooseOption(page, resolve.getByLabel('Root cause'), 'Entry error at the source');
    await resolve
      .getByRole('textbox')
      .first()
      .fill('The partner portal import swapped @ for " at "; the three contacts are corrected.');
    await confirmDialog(resolve, resolve.getByRole('button', { name: 'Resolve' }));
    await expect(page.getByTestId('ticket-status')).toHaveText('Resolved');

    // The source team fixes the rows; the next run passes and verifies and closes the issue.
    await onDemoSource(
      setup.demoSourceAddress,
      `update crm.contact set email = replace(email, ' at ', '@') where contact_id <= 3`,
    );
    await page.goto(`/catalog/assets/${contact.id}`);
    await page.getByTestId('quality-rules').getByRole('button', { name: 'Run all now', exact: true }).click();
    const ruleAgain = page.getByTestId('quality-rules').getByTestId('quality-rule').filter({ hasText: ruleName });
    await expect(ruleAgain.getByTestId('rule-outcome')).toHaveText('Passed', { timeout: 30_000 });
    await expect(ruleAgain.getByTestId('ticket-status')).toHaveText('Closed');
    await ruleAgain.getByTestId('rule-ticket').click();
    // The table's page also lists its other issues (the policy controls' ones): wait for the issue's page.
    await expect(page).toHaveURL(new RegExp(`/issues/${key}$`));
    await expect(page.getByTestId('ticket-timeline')).toBeVisible();
    await expect(page.getByTestId('ticket-status')).toHaveText('Closed');
    await expect(page.getByTestId('ticket-timeline')).toContainText('Verified:');
    await expect(page.getByTestId('ticket-resolution')).toContainText('Entry error at the source');
  } finally {
    await onDemoSource(
      setup.demoSourceAddress,
      `update crm.contact set email = replace(email, ' at ', '@') where contact_id <= 3`,
    );
  }
  await signOut(page);
  expect(errors.filter((error) => !error.includes('401'))).toEqual([]);
});
