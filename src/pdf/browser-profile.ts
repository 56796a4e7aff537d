import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Lectern's browser profiles: `lectern-chromium-PID-XXXXXX` in the temporary folder, PID the command's. */
const PROFILE = /^lectern-chromium-(\d+)-/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the profiles of Lectern commands that no longer run (killed with
 * SIGKILL, or the machine stopped): nothing else removes them. Profiles of
 * other programs are left alone.
 */
export function removeStaleProfiles(dir = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(PROFILE.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** A browser's folders: its profile, and the temporary folder it is given (shared memory files, with --disable-dev-shm-usage). */
export interface ProfileFolders {
  root: string;
  userDataDir: string;
  tmpDir: string;
}

/** Fresh folders for this command's browser, in one folder that `removeProfile` removes whole. */
export function makeProfile(dir = tmpdir()): ProfileFolders {
  const root = mkdtempSync(join(dir, `lectern-chromium-${process.pid}-`));
  const folders = { root, userDataDir: join(root, 'profile'), tmpDir: join(root, 'tmp') };
  mkdirSync(folders.userDataDir);
  mkdirSync(folders.tmpDir);
  return folders;
}

/** Removes a profile once its browser is gone (retried: the browser's last writes may still land). */
export async function removeProfile(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
