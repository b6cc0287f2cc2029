import { expect, test } from '@playwright/test';
import { collectConsoleErrors, confirmDialog, demoUsers, expectToast, signIn } from './support.js';

test('the lead tightens a retention schedule, a legal hold keeps the held table in order, and lifting it opens the disposal task', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectConsoleErrors(page);
  await signIn(page, demoUsers.governanceLead);
  await page.goto('/policies');
  await page.getByTestId('policy-table').getByRole('link', { name: 'Service records retention' }).click();
  await expect(page.getByRole('heading', { name: 'Service records retention', level: 2 })).toBeVisible();
  const policyUrl = page.url();
  // A month of weekly evaluations draws the trend; no exception was ever granted.
  await expect(
    page.getByTestId('policy-compliance-trend').getByRole('img', { name: /^Compliance of GP-2 over 2\d days/ }),
  ).toBeVisible();
  await expect(page.getByTestId('policy-exceptions-card')).toContainText('No exception has been granted.');

  // The schedule goes from two years to one: the oldest visits are about 540 days old.
  const control = page.getByTestId('policy-control').filter({ hasText: 'Service visits deleted after' });
  await control.getByTestId('edit-control').click();
  const editor = page.getByTestId('control-editor');
  await expect(editor.getByTestId('control-kind-fixed')).toBeVisible();
  await editor.getByLabel('Name', { exact: true }).fill('Service visits deleted after one year');
  await editor.getByTestId('control-keep-days').fill('365');
  await confirmDialog(editor, page.getByTestId('control-editor-submit'));
  await expectToast(page, 'Service visits deleted after one year is saved. Its next evaluation uses the change.');

  // The visits are under a legal hold: past the schedule, they are kept, and the control is in order.
  await control.getByTestId('evaluate-control').click();
  await expect(control).toHaveAttribute('data-state', 'pass');
  await control.getByRole('button', { name: /^Show the evidence/ }).click();
  const visits = control.getByTestId('evidence-item').filter({ hasText: 'service.service_visit' });
  await expect(visits).toContainText('kept under legal hold (Warranty dispute W-2026-114 (dishwasher DW-500))');

  // On the table's page: its retention class and the hold; the dispute is settled, the hold lifted.
  await visits.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /service_visit/, level: 2 })).toBeVisible();
  const card = page.getByTestId('asset-lifecycle-card');
  await expect(card.getByTestId('retention-class')).toHaveText('Keep 365 days, then delete');
  await expect(card.getByTestId('asset-under-legal-hold')).toBeVisible();
  const hold = card.getByTestId('legal-hold').filter({ hasText: 'Warranty dispute W-2026-114' });
  await expect(hold).toHaveAttribute('data-standing', 'true');
  await hold.getByRole('button', { name: 'Lift hold' }).click();
  const lift = page.getByRole('dialog', { name: /^Lift the hold for Warranty dispute/ });
  await lift.getByLabel('Note', { exact: true }).fill('The dispute was settled on 20 November.');
  await confirmDialog(lift, lift.getByRole('button', { name: 'Lift hold' }));
  await expect(card.getByTestId('asset-under-legal-hold')).toHaveCount(0);
  await expect(hold).toHaveAttribute('data-standing', 'false');
  await expect(hold).toContainText('The dispute was settled on 20 November.');

  // Evaluated again: the visits are past the schedule, and the control's issue is their disposal task.
  await page.goto(policyUrl);
  await control.getByTestId('evaluate-control').click();
  await expect(control).toHaveAttribute('data-state', 'fail');
  await expect(control.getByTestId('evidence-item').filter({ hasText: 'service.service_visit' })).toContainText(
    'days past the schedule',
  );
  const issue = control.getByRole('link', { name: /^POL-\d+$/ });
  await expect(issue).toBeVisible();
  const issueKey = (await issue.textContent())!.trim();
  await page.goto(policyUrl);
  await control
    .getByTestId('evidence-item')
    .filter({ hasText: 'service.service_visit' })
    .getByRole('link')
    .first()
    .click();
  await expect(card.getByTestId('retention-past-schedule')).toBeVisible();
  await expect(card.getByTestId('retention-disposal-task')).toHaveText(`Disposal task ${issueKey}`);

  // The statement follows the schedule in a second version; the history shows what changed.
  await page.goto(policyUrl);
  await page.getByTestId('new-version').click();
  // The new draft opens in its editor.
  const draft = page.getByTestId('edit-draft-form');
  await draft
    .getByLabel('Statement', { exact: true })
    .fill('Service visits are kept **one year** after the visit, then deleted from the service system.');
  await confirmDialog(draft, page.getByTestId('edit-draft-submit'));
  const versions = page.getByTestId('policy-versions');
  await versions
    .getByRole('button', { name: /expand row/i })
    .first()
    .click();
  const statement = versions.getByTestId('policy-version-changes').locator('[data-field="statement"]');
  await expect(statement.locator('ins').first()).toContainText('one');
  await expect(statement.locator('del').first()).toContainText('two');

  // The registers: the lifted hold, and the visits past their one-year schedule with their disposal task.
  await page.goto('/policies?view=holds');
  await expect(
    page.getByTestId('legal-hold-register-row').filter({ hasText: 'Warranty dispute W-2026-114' }),
  ).toHaveAttribute('data-standing', 'false');
  await page.getByRole('tab', { name: 'Retention schedule' }).click();
  const row = page.getByTestId('retention-register-row').filter({ hasText: 'service.service_visit' });
  await expect(row).toHaveAttribute('data-past-schedule', 'true');
  await expect(row.getByTestId('retention-register-task')).toHaveText(issueKey);

  expect(errors).toEqual([]);
});
