import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { parseOutlineName } from '../outline/read-outline.js';
import { isDirectory, isFile, resolvesInside } from './course-files.js';

/**
 * Which files of a course folder Lectern reads, and a warning for each one
 * that looks meant to be read but is skipped, saying why. Hidden files (a
 * leading dot: editors' backups and locks) and README.md are passed over
 * quietly.
 */

const AT_START = { line: 1, column: 1 };
const HIDDEN = /^\./;

/** Whether a file of the course folder is an outline, by its name alone. */
export function isOutlineName(name: string): boolean {
  return /\.q?md$/i.test(name) && !/^readme\.md$/i.test(name) && !HIDDEN.test(name) && parseOutlineName(name) !== undefined;
}

/** Whether a file in facts/ is a facts file, by its name alone. */
export function isFactsName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !HIDDEN.test(name);
}

/** Reads a file inside the course only when it is one, and stays inside once its links are resolved; warns when not. */
export function readableInCourse(root: string, file: string, diagnostics: Diagnostics, what: string): boolean {
  if (isDirectory(file)) {
    diagnostics.warning(file, AT_START, 'skipped-file', `skipped: "${basename(file)}" is a folder, not ${what}`, { hint: `rename the folder if it is not meant to be ${what}` });
    return false;
  }
  if (!isFile(file)) return false;
  if (!resolvesInside(root, file)) {
    diagnostics.warning(file, AT_START, 'skipped-file', `skipped: this link leads outside the course, so Lectern does not read it`, {
      hint: `copy the file into the course folder`,
    });
    return false;
  }
  return true;
}

/** The outline files of a course folder, sorted; every other file named like Markdown is reported and left out. */
export function outlineFiles(root: string, diagnostics: Diagnostics): string[] {
  const found: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name);
    if (HIDDEN.test(name) || /^readme\.md$/i.test(name)) continue;
    if (/\.(markdown|mdown|mkd|rmd)$/i.test(name)) {
      diagnostics.warning(file, AT_START, 'skipped-file', 'skipped: outlines end in .md or .qmd', { hint: `rename it to ${name.replace(/\.[^.]+$/, '.md')}` });
    } else if (/\.q?md$/i.test(name) && !isOutlineName(name)) {
      diagnostics.warning(file, AT_START, 'skipped-file', `skipped: "${name}" is not named like an outline`, {
        hint: 'name an outline with letters, digits, -, _ and spaces, then the language and .md, such as 01-show-trials.en.md',
      });
    } else if (isOutlineName(name) && readableInCourse(root, file, diagnostics, 'an outline')) found.push(file);
  }
  return found;
}

/** The facts files of a course's facts/ folder, sorted; every other entry in it is reported and left out. */
export function factsFiles(root: string, diagnostics: Diagnostics): string[] {
  const dir = join(root, 'facts');
  if (!isDirectory(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (HIDDEN.test(name)) continue;
    if (!isFactsName(name)) {
      const folder = isDirectory(file);
      diagnostics.warning(file, AT_START, 'skipped-file', folder ? 'skipped: folders inside facts/ are not read' : 'skipped: facts files end in .yaml or .yml', {
        hint: folder ? 'move its files into facts/ itself' : 'rename it to end in .yaml if it holds facts, or move it out of facts/',
      });
    } else if (readableInCourse(root, file, diagnostics, 'a facts file')) found.push(file);
  }
  return found;
}

/** Reports each lecture written twice in one language (01-x.md beside 01-x.en.md), at the later file by name, naming the other. */
export function reportDuplicateLectures(outlines: Iterable<{ file: string; lectureId: string; lang: string }>, diagnostics: Diagnostics): void {
  const first = new Map<string, string>();
  for (const { file, lectureId, lang } of [...outlines].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const key = `${lang}/${lectureId}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, file);
    else {
      diagnostics.error(file, AT_START, 'duplicate-lecture', `lecture "${lectureId}" in "${lang}" is written twice`, {
        hint: 'keep one of the two files, or give one another name or language',
        related: [{ file: earlier, start: AT_START, message: 'also written here' }],
      });
    }
  }
}

/**
 * Reports each lecture missing in a language being built: the course home
 * shows "—" in its place, which nobody asked for if the file was forgotten.
 */
export function reportUntranslatedLectures(outlines: Iterable<{ file: string; lectureId: string; lang: string }>, langs: string[], diagnostics: Diagnostics): void {
  const byLecture = new Map<string, Array<{ file: string; lang: string }>>();
  for (const { file, lectureId, lang } of outlines) byLecture.set(lectureId, [...(byLecture.get(lectureId) ?? []), { file, lang }]);
  for (const [lectureId, written] of [...byLecture].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const first = written.map((w) => w.file).sort()[0]!;
    for (const lang of langs) {
      if (written.some((w) => w.lang === lang)) continue;
      diagnostics.warning(first, AT_START, 'missing-lecture', `lecture "${lectureId}" has no outline in "${lang}": the "${lang}" pages list it as missing`, {
        hint: `write ${lectureId}.${lang}.md beside it, or build the other languages only (--lang)`,
      });
    }
  }
}
