import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MINI_COURSE, tempDir } from './paths.js';

/** A copy of the mini course in a temporary folder, with some files replaced or added. */
export function miniCourseWith(files: Record<string, string> = {}): string {
  const root = join(tempDir(), 'course');
  cpSync(MINI_COURSE, root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
