import { mkdtempSync, rmSync } from 'node:fs';
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

/** Removes every temporary folder made so far, read-only ones included. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
