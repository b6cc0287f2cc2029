import { expect, type Page, test } from '@playwright/test';
import {
  collectConsoleErrors,
  confirmDialog,
  demoUsers,
  pickFromSearch,
  signIn,
  signOut,
  uniqueName,
} from './support.js';

const categories = [
  { label: '5. Stewardship', keys: ['Q5.1', 'Q5.2', 'Q5.3', 'Q5.4'] },
  { label: '6. Data Quality Management', keys: ['Q6.1', 'Q6.2', 'Q6.3', 'Q6.4'] },
  { label: '10. Classification & Metadata', keys: ['Q10.1', 'Q10.2', 'Q10.3', 'Q10.4'] },
];

/** Answers every question of the assessment, one category at a time, and submits. */
async function answerQuestionnaire(page: Page, url: string, current: string, target: string): Promise<void> {
  await page.goto(`${url}/answer`);
  const form = page.getByTestId('maturity-questionnaire');
  await expect(form).toBeVisible();
  for (const [index, category] of categories.entries()) {
    for (const key of category.keys) {
      await form.getByTestId(`answer-${key}-current`).getByText(current, { exact: true }).click();
      await form.getByTestId(`answer-${key}-target`).getByText(target, { exact: true }).click();
    }
    if (index < categories.length - 1) {
      await page.getByRole('button', { name: 'Save and next' }).click();
      await expect(form.getByTestId(`question-${categories[index + 1]!.keys[0]}`)).toBeVisible();
    }
  }
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Submit answers' });
  await confirmDialog(confirm, confirm.getByRole('button', { name: 'Submit answers' }));
  await expect(page.getByTestId('questionnaire-thanks')).toBeVisible();
}

test('two respondents answer, the facilitator closes the assessment, and the scorecard shows the radar and the KPIs', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  const name = uniqueName('Winter check');

  // The governance lead starts an assessment on three categories, facilitated by herself.
  await signIn(page, demoUsers.governanceLead);
  await page.goto('/maturity');
  await expect(page.getByRole('heading', { name: 'Maturity assessments', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'New assessment' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'New maturity assessment' });
  await wizard.getByLabel('Assessment name').fill(name);
  await wizard.getByLabel('Scope').fill('Customer data in the CRM and the web shop');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByLabel('All 11 categories').uncheck();
  for (const category of categories) {
    const label = new RegExp(`^${category.label.replace(/[.&]/g, (char) => `\\${char}`)}`);
    await wizard.getByRole('checkbox', { name: label }).check();
  }
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('button', { name: 'Create the assessment' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  const assessmentUrl = page.url().replace(/\?.*$/, '');

  // A business and an IT respondent.
  const invite = page.getByTestId('invite-respondent-form');
  const person = invite.getByLabel('Person');
  const shown = person.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  await pickFromSearch(page, person, 'Steve', 'Steve Panic', shown);
  await invite.getByText('Business', { exact: true }).click();
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByTestId('respondents-table')).toContainText('Steve Panic');
  await pickFromSearch(page, person, 'Tony', 'Tony Technology', shown);
  await invite.getByText('IT', { exact: true }).click();
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByTestId('respondents-table')).toContainText('Tony Technology');

  // Each answers the questionnaire.
  await signOut(page);
  await signIn(page, demoUsers.steward);
  errors.length = 0;
  await answerQuestionnaire(page, assessmentUrl, '2', '4');
  await signOut(page);
  await signIn(page, demoUsers.admin);
  errors.length = 0;
  await answerQuestionnaire(page, assessmentUrl, '3', '4');

  // The facilitator agrees the levels (the suggestions start from the answers) and closes it.
  await signOut(page);
  await signIn(page, demoUsers.governanceLead);
  errors.length = 0;
  await page.goto(`${assessmentUrl}?tab=consensus`);
  await expect(page.getByTestId('consensus-Q5.1')).toContainText('2 answers');
  await page.getByRole('button', { name: 'Close the assessment' }).first().click();
  const confirm = page.getByRole('dialog', { name: 'Close the assessment?' });
  await confirmDialog(confirm, confirm.getByRole('button', { name: 'Close the assessment' }));
  await expect(page.getByText('Assessment closed', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('maturity-heatmap')).toContainText('Steve Panic');
  await expect(page.getByTestId('maturity-heatmap')).toContainText('Tony Technology');

  // The scorecard reads the latest closed assessment: the radar, the KPIs, the risks.
  await page.goto('/scorecard');
  await expect(page.getByRole('heading', { name: 'Scorecard', level: 2 })).toBeVisible();
  const maturity = page.getByTestId('scorecard-maturity');
  await expect(maturity).toContainText(name);
  await expect(page.getByTestId('scorecard-radar').getByRole('img')).toBeVisible();
  await expect(page.getByTestId('maturity-table')).toContainText('Stewardship');
  const kpis = page.getByTestId('scorecard-kpi');
  expect(await kpis.count()).toBeGreaterThanOrEqual(9);
  await expect(
    page.getByRole('group', { name: 'Issue backlog' }).or(kpis.filter({ hasText: 'Issue backlog' })),
  ).toBeVisible();
  await expect(page.getByTestId('scorecard-risks')).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/scorecard.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('scorecard-print-header')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.screenshot({ path: 'test-results/scorecard-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  expect(errors).toEqual([]);
});
