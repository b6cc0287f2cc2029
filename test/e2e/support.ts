import { expect, type Locator, type Page } from '@playwright/test';

/** Every demo sign-in shares this password (the server's demo seed). */
export const DEMO_PASSWORD = 'homebody-demo';

export const demoUsers = {
  governanceLead: 'sarah.updown@homebody.example',
  steward: 'steve.panic@homebody.example',
  viewer: 'lucy.metrics@homebody.example',
  admin: 'tony.technology@homebody.example',
  sponsor: 'yoshi.goto@homebody.example',
} as const;

/** Signs in through the sign-in form and waits for the home page (My work for stewards, else the overview). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^(Overview|My work)$/, level: 2 })).toBeVisible();
}

/**
 * Signs out through the user menu and waits for the sign-in form. A click that lands while the
 * menu is still sliding in can miss it: then the menu is opened again and the click repeated.
 */
export async function signOut(page: Page): Promise<void> {
  const item = page.getByRole('menuitem', { name: 'Sign out' });
  const signInHeading = page.getByRole('heading', { name: 'Sign in to Steward' });
  await expect(async () => {
    if (await signInHeading.isVisible()) return;
    if (!(await item.isVisible())) await page.getByTestId('user-menu').click();
    await expect(item).toBeInViewport({ timeout: 2_000 });
    await item.click({ timeout: 2_000 });
    await expect(signInHeading).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

/** Collects console errors and uncaught exceptions of a page, to assert there are none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** A name nobody else in this run uses. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/**
 * Expects the confirmation toast with exactly this text. The same words often appear on the page
 * too (a history line "Sent for approval by …"), so the toast is found by its own element.
 */
export async function expectToast(page: Page, text: string): Promise<void> {
  await expect(page.locator('.ant-message-notice').getByText(text, { exact: true })).toBeVisible();
}

/**
 * Clicks a dialog's confirming button until the dialog closes. Under load a click can land while
 * the dialog is still mounting its form and be lost; a second click on a busy (loading) button is
 * ignored by the button, so this never decides twice.
 */
export async function confirmDialog(dialog: Locator, button: Locator): Promise<void> {
  await expect(async () => {
    if (await dialog.isVisible()) await button.click({ timeout: 2_000 });
    await expect(dialog).toBeHidden({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Chooses an option of an antd Select (by its field) and checks the field shows it. Under load a
 * click can land while the dropdown is still sliding in and be lost: then it opens the list again.
 */
export async function chooseOption(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  // antd 6 shows the chosen option's label in the element around the combobox.
  const shown = field.locator('xpath=..');
  await expect(async () => {
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await field.click({ timeout: 2_000 });
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 2_000 });
    await expect(shown).toHaveText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Types into a search-as-you-type select (a person, a term, an asset) and picks an option,
 * checking the dialog shows it; a pick lost while the results were being replaced is retried.
 */
export async function pickFromSearch(
  page: Page,
  field: Locator,
  text: string,
  option: string,
  shownIn: Locator,
): Promise<void> {
  await expect(async () => {
    await field.fill(text, { timeout: 2_000 });
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 3_000 });
    await expect(shownIn).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Picks a node of a tree select (a domain, an org unit) by typing part of its name. */
export async function pickTreeNode(page: Page, field: Locator, search: string, node: string): Promise<void> {
  const shown = field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  await expect(async () => {
    await field.click({ timeout: 2_000 });
    await field.fill(search, { timeout: 2_000 });
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: new RegExp(`^${node}$`) })
      .first()
      .click({ timeout: 2_000 });
    await expect(shown).toContainText(node, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.keyboard.press('Escape');
}
