import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { openDb } from './open-db.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'steward-lock-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Opens the same folder from a second Node process, as a second `steward start` would. */
function openInSecondProcess(dataDir: string) {
  const script = `
    import { openDb } from './packages/db/src/open-db.ts';
    const started = Date.now();
    try {
      const handle = await openDb({ dataDir: ${JSON.stringify(dataDir)} });
      await handle.close();
      console.log('opened');
    } catch (error) {
      console.error(error.message);
      console.error('elapsed-ms=' + (Date.now() - started));
      process.exit(3);
    }`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the embedded data folder lock', () => {
  it('makes a second process on the same folder fail fast with a clear message', async () => {
    const dataDir = join(tempFolder(), 'data');
    const first = await openDb({ dataDir });
    try {
      const second = openInSecondProcess(dataDir);
      expect(second.status).toBe(3);
      expect(second.stderr).toContain('is already open in another Steward process');
      expect(second.stderr).toContain(`pid ${process.pid}`);
      const elapsed = Number(/elapsed-ms=(\d+)/.exec(second.stderr)?.[1]);
      // Fails before PGlite starts (which takes seconds), not after.
      expect(elapsed).toBeLessThan(500);
    } finally {
      await first.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(openInSecondProcess(dataDir).stdout).toContain('opened');
  });

  it('refuses a second open in the same process too', () => {
    const dataDir = join(tempFolder(), 'data');
    const release = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    } finally {
      release();
    }
  });

  it('takes over a lock left by a process that died', () => {
    const dataDir = join(tempFolder(), 'data');
    // pid 2^22+1 is above Linux's default pid_max, so no live process has it.
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 4_194_305, host: hostname(), startedAt: '' }));
    const release = lockDataDir(dataDir);
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
