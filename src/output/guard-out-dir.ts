import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import { isInside } from '../course/course-files.js';
import { UsageError } from '../diagnostics/diagnostic.js';
import { courseIdentity, MARKER, OUTPUT_FORMAT, readMarker, writtenByLectern } from './output-marker.js';

function real(path: string): string {
  let p = resolve(path);
  const rest: string[] = [];
  while (!existsSync(p) && p !== dirname(p)) {
    rest.unshift(p.slice(dirname(p).length + 1));
    p = dirname(p);
  }
  return join(realpathSync(p), ...rest);
}

function refuse(outDir: string, why: string, hint = 'pass --out with a folder of its own, such as output/'): never {
  throw new UsageError(`refusing to write the output to ${outDir}: ${why}`, hint);
}

/**
 * The output folder is replaced on every build: it must not be, or contain,
 * the course, a repository root or the file system root; and when it exists
 * it must be a folder, empty or holding an earlier output of this course
 * (another course's only when `named`: --out names it). Returns the files in
 * it that Lectern did not write, which the build keeps.
 */
export function guardOutDir(outDir: string, courseRoot: string, options: { named?: boolean } = {}): string[] {
  const mine = checkOutDir(outDir, courseRoot, options);
  return mine ? collectOutputPaths(real(outDir), (path) => !mine(path)) : [];
}

/**
 * The refusals of guardOutDir, without listing the folder: whether Lectern
 * wrote a path, by the marker of the earlier output the folder holds, or
 * undefined when it is missing or empty.
 */
export function checkOutDir(outDir: string, courseRoot: string, { named = false }: { named?: boolean } = {}): ((path: string) => boolean) | undefined {
  const out = real(outDir);
  const course = real(courseRoot);
  if (out === parse(out).root) refuse(outDir, 'it is the root of the file system');
  if (isInside(out, course)) refuse(outDir, 'it holds the course');
  if (existsSync(join(out, '.git')) || existsSync(join(out, 'package.json'))) refuse(outDir, 'it is a project folder');
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) refuse(outDir, 'it is a file');
  if (readdirSync(out).length === 0) return undefined;
  const marker = readMarker(join(out, MARKER));
  if (!marker) refuse(outDir, `it holds files Lectern did not write (it has no ${MARKER}), and a build replaces the folder`);
  if (marker === 'damaged') refuse(outDir, `its ${MARKER} is damaged, so Lectern cannot tell which files it wrote`, 'pass --out with a folder of its own, or delete this one yourself if it is an earlier output');
  if (marker.format > OUTPUT_FORMAT) {
    refuse(outDir, `it was written by a newer version of Lectern (output format ${marker.format})`, 'pass --out with a folder of its own, or build with that version');
  }
  if (marker.course !== courseIdentity(courseRoot) && !named) {
    refuse(outDir, 'it holds the output of another course', `pass --out ${outDir} to replace it with this course's output, or --out with another folder`);
  }
  return writtenByLectern(marker);
}

/** Refuses a build that would replace a file Lectern did not write. */
export function guardForeignFiles(outDir: string, foreign: string[], paths: ReadonlySet<string> | Map<string, unknown>): void {
  const clash = foreign.find((path) => paths.has(path));
  if (clash) refuse(outDir, `it holds ${clash}, which Lectern did not write and this build would replace`, 'move that file out of the output folder, or pass --out with another folder');
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
