import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));
const cliArgs = ['--conditions=source', '--import', 'tsx', 'src/cli.ts'];

/** Runs the steward CLI from source, as `node dist/cli.js` would run built. */
function steward(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [...cliArgs, ...args], {
    cwd: serverRoot,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function waitFor(url: string, server: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer ${url}:\n${output()}`);
}

describe('the steward CLI on the embedded database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'steward-cli-'));
  const dataDir = join(folder, 'data');
  const port = String(4300 + Math.floor(Math.random() * 500));
  let server: ChildProcess;
  let output = '';

  beforeAll(async () => {
    server = spawn(process.execPath, [...cliArgs, 'start', '--demo'], {
      cwd: serverRoot,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', STEWARD_DATA_DIR: dataDir, PORT: port },
    });
    server.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    server.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    await waitFor(`http://127.0.0.1:${port}/readyz`, server, () => output);
  }, 120_000);

  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('starts with the demo and prints where it runs and the demo sign-ins', () => {
    expect(output).toMatch(new RegExp(`Steward [0-9.]+ is running at http://localhost:${port}`));
    expect(output).toContain(`Database: embedded PostgreSQL (PGlite) in ${dataDir}`);
    expect(output).toContain('sarah.updown@homebody.example');
    expect(output).toContain('Demo sign-ins (initial password: homebody-demo)');
    // The banner is for people; no JSON log line in it at the default level.
    expect(output).not.toContain('{"level"');
  });

  it('refuses a second process on the same data folder at once, with a clear message', () => {
    const started = Date.now();
    const second = steward(['migrate'], { STEWARD_DATA_DIR: dataDir });
    expect(second.status).toBe(3);
    expect(second.stderr).toContain('already open in another Steward process');
    expect(second.stderr).toContain(`pid ${server.pid}`);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stops cleanly on SIGTERM and releases the folder', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    const reopened = steward(['migrate'], { STEWARD_DATA_DIR: dataDir });
    expect(reopened.stdout).toContain('Migrations applied.');
    const seededAgain = steward(['seed', '--demo'], { STEWARD_DATA_DIR: dataDir });
    expect(seededAgain.stdout).toContain('already loaded');
  });

  it('checks create-admin input before opening the database', () => {
    const bad = steward(['create-admin', '--email', 'not-an-email', '--password', 'short'], {
      STEWARD_DATA_DIR: dataDir,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('email: must be a valid email address');
    expect(bad.stderr).toContain('password: must be at least 12 characters');
  });

  it('lists every configuration problem at once and exits 2', () => {
    const bad = steward(['migrate'], { PORT: 'eighty', STEWARD_ADMIN_EMAIL: 'nobody', STEWARD_DATA_DIR: dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('PORT');
    expect(bad.stderr).toContain('STEWARD_ADMIN_EMAIL');
  });
});

describe('steward mdm simulate', () => {
  const febrl = (file: string) => fileURLToPath(new URL(`../../../test/data/febrl/${file}`, import.meta.url));

  it('links FEBRL 4a and 4b with the built-in person policy and prints one JSON object with the scores', () => {
    const result = steward(
      [
        'mdm',
        'simulate',
        '--policy',
        'default-person',
        '--input',
        febrl('dataset4a.csv'),
        '--input',
        febrl('dataset4b.csv'),
        '--id-column',
        'rec_id',
        '--truth-column',
        'rec_id',
        '--json',
      ],
      {},
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.inputs.map((input: { records: number }) => input.records)).toEqual([5000, 5000]);
    expect(output.summary).toMatchObject({ mode: 'link', records: 10000, largestCluster: 2 });
    expect(output.summary.evaluation.pairwise.f1).toBeGreaterThanOrEqual(0.99);
    expect(output.summary.evaluation.bCubed.f1).toBeGreaterThanOrEqual(0.99);
    expect(output.summary.timings.totalMs).toBeGreaterThan(0);
    expect(output.peakRssMb).toBeGreaterThan(0);
  });

  it('reads a policy file, and names the option when an input is wrong', () => {
    const folder = mkdtempSync(join(tmpdir(), 'steward-mdm-'));
    try {
      const policyFile = join(folder, 'policy.json');
      writeFileSync(policyFile, JSON.stringify({ attributes: [], blocking: [] }));
      const badPolicy = steward(
        ['mdm', 'simulate', '--policy', policyFile, '--input', febrl('dataset1.csv'), '--id-column', 'rec_id'],
        {},
      );
      expect(badPolicy.status).toBe(2);
      expect(badPolicy.stderr).toContain('policy.attributes:');
      const badColumn = steward(
        ['mdm', 'simulate', '--policy', 'default-person', '--input', febrl('dataset1.csv'), '--id-column', 'id'],
        {},
      );
      expect(badColumn.status).toBe(2);
      expect(badColumn.stderr).toContain('id-column:');
      expect(badColumn.stderr).toContain('names a column the file does not have (id)');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
