import { expect, type Page, test } from '@playwright/test';
import { collectConsoleErrors, confirmDialog, demoUsers, signIn, signOut, uniqueName } from './support.js';

const APPROVED_DEFINITION = 'Every Homebody appliance that is installed at a customer site and still in use.';
const PROPOSED_DEFINITION = 'Appliances we sold.';
const REJECT_COMMENT = 'Too vague: say that only installed appliances still in use count.';

/** As the signed-in user (a steward), creates a glossary through the API with that user as its reviewer. */
async function createGlossaryAsViewer(page: Page, name: string): Promise<void> {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: { query, variables },
    });
    expect(response.ok()).toBe(true);
    return (await response.json()) as { data: Record<string, unknown> };
  };
  const viewer = await post('{ viewer { person { id } } }');
  const personId = (viewer.data.viewer as { person: { id: string } }).person.id;
  const created = await post(
    `mutation ($input: CreateGlossaryInput!) {
      createGlossary(input: $input) { __typename ... on Error { message } }
    }`,
    {
      input: {
        name,
        description: 'Terms of the service business (made by the glossary test).',
        reviewerIds: [personId],
        ownerIds: [personId],
        reviewerEditsNeedSecondReviewer: true,
      },
    },
  );
  expect((created.data.createGlossary as { __typename: string }).__typename).toBe('CreateGlossarySuccess');
}

/** Opens the review inbox and the decision dialog for the proposal of one term. */
async function decide(page: Page, termName: string, decision: 'Approve' | 'Reject') {
  await page.getByRole('navigation').getByRole('link', { name: 'Review inbox', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review inbox', level: 2 })).toBeVisible();
  const item = page.getByTestId('review-list').getByTestId('proposal-item').filter({ hasText: termName });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: decision }).click();
  const verb = decision === 'Approve' ? 'Approve' : 'Reject';
  const dialog = page.getByRole('dialog', { name: `${verb} the change to ${termName}?` });
  // The dialog's form is mounted once its comment box is there: a click before that can be lost.
  await expect(dialog.getByRole('textbox')).toBeEditable();
  return dialog;
}

