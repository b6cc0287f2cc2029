import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';

/** Thrown when another live process holds the embedded database's folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in another Steward process (pid ${holderPid}). ` +
        'PGlite allows one process per data folder; two would corrupt it. Stop the other process, ' +
        'point STEWARD_DATA_DIR at another folder, or use a PostgreSQL server with DATABASE_URL.',
    );
    this.name = 'DataDirLockedError';
  }
}

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(lockPath, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the single-writer lock of an embedded data folder: a `<folder>.lock` file created with
 * O_EXCL, holding the owner's pid. A lock left by a dead process (crash, kill -9) is taken over.
 * The lock sits beside the folder, not in it, so PGlite's initdb finds an empty folder.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const folder = resolve(dataDir);
  const lockPath = `${folder}.lock`;
  mkdirSync(dirname(folder), { recursive: true });
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readOwner(lockPath)?.pid === process.pid) unlinkSync(lockPath);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readOwner(lockPath);
      if (holder && holder.host === owner.host && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirLockedError(folder, holder.pid);
      }
      if (holder && holder.pid === process.pid) {
        throw new DataDirLockedError(folder, holder.pid);
      }
      // Stale: its process is gone, or it was written on another host (a container restarted
      // under a new hostname), or it is a half-written file. Take it over.
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
