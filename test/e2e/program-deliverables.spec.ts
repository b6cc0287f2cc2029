import { expect, type Page, test } from '@playwright/test';
import {
  collectConsoleErrors,
  confirmDialog,
  demoUsers,
  expectToast,
  pickFromSearch,
  signIn,
  signOut,
  uniqueName,
} from './support.js';

/** Creates a program through the API (the wizard has its own test) and returns its page. */
async function createProgram(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/graphql', {
    data: {
      query: `mutation ($input: CreateProgramInput!) {
        createProgram(input: $input) { __typename ... on CreateProgramSuccess { data { id } } }
      }`,
      variables: { input: { name } },
    },
    headers: { accept: 'application/graphql-response+json' },
  });
  const body = (await response.json()) as { data: { createProgram: { data: { id: string } } } };
  return `/program/${body.data.createProgram.data.id}`;
}

test('the lead writes the charter, the sponsor approves it, and step 5 shows it as evidence', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectConsoleErrors(page);
  await signIn(page, demoUsers.governanceLead);
  const programUrl = await createProgram(page, uniqueName('Charter program'));

  // Step 5: the charter is a deliverable the sponsor approves; nothing provides it yet.
  await page.goto(`${programUrl}/steps/5`);
  await expect(page.getByTestId('criterion-EC5.1')).toHaveClass(/criterion-row-fail/);
  // This program asks more of its councils than the catalogue's 3 members.
  await expect(page.getByTestId('criterion-EC5.2')).toHaveClass(/criterion-row-pass/);
  await page.getByRole('button', { name: 'Change the threshold of EC5.2' }).click();
  await page.getByLabel('Threshold of EC5.2', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Use this threshold' }).click();
  await expect(page.getByTestId('criterion-EC5.2')).toContainText(/threshold 10/i);
  await expect(page.getByTestId('criterion-EC5.2')).toHaveClass(/criterion-row-fail/);
  const charter = page.getByTestId('deliverable-D5.1');
  await expect(charter).toContainText('An executive sponsor must approve it.');
  await expect(charter).toContainText('Nothing provides this deliverable yet.');
  await charter.getByRole('button', { name: 'Write document' }).click();
  const write = page.getByRole('dialog', { name: 'Write a document' });
  await expect(write.getByLabel('Title')).toHaveValue('Approved charter');
  await write.getByLabel('Title').fill('Customer data charter');
  await confirmDialog(write, write.getByRole('button', { name: 'Create draft' }));

  // The document page opens on the draft's editor.
  await expect(page.getByRole('heading', { name: 'Customer data charter', level: 2 })).toBeVisible();
  const documentUrl = page.url();
  const editor = page.getByTestId('document-editor');
  await editor
    .getByLabel('Text')
    .fill('# Mission\nOne trusted record per customer.\n\n# Decision rights\nThe data owner approves terms.');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expectToast(page, 'Draft saved');
  await page.getByRole('button', { name: 'Send for approval' }).click();
  await expectToast(page, 'Sent for approval');
  // The lead sent it: only a sponsor may approve the charter.
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(page.getByTestId('document-approvers')).toContainText('Yoshi Goto');

  // The sponsor approves it.
  await signOut(page);
  await signIn(page, demoUsers.sponsor);
  errors.length = 0;
  await page.goto(documentUrl);
  await page.getByRole('button', { name: 'Approve' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve version 1?' });
  await approve.getByLabel('Comment (optional)').fill('Agreed at the steering committee.');
  await confirmDialog(approve, approve.getByRole('button', { name: 'Approve' }));
  await expect(page.getByTestId('document-body')).toContainText('Approved by Yoshi Goto');

  // Back with the lead: EC5.1 passes on the approval, and the deliverable names it.
  await signOut(page);
  await signIn(page, demoUsers.governanceLead);
  errors.length = 0;
  await page.goto(`${programUrl}/steps/5`);
  await expect(page.getByTestId('criterion-EC5.1')).toHaveClass(/criterion-row-pass/);
  await expect(page.getByTestId('criterion-EC5.1')).toContainText(
    'Customer data charter v1 approved by Yoshi Goto (executive sponsor)',
  );
  await expect(charter.getByTestId('deliverable-document')).toContainText('approved v1 by Yoshi Goto');
  await expect(page.getByTestId('step-organisation').getByTestId('org-sponsors')).toContainText('Yoshi Goto');

  // A second version: the diff shows what changed.
  await page.goto(documentUrl);
  await page.getByRole('button', { name: 'New version' }).click();
  await editor.getByLabel('Text').fill('# Mission\nOne trusted record per customer.\n\n# Escalation\nTo the council.');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expectToast(page, 'Draft saved');
  await page.getByTestId('document-history').getByLabel('Compare version 1').check();
  await page.getByTestId('document-history').getByLabel('Compare version 2').check();
  const diff = page.getByTestId('document-diff');
  await expect(diff.locator('[data-kind="added"]', { hasText: '# Escalation' })).toBeVisible();
  await expect(diff.locator('[data-kind="removed"]', { hasText: '# Decision rights' })).toBeVisible();

  // The next iteration starts from this one: same program, steps again from the start.
  await page.goto(programUrl);
  await page.getByRole('button', { name: 'Start next iteration' }).click();
  const iterate = page.getByRole('dialog', { name: 'Start iteration 2' });
  await confirmDialog(iterate, iterate.getByRole('button', { name: 'Start the iteration' }));
  await expect(page.getByRole('heading', { name: /\(iteration 2\)$/, level: 2 })).toBeVisible();
  await expect(page.getByText('Iteration 2', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /^follows Charter program/ })).toBeVisible();

  expect(errors).toEqual([]);
});

test('a council records a decision with the term it changed, and the step comments carry the discussion', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectConsoleErrors(page);
  await signIn(page, demoUsers.governanceLead);
  await page.goto('/councils');
  await page.getByRole('link', { name: 'Data Stewardship Council' }).click();
  await expect(page.getByRole('heading', { name: 'Data Stewardship Council', level: 2 })).toBeVisible();
  const log = page.getByTestId('decision-log');
  await log.getByRole('button', { name: 'Record decision' }).click();
  const form = page.getByRole('dialog', { name: 'Record a decision of Data Stewardship Council' });
  const title = uniqueName('Warranty start date is the delivery date');
  await form.getByLabel('Decision', { exact: true }).fill(title);
  await form.getByLabel('Rationale').fill('Customers cannot use the appliance before it is delivered.');
  const record = form.getByRole('combobox', { name: 'Record', exact: true });
  await pickFromSearch(page, record, 'Warranty', 'Warranty start date', form);
  await expect(form.getByText('Glossary term: Warranty start date')).toBeVisible();
  await confirmDialog(form, form.getByRole('button', { name: 'Record' }));
  await expectToast(page, 'Decision recorded.');
  const decision = log.getByRole('article', { name: title });
  await expect(decision).toContainText('Customers cannot use the appliance before it is delivered.');
  await decision.getByRole('link', { name: 'Warranty start date' }).click();
  await expect(page.getByRole('heading', { name: /Warranty start date/, level: 2 })).toBeVisible();

  // The demo program's step 6 carries a discussion; the lead adds to it.
  await page.goto('/program');
  await page.getByRole('link', { name: 'Customer data governance' }).first().click();
  await page.getByTestId('program-step-6').click();
  const comments = page.getByTestId('step-comments');
  await expect(comments.getByTestId('step-comment')).toHaveCount(2);
  await comments.getByLabel('Your comment').fill('Legal confirmed the consent terms for Thursday.');
  await comments.getByRole('button', { name: 'Comment' }).click();
  await expect(comments.getByTestId('step-comment')).toHaveCount(3);
  await expect(comments.getByTestId('step-comment').last()).toContainText('Sarah Updown');

  expect(errors).toEqual([]);
});
