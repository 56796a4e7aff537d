import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = new URL('../../', import.meta.url).pathname;
export const FIXTURES = join(REPO, 'test/fixtures');
export const MINI_COURSE = join(FIXTURES, 'mini-course');
export const CLI = join(REPO, 'dist/cli.js');

export function tempDir(prefix = 'lectern-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
