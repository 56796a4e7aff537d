import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isFile, isInside, resolvesInside } from '../course/course-files.js';
import { normaliseNewlines } from '../outline/read-outline.js';

export type IncludeResult = { ok: true; file: string; text: string } | { ok: false; message: string; hint: string };

/** The text of a file an outline includes: relative to the including file, inside the course. */
export function readInclude(root: string, from: string, path: string): IncludeResult {
  if (isAbsolute(path)) return { ok: false, message: `included path "${path}" is absolute`, hint: 'use a path relative to the outline, such as _part.md' };
  const file = resolve(dirname(from), path);
  if (!isInside(root, file) || (isFile(file) && !resolvesInside(root, file))) {
    return { ok: false, message: `included file "${path}" lies outside the course`, hint: 'keep included files inside the course folder' };
  }
  if (!isFile(file)) return { ok: false, message: `included file "${path}" not found`, hint: `put the file at ${relative(process.cwd(), file) || file}, or fix the path` };
  return { ok: true, file, text: normaliseNewlines(readFileSync(file, 'utf8')).replace(/\n$/, '') };
}
