import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../diagnostics/diagnostic.js';

const COURSE_YAML = (title: string) => `title: ${JSON.stringify(title)}
author: ""                # your name, for title slides and handouts
languages: [en]
theme: lectern
translations: strict
sourceTexts: []
`;

const SOURCES_YAML = `- id: my-source
  title: "A source the facts cite"
  language: en
  kind: secondary
  # file: my-source.txt   # its text, to verify quotes
`;

const FACTS_YAML = `- id: example-event
  type: event
  title: {en: "An example event"}
  date: "1936-08"
  sources:
    - source: my-source
      quote: "the words of the source, copied exactly"
`;

const OUTLINE = (title: string, lang: string, point: string) => `---
title: ${JSON.stringify(title)}
lang: ${lang}
---

# First section

## A slide

- ${point}
- Another point

::: notes
What to say on this slide.
:::
`;

/** The languages a course is written in, first the default, as its course.yaml lists them. */
function courseLanguages(course: string): string[] {
  try {
    const config = parse(readFileSync(join(course, 'course.yaml'), 'utf8')) as { languages?: unknown };
    const langs = Array.isArray(config?.languages) ? config.languages.filter((l): l is string => typeof l === 'string') : [];
    return langs.length ? langs : ['en'];
  } catch {
    return ['en'];
  }
}

/** A lecture's name: its number first ("03-the-thaw", "03 Zellteilung"). */
const LECTURE = /^\d+[-_ ]\S/u;

/** Creates a course folder, or a lecture in an existing course; returns the files written. */
export async function scaffold(name: string, courseDir: string): Promise<string[]> {
  const written: string[] = [];
  const write = async (file: string, text: string) => {
    if (existsSync(file)) throw new UsageError(`${file} already exists`, 'choose another name');
    await writeFile(file, text);
    written.push(file);
  };
  if (LECTURE.test(name)) {
    const course = resolve(courseDir);
    if (!existsSync(join(course, 'course.yaml'))) {
      throw new UsageError(`no course at ${course}`, 'pass --course with the course folder, or create a course first: lectern new my-course');
    }
    // One outline per language of the course; the placeholder uses no fact, which the course may not have.
    const title = name.replace(/^\d+[-_ ]+/, '').replace(/[-_]/g, ' ');
    for (const lang of courseLanguages(course)) await write(join(course, `${name}.${lang}.md`), OUTLINE(title, lang, 'A point'));
    return written;
  }
  const root = resolve(name);
  if (existsSync(root)) throw new UsageError(`${root} already exists`, 'a new course needs a new folder; a new lecture is named like 03-the-thaw');
  if (existsSync(join(dirname(root), 'course.yaml'))) {
    throw new UsageError(
      `"${name}" would be a new course inside the course ${dirname(root)}`,
      `a new lecture's name starts with its number, like 03-${basename(root)}; a new course is made outside any course folder`,
    );
  }
  await mkdir(join(root, 'facts'), { recursive: true });
  await mkdir(join(root, 'images'), { recursive: true });
  await write(join(root, 'course.yaml'), COURSE_YAML(basename(root)));
  await write(join(root, 'sources.yaml'), SOURCES_YAML);
  await write(join(root, 'facts', 'example.yaml'), FACTS_YAML);
  await write(join(root, '01-introduction.en.md'), OUTLINE('Introduction', 'en', 'A point, dated {{date "example-event"}}'));
  return written;
}