test('a steward proposes a term, a reviewer approves it, search finds it by a misspelt synonym, and a rejected change leaves it as approved', async ({
  page,
}) => {
  // Five sign-ins by two people: a longer journey than most.
  test.setTimeout(120_000);
  const errors = collectConsoleErrors(page);
  const glossaryName = uniqueName('Service glossary');
  // Unique per attempt, so a retry does not find the first attempt's proposal too.
  const termName = uniqueName('Installed base');

  // Sarah (a steward) sets up a glossary she reviews.
  await signIn(page, demoUsers.governanceLead);
  await createGlossaryAsViewer(page, glossaryName);
  await signOut(page);

  // Steve proposes a new term with a synonym.
  await signIn(page, demoUsers.steward);
  await page.getByRole('navigation').getByRole('link', { name: 'Browse', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Glossary', level: 2 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Glossary', exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: glossaryName }).click();
  await expect(page.getByTestId('glossary-about')).toContainText('Sarah Updown');
  await page.getByRole('button', { name: 'New term' }).first().click();
  const editor = page.getByRole('dialog', { name: `New term in ${glossaryName}` });
  await expect(editor).toContainText('until Sarah Updown approves it');
  await editor.getByLabel('Name', { exact: true }).fill(termName);
  await editor.getByLabel('Definition').fill(APPROVED_DEFINITION);
  await editor.getByLabel('Synonyms').fill('Appliance fleet');
  await editor.getByLabel('Synonyms').press('Enter');
  await editor.getByLabel('Why this change?').fill('Service planning counts the installed base every month.');
  await editor.getByRole('button', { name: 'Send for review' }).click();

  await expect(page.getByRole('heading', { name: termName, level: 2 })).toBeVisible();
  await expect(page.getByText(`${termName}: sent for review to Sarah Updown.`)).toBeVisible();
  const termUrl = page.url();
  expect(termUrl).toMatch(/\/glossary\/terms\/[0-9a-f-]{36}$/);
  const panel = page.getByTestId('proposal-panel');
  await expect(panel).toContainText('This new term is waiting for approval');
  await expect(panel.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await signOut(page);

  // Sarah approves it from her review inbox.
  await signIn(page, demoUsers.governanceLead);
  const approveDialog = await decide(page, termName, 'Approve');
  await confirmDialog(approveDialog, approveDialog.getByRole('button', { name: 'Approve' }));
  await expect(page.getByText(`${termName} approved: revision 1`)).toBeVisible();
  await expect(page.getByTestId('review-list').getByTestId('proposal-item').filter({ hasText: termName })).toHaveCount(
    0,
  );

  // Search forgives the typo and says which synonym matched; the glossary facet narrows it to this run's term.
  await page.getByRole('navigation').getByRole('link', { name: 'Search', exact: true }).click();
  await page.getByPlaceholder('Search terms, synonyms, abbreviations…').fill('appliance flet');
  await expect(page).toHaveURL(/q=appliance\+flet/);
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  // Close the suggestions (they can open late, once their own search comes back) before the facets.
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByTestId('search-facets').getByText(glossaryName).click();
  await expect(page).toHaveURL(/glossary=/);
  const result = page.getByTestId('search-result');
  await expect(result).toHaveCount(1);
  await expect(result.getByRole('link', { name: termName })).toHaveAttribute('href', new URL(termUrl).pathname);
  await expect(result.getByTestId('matched-synonym')).toContainText('Appliance fleet');
  await signOut(page);

  // Steve proposes a change to the approved definition.
  await signIn(page, demoUsers.steward);
  await page.goto(termUrl);
  await expect(page.getByTestId('term-definition')).toContainText(APPROVED_DEFINITION);
  await page.getByRole('button', { name: 'Propose a change' }).click();
  const change = page.getByRole('dialog', { name: `Propose a change to ${termName}` });
  await change.getByLabel('Definition').fill(PROPOSED_DEFINITION);
  await change.getByLabel('Why this change?').fill('Shorter.');
  await change.getByRole('button', { name: 'Send for review' }).click();
  await expect(change).toBeHidden();
  await expect(page.getByTestId('proposal-panel')).toContainText('A change is waiting for review');
  // The approved text stays what everyone sees, and a second change cannot be started meanwhile.
  await expect(page.getByTestId('term-definition')).toContainText(APPROVED_DEFINITION);
  await expect(page.getByRole('button', { name: 'Propose a change' })).toBeDisabled();
  await signOut(page);

  // Sarah rejects it with a comment.
  await signIn(page, demoUsers.governanceLead);
  const rejectDialog = await decide(page, termName, 'Reject');
  const reject = rejectDialog.getByRole('button', { name: 'Reject' });
  // Rejecting without a comment is refused by the form (a repeated click only repeats the refusal).
  await expect(async () => {
    await reject.click({ timeout: 2_000 });
    await expect(rejectDialog.getByText('Say what should change')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await rejectDialog.getByLabel('What should change?').fill(REJECT_COMMENT);
  await confirmDialog(rejectDialog, reject);
  await expect(page.getByText(`Rejected. ${termName} stays as it was`)).toBeVisible();

  // The term still shows the approved definition, one revision, and the rejection with its comment.
  await page.goto(termUrl);
  await expect(page.getByRole('heading', { name: termName, level: 2 })).toBeVisible();
  await expect(page.getByTestId('term-definition')).toContainText(APPROVED_DEFINITION);
  await expect(page.getByTestId('term-definition')).not.toContainText(PROPOSED_DEFINITION);
  await expect(page.getByTestId('proposal-panel')).toHaveCount(0);
  const history = page.getByTestId('term-history');
  await expect(history.getByTestId('revision-item')).toHaveCount(1);
  await expect(history.getByTestId('revision-item')).toContainText('approved by Sarah Updown');
  await history.getByRole('tab', { name: 'Proposals' }).click();
  await expect(history.getByTestId('decision-note').filter({ hasText: REJECT_COMMENT })).toBeVisible();

  // Sign-out and wrong-password 401s are the browser's network log, not app errors.
  expect(errors.filter((error) => !error.includes('401'))).toEqual([]);
});
