import { expect, test } from '@playwright/test';
import {
  chooseOption,
  collectConsoleErrors,
  confirmDialog,
  demoUsers,
  pickFromSearch,
  pickTreeNode,
  signIn,
  uniqueName,
} from './support.js';

test('the governance lead writes a privacy policy whose control fails on the demo data, fixes one assignment and watches compliance rise', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectConsoleErrors(page);
  const title = uniqueName('Customer personal data has stewards');
  await signIn(page, demoUsers.governanceLead);
  await page.goto('/policies');
  await expect(page.getByRole('heading', { name: 'Policies', level: 2 })).toBeVisible();
  // The demo's two approved policies.
  await expect(page.getByTestId('policy-table')).toContainText('Customer data privacy');
  await expect(page.getByTestId('policy-table')).toContainText('Service records retention');

  // A privacy policy for the Customer domain, owned by the lead and approved by the data owner.
  await page.getByTestId('write-policy').click();
  const write = page.getByRole('dialog', { name: 'Write a policy' });
  await write.getByLabel('Title', { exact: true }).fill(title);
  await chooseOption(page, write.getByLabel('Kind', { exact: true }), 'Security and privacy');
  for (const [label, search, name] of [
    ['Owner', 'Sarah', 'Sarah Updown'],
    ['Approver', 'Steve', 'Steve Panic'],
  ] as const) {
    const field = write.getByLabel(label, { exact: true });
    const shown = field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
    await pickFromSearch(page, field, search, name, shown);
  }
  await write
    .getByLabel('Statement', { exact: true })
    .fill('Every column with personal data of customers has a steward on its table.');
  await write.getByLabel(/^Driver/).fill('GDPR');
  await pickTreeNode(page, write.getByLabel(/^Domains/), 'Custom', 'Customer');
  await confirmDialog(write, write.getByTestId('write-policy-submit'));
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  const policyUrl = page.url();

  // The control: personal-data columns in scope have a steward on their table.
  await page.getByTestId('add-control').click();
  const editor = page.getByTestId('control-editor');
  await editor.getByLabel('Name', { exact: true }).fill('Personal data has a steward');
  await editor.getByTestId('control-kind-classification_requirement').check();
  await expect(editor.getByTestId('control-require-steward')).toBeChecked();
  await confirmDialog(editor, page.getByTestId('control-editor-submit'));
  const control = page.getByTestId('policy-control').filter({ hasText: 'Personal data has a steward' });
  await control.getByTestId('evaluate-control').click();
  await expect(control).toHaveAttribute('data-state', 'fail');
  // The offending columns are listed, the CRM consumer table among them.
  await expect(control.getByTestId('control-summary')).toContainText(
    'personal-data columns miss what the policy requires',
  );
  const contactEmail = control.getByTestId('evidence-item').filter({ hasText: 'crm.consumer_customer.email' });
  await expect(contactEmail).toHaveAttribute('data-ok', 'false');
  const before = Number(
    ((await page.getByTestId('policy-compliance-share').textContent()) ?? '').replace(/[^\d]/g, ''),
  );

  // The consumer customer table gets a steward of its own.
  await contactEmail.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /consumer_customer/, level: 2 })).toBeVisible();
  await page.getByTestId('asset-owners').getByRole('button', { name: 'Assign a Business steward' }).click();
  const assign = page.getByRole('dialog', { name: /^Assign a role on/ });
  const person = assign.getByLabel('Person', { exact: true });
  const shown = person.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  await pickFromSearch(page, person, 'Carmen', 'Carmen Loyola', shown);
  await confirmDialog(assign, assign.getByRole('button', { name: 'Assign' }));
  await expect(page.getByTestId('asset-owners')).toContainText('Carmen Loyola');

  // Evaluated again: the consumer columns are in order and compliance rises.
  await page.goto(policyUrl);
  await control.getByTestId('evaluate-control').click();
  await expect(control.getByTestId('evidence-item').filter({ hasText: 'crm.consumer_customer.email' })).toHaveCount(0);
  await expect(async () => {
    const after = Number(
      ((await page.getByTestId('policy-compliance-share').textContent()) ?? '').replace(/[^\d]/g, ''),
    );
    expect(after).toBeGreaterThan(before);
  }).toPass({ timeout: 10_000 });

  expect(errors).toEqual([]);
});
