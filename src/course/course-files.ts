import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Whether a path names a file (links followed); false for folders, broken links and missing paths. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether a path names a folder (links followed). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `path` is `folder` or lies under it, by name (links are not followed). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Whether an existing path still lies inside `folder` once every link on the way to both is resolved. */
export function resolvesInside(folder: string, path: string): boolean {
  try {
    return isInside(realpathSync(folder), realpathSync(path));
  } catch {
    return false;
  }
}

/** The course a command works on when none is named: the current folder when it holds course.yaml, else lectures/. */
export function defaultCourse(cwd = process.cwd()): string {
  return existsSync(join(cwd, 'course.yaml')) ? cwd : join(cwd, 'lectures');
}
