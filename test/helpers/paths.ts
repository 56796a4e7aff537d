import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = new URL('../../', import.meta.url).pathname;
export const FIXTURES = join(REPO, 'test/fixtures');
export const MINI_COURSE = join(FIXTURES, 'mini-course');
export const CLI = join(REPO, 'dist/cli.js');

/** The temporary folders this test file made: removed once its tests are done (test/helpers/remove-temp-dirs.ts). */
const made: string[] = [];

export function tempDir(prefix = 'lectern-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Removes every temporary folder made so far, in a process of its own: a
 * folder holding an installed package has tens of thousands of files, which
 * a busy disk takes minutes to delete, and no test waits for that.
 */
export function removeTempDirs(): void {
  const dirs = made.splice(0);
  if (!dirs.length) return;
  const remove = 'for (const dir of JSON.parse(process.argv[1])) require("node:fs").rmSync(dir, { recursive: true, force: true, maxRetries: 3 })';
  spawn(process.execPath, ['-e', remove, JSON.stringify(dirs)], { detached: true, stdio: 'ignore' }).unref();
}
