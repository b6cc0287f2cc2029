import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = 4100;
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database per run: the demo is loaded into it on start. Workers re-read this file, so
// they make (unused) folders too; only the main process's folder is handed to the server.
const dataDir = join(mkdtempSync(join(tmpdir(), 'steward-e2e-')), 'data');

/** Browser tests against the built server (`pnpm build` first), on Debian's chromium. */
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  // One retry in CI only: a 2-core runner under load occasionally loses a click to an animation.
  // A real failure fails twice; the report lists any test that needed the retry as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'node apps/server/dist/cli.js start --demo',
    url: `${baseURL}/healthz`,
    env: { PORT: String(port), HOST: '127.0.0.1', STEWARD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
