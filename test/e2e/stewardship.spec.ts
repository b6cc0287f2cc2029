import { expect, type Page, test } from '@playwright/test';
import { demoUsers, signIn, uniqueName } from './support.js';

/** Picks a person in the open person picker by typing part of the name. */
async function pickPerson(page: Page, label: string, search: string, name: string) {
  await page.getByLabel(label).fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
}

test('the governance lead creates a domain, staffs it, and the matrix keeps it after a reload', async ({ page }) => {
  const domainName = uniqueName('Warranty');
  await signIn(page, demoUsers.governanceLead);

  await page.getByRole('navigation').getByRole('link', { name: 'Domains', exact: true }).click();
  await page.getByRole('button', { name: 'New domain' }).click();
  const createDialog = page.getByRole('dialog', { name: 'New domain' });
  await createDialog.getByLabel('Name').fill(domainName);
  await createDialog.getByLabel('Description').fill('Warranty claims and the appliances they cover.');
  await createDialog.getByRole('button', { name: 'Create' }).click();

  // Creating lands on the new domain's page.
  await expect(page.getByRole('heading', { name: domainName, level: 2 })).toBeVisible();

  await page.getByRole('button', { name: /Assign role$/ }).click();
  let dialog = page.getByRole('dialog', { name: `Assign a role on ${domainName}` });
  await pickPerson(page, 'Person', 'Steve', 'Steve Panic');
  await expect(dialog.getByLabel('Role')).toBeVisible();
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Assign role: Business steward' }).click();
  dialog = page.getByRole('dialog', { name: `Assign a role on ${domainName}` });
  await pickPerson(page, 'Person', 'Carmen', 'Carmen Loyola');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  const responsibilities = page.getByTestId('domain-responsibilities');
  await expect(responsibilities.getByRole('link', { name: 'Steve Panic' })).toBeVisible();
  await expect(responsibilities.getByRole('link', { name: 'Carmen Loyola' })).toBeVisible();

  // The history card shows both assignments, newest first, and the domain's creation.
  const history = page.getByTestId('history-card').getByTestId('audit-event');
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText('Assigned a role');
  await expect(history.nth(0).getByRole('link', { name: 'Carmen Loyola' })).toBeVisible();
  await expect(history.nth(0)).toContainText('Business steward');
  await expect(history.nth(1).getByRole('link', { name: 'Steve Panic' })).toBeVisible();
  await expect(history.nth(1)).toContainText('A (Accountable)');
  await expect(history.nth(2)).toContainText('Created a domain');

  await page.getByRole('navigation').getByRole('link', { name: 'Responsibility matrix' }).click();
  const expectStaffedRow = async () => {
    const row = page.getByTestId('responsibility-matrix').getByRole('row').filter({ hasText: domainName });
    await expect(row).toHaveCount(1);
    const ownerCell = row.getByRole('cell').nth(1);
    const stewardCell = row.getByRole('cell').nth(2);
    await expect(ownerCell.getByRole('link', { name: 'Steve Panic' })).toBeVisible();
    await expect(ownerCell.getByLabel('Accountable')).toBeVisible();
    await expect(stewardCell.getByRole('link', { name: 'Carmen Loyola' })).toBeVisible();
    await expect(stewardCell.getByLabel('Responsible')).toBeVisible();
  };
  await expectStaffedRow();
  await page.reload();
  await expectStaffedRow();
});
