import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkCitationStyles } from '../bibliography/citation-style.js';
import { ContentError, Diagnostics, UsageError } from '../diagnostics/diagnostic.js';
import type { FactStore } from '../facts/fact-store.js';
import { loadFacts } from '../facts/load-facts.js';
import { normaliseNewlines, readOutline, type Outline } from '../outline/read-outline.js';
import { checkFormat } from '../outline/revealjs-options.js';
import { isFile } from './course-files.js';
import { decodeText } from './decode-text.js';
import { outlineFiles, reportDuplicateLectures, reportUntranslatedLectures } from './find-course-files.js';
import { courseSchema, type CourseConfig } from './course-schema.js';
import { readYaml, validate } from './read-yaml.js';
import { warnSourceTextsOutside } from './source-text-folders.js';
import { warnUntranslatedLanguages } from './untranslated-languages.js';

/** A course read from disk: its settings, its facts and its outlines. */
export interface Course {
  root: string;
  config: CourseConfig;
  store: FactStore;
  outlines: Outline[];
}

export interface LoadOptions {
  /** Only these languages (default: the course's). */
  langs?: string[];
  /** More folders to search for sources' text files. */
  sourceTexts?: string[];
}

/** Text as Lectern reads it from disk: UTF-8 (or UTF-16 with its mark), no byte-order mark, LF line ends. */
export const readText = (file: string): Promise<string> => readFile(file).then((bytes) => normaliseNewlines(decodeText(bytes)));

/** Reads a course folder. Content problems go to `diagnostics`; a missing course is a usage error. */
export async function loadCourse(dir: string, diagnostics: Diagnostics, options: LoadOptions = {}): Promise<Course> {
  const root = resolve(dir);
  const { config, langs } = await loadConfig(root, diagnostics, options);
  const [store, outlines] = await Promise.all([
    loadFacts(root, sourceSearchPath(config, options), diagnostics, readText, config.languages[0]),
    loadOutlines(root, config, langs, diagnostics),
  ]);
  return { root, config, store, outlines };
}

/** course.yaml and the languages to build; a course.yaml that cannot be used ends the run with its errors. */
export async function loadConfig(root: string, diagnostics: Diagnostics, options: LoadOptions = {}): Promise<{ config: CourseConfig; langs: string[] }> {
  const configFile = join(root, 'course.yaml');
  if (!isFile(configFile)) {
    throw new UsageError(`no course at ${root}: course.yaml not found`, 'pass the course folder (lectern build path/to/course), or create one with "lectern new"');
  }
  const yaml = readYaml(configFile, await readText(configFile), diagnostics);
  const config = yaml && validate(yaml, yaml.value ?? {}, courseSchema, diagnostics);
  // Everything else depends on the course's settings: guessing them would only add false errors.
  if (!config) throw new ContentError(diagnostics);
  checkCitationStyles(config, root, configFile, (path) => yaml.locate(path), diagnostics);
  checkFormat(yaml, config.format, ['format'], diagnostics);
  warnSourceTextsOutside(config.sourceTexts, root, yaml, diagnostics);
  warnUntranslatedLanguages(config.languages, yaml, diagnostics);

  const unknownLangs = (options.langs ?? []).filter((l) => !config.languages.includes(l));
  if (unknownLangs.length) {
    throw new UsageError(`the course has no language ${unknownLangs.join(', ')}`, `its languages are ${config.languages.join(', ')}`);
  }
  return { config, langs: options.langs?.length ? options.langs : config.languages };
}

/** The folders searched for sources' text files, as given (relative to the course). */
export function sourceSearchPath(config: CourseConfig, options: LoadOptions = {}): string[] {
  return [...config.sourceTexts, ...(options.sourceTexts ?? [])];
}

/** Reads one outline; an outline in a language the course does not list is reported and left out. */
export async function loadOutline(file: string, config: CourseConfig, diagnostics: Diagnostics): Promise<Outline | undefined> {
  const outline = readOutline(file, await readText(file), diagnostics, config.languages[0]!);
  if (outline && !config.languages.includes(outline.lang)) {
    diagnostics.error(file, { line: 1, column: 1 }, 'unknown-language', `the outline is in "${outline.lang}", which course.yaml does not list`, {
      hint: `add "${outline.lang}" to languages in course.yaml, or rename the file`,
    });
    return undefined;
  }
  return outline;
}

async function loadOutlines(root: string, config: CourseConfig, langs: string[], diagnostics: Diagnostics): Promise<Outline[]> {
  const files = outlineFiles(root, diagnostics);
  const outlines = (await Promise.all(files.map((file) => loadOutline(file, config, diagnostics)))).filter((o) => o !== undefined);
  reportDuplicateLectures(outlines, diagnostics);
  // An outline that could not be read is reported already, and may be the translation that looks missing.
  if (langs.length > 1 && outlines.length === files.length) reportUntranslatedLectures(outlines, langs, diagnostics);
  return outlines.filter((o) => langs.includes(o.lang));
}
