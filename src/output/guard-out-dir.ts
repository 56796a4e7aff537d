import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import { isInside } from '../course/course-files.js';
import { UsageError } from '../diagnostics/diagnostic.js';

function real(path: string): string {
  let p = resolve(path);
  const rest: string[] = [];
  while (!existsSync(p) && p !== dirname(p)) {
    rest.unshift(p.slice(dirname(p).length + 1));
    p = dirname(p);
  }
  return join(realpathSync(p), ...rest);
}

/** Whether a folder holds what every build writes: an earlier output, which a build may replace. */
function isEarlierOutput(dir: string): boolean {
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets'));
}

/**
 * The output folder is replaced on every build: it must not be, or contain,
 * the course, a repository root or the file system root; and when it exists
 * it must be a folder, empty or holding an earlier output.
 */
export function guardOutDir(outDir: string, courseRoot: string): void {
  const out = real(outDir);
  const course = real(courseRoot);
  const refuse = (why: string) => {
    throw new UsageError(`refusing to write the output to ${outDir}: ${why}`, 'pass --out with a folder of its own, such as output/');
  };
  if (out === parse(out).root) refuse('it is the root of the file system');
  if (isInside(out, course)) refuse('it holds the course');
  if (existsSync(join(out, '.git')) || existsSync(join(out, 'package.json'))) refuse('it is a project folder');
  if (existsSync(out) && !statSync(out).isDirectory()) refuse('it is a file');
  if (existsSync(out) && readdirSync(out).length > 0 && !isEarlierOutput(out)) {
    refuse('it holds other files and no earlier output, and a build replaces the whole folder');
  }
}

/** Paths (with / separators) of the files under a folder that pass a filter. */
export function collectOutputPaths(dir: string, keep: (path: string) => boolean, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...collectOutputPaths(dir, keep, path));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}
