import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Diagnostics, UsageError } from '../diagnostics/diagnostic.js';
import type { FactStore } from '../facts/fact-store.js';
import { loadFacts } from '../facts/load-facts.js';
import { normaliseNewlines, parseOutlineName, readOutline, type Outline } from '../outline/read-outline.js';
import { isFile } from './course-files.js';
import { courseSchema, type CourseConfig } from './course-schema.js';
import { readYaml, validate } from './read-yaml.js';

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

/** Reads a course folder. Content problems go to `diagnostics`; a missing course is a usage error. */
export async function loadCourse(dir: string, diagnostics: Diagnostics, options: LoadOptions = {}): Promise<Course> {
  const root = resolve(dir);
  const configFile = join(root, 'course.yaml');
  if (!isFile(configFile)) {
    throw new UsageError(`no course at ${root}: course.yaml not found`, 'pass the course folder (lectern build path/to/course), or create one with "lectern new"');
  }
  const read = (file: string) => readFile(file, 'utf8').then(normaliseNewlines);
  const yaml = readYaml(configFile, await read(configFile), diagnostics);
  const config =
    (yaml && validate(yaml, yaml.value ?? {}, courseSchema, diagnostics)) ??
    courseSchema.parse({ title: 'Untitled course', languages: ['en'] });

  const unknownLangs = (options.langs ?? []).filter((l) => !config.languages.includes(l));
  if (unknownLangs.length) {
    throw new UsageError(`the course has no language ${unknownLangs.join(', ')}`, `its languages are ${config.languages.join(', ')}`);
  }
  const langs = options.langs?.length ? options.langs : config.languages;

  const [store, outlines] = await Promise.all([
    loadFacts(root, [...config.sourceTexts, ...(options.sourceTexts ?? [])], diagnostics, read),
    loadOutlines(root, config, langs, diagnostics),
  ]);
  return { root, config, store, outlines };
}

async function loadOutlines(
  root: string,
  config: CourseConfig,
  langs: string[],
  diagnostics: Diagnostics,
): Promise<Outline[]> {
  const files = (await readdir(root))
    .filter((f) => f.endsWith('.md') && parseOutlineName(f) && !/^readme\.md$/i.test(f) && isFile(join(root, f)))
    .sort();
  const outlines = await Promise.all(
    files.map(async (name) => {
      const file = join(root, name);
      const outline = readOutline(file, await readFile(file, 'utf8'), diagnostics, config.languages[0]!);
      if (outline && !config.languages.includes(outline.lang)) {
        diagnostics.error(file, { line: 1, column: 1 }, 'unknown-language', `the outline is in "${outline.lang}", which course.yaml does not list`, {
          hint: `add "${outline.lang}" to languages in course.yaml, or rename the file`,
        });
        return undefined;
      }
      return outline;
    }),
  );
  return outlines.filter((o): o is Outline => o !== undefined && langs.includes(o.lang));
}
