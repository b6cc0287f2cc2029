import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { collectConsoleErrors, demoUsers, signIn, uniqueName } from './support.js';

const HEADER = 'name,definition,synonyms,parent';
const SERVICE_ORDER = 'Service order,An order to repair an appliance at a customer home.,Repair order,';
const VISIT_SLOT = 'Visit slot,A two-hour window in which a technician visits.,Time slot,Service order';
/** The third row names a broader term that is neither in the file nor in the glossary. */
const BAD_FILE = [HEADER, SERVICE_ORDER, VISIT_SLOT, 'Repair kit,The parts one repair needs.,,Nowhere term'].join('\n');
const FIXED_FILE = [HEADER, SERVICE_ORDER, VISIT_SLOT, 'Repair kit,The parts one repair needs.,,Service order'].join(
  '\n',
);

/** GraphQL through the page's session (same origin, JSON: the server's CSRF rule lets it through). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A glossary Sarah owns and Carmen Loyola reviews (so Sarah's import waits for Carmen). */
async function createGlossary(page: Page, name: string): Promise<string> {
  const { viewer } = await graphql<{ viewer: { person: { id: string } } }>(page, '{ viewer { person { id } } }');
  const { people } = await graphql<{ people: { nodes: { id: string; name: string }[] } }>(
    page,
    'query ($search: String) { people(filter: { search: $search }) { nodes { id name } } }',
    { search: 'Carmen' },
  );
  const carmen = people.nodes.find((person) => person.name === 'Carmen Loyola');
  expect(carmen).toBeTruthy();
  const { createGlossary: created } = await graphql<{
    createGlossary: { __typename: string; data?: { id: string } };
  }>(
    page,
    `mutation ($input: CreateGlossaryInput!) {
      createGlossary(input: $input) { __typename ... on CreateGlossarySuccess { data { id } } ... on Error { message } }
    }`,
    {
      input: {
        name,
        description: 'Service terms (made by the import test).',
        ownerIds: [viewer.person.id],
        reviewerIds: [carmen!.id],
      },
    },
  );
  expect(created.__typename).toBe('CreateGlossarySuccess');
  return created.data!.id;
}

test('a steward checks a CSV, fixes the bad row, imports it as one batch for review, and exports the glossary', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const glossaryName = uniqueName('Service glossary');
  await signIn(page, demoUsers.governanceLead);
  const glossaryId = await createGlossary(page, glossaryName);

  // The browser offers the import for this glossary, which the wizard has chosen already.
  await page.goto(`/glossary?g=${glossaryId}`);
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page).toHaveURL(new RegExp(`/glossary/import\\?g=${glossaryId}`));
  await expect(page.getByRole('heading', { name: 'Import terms from CSV', level: 2 })).toBeVisible();
  const step1 = page.getByTestId('import-file-step');
  await expect(step1.getByRole('combobox', { name: 'Glossary' })).toBeVisible();
  await expect(step1).toContainText(glossaryName);

  // A file with a bad row: the verdict names its row and column, and Import stays off.
  await step1.locator('input[type=file]').setInputFiles({
    name: 'service-terms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(BAD_FILE),
  });
  await expect(page.getByTestId('import-file-name')).toHaveText('service-terms.csv');
  await page.getByRole('button', { name: 'Check the file' }).click();
  const verdicts = page.getByTestId('import-verdicts');
  await expect(verdicts.getByTestId('import-count-error')).toContainText('1');
  const badRow = verdicts.getByTestId('import-table').getByRole('row').filter({ hasText: 'Repair kit' });
  await expect(badRow).toHaveCount(1);
  await expect(badRow.getByRole('cell').first()).toHaveText('4');
  await expect(badRow).toContainText('Problem');
  await expect(badRow.locator('.import-problem-column')).toHaveText('parent');
  await expect(badRow).toContainText('no term named "Nowhere term"');
  await expect(verdicts.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expect(verdicts.getByTestId('import-blocked')).toContainText('all or nothing');

  // The corrected file checks clean: three new terms, and Import is on.
  await verdicts.locator('input[type=file]').setInputFiles({
    name: 'service-terms-fixed.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(FIXED_FILE),
  });
  await expect(verdicts.getByTestId('import-count-create')).toContainText('3');
  await expect(verdicts.getByTestId('import-count-error')).toContainText('0');
  await expect(verdicts.getByRole('heading', { name: 'Check of service-terms-fixed.csv' })).toBeVisible();
  const importButton = verdicts.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled();
  await importButton.click();

  // The background job runs to the end and makes one batch for Carmen to review.
  const progress = page.getByTestId('import-progress');
  await expect(progress.getByText('Imported: one batch waits for review')).toBeVisible({ timeout: 30_000 });
  await expect(progress.getByTestId('import-count-create')).toContainText('3');
  await progress.getByRole('button', { name: 'Review the batch' }).click();
  await expect(page).toHaveURL(/\/glossary\/review\?batch=[0-9a-f-]{36}/);
  // The batch the button names is open (others Sarah may review stay closed below it).
  const batch = page.getByTestId('review-batch').filter({ hasText: 'Import of service-terms-fixed.csv' });
  await expect(batch).toHaveCount(1);
  await expect(
    batch.getByRole('button', { name: 'Hide the proposals of Import of service-terms-fixed.csv' }),
  ).toBeVisible();
  await expect(batch.getByTestId('batch-counts')).toContainText('3 waiting');
  // Sarah imported it, so she does not decide it: no buttons, and she is told why.
  await expect(batch.getByRole('button', { name: 'Approve all' })).toHaveCount(0);
  await expect(batch).toContainText('You may not decide these');
  await expect(batch.getByTestId('proposal-item')).toHaveCount(3);

  // The export downloads the glossary as CSV, with the three terms waiting for review.
  await page.goto(`/glossary?g=${glossaryId}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  for (const name of ['Service order', 'Visit slot', 'Repair kit']) expect(csv).toContain(name);
  expect(csv.split('\n')[0]).toContain('name,definition');

  expect(errors).toEqual([]);
});
