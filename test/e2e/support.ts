import { expect, type Page } from '@playwright/test';

/** Every demo sign-in shares this password (the server's demo seed). */
export const DEMO_PASSWORD = 'homebody-demo';

export const demoUsers = {
  governanceLead: 'sarah.updown@homebody.example',
  viewer: 'lucy.metrics@homebody.example',
  admin: 'tony.technology@homebody.example',
} as const;

/** Signs in through the sign-in form and waits for the overview. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 2 })).toBeVisible();
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
