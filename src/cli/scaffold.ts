import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.js';

const COURSE_YAML = (title: string) => `title: ${JSON.stringify(title)}
author: ""
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

const OUTLINE = (title: string, lang: string) => `---
title: ${JSON.stringify(title)}
lang: ${lang}
---

# First section

## A slide

- A point, dated {{date "example-event"}}
- Another point

::: notes
What to say on this slide.
:::
`;

/** Creates a course folder, or a lecture in an existing course; returns the files written. */
export async function scaffold(name: string, courseDir: string): Promise<string[]> {
  const written: string[] = [];
  const write = async (file: string, text: string) => {
    if (existsSync(file)) throw new UsageError(`${file} already exists`, 'choose another name');
    await writeFile(file, text);
    written.push(file);
  };
  if (/^\d+-[a-z0-9-]+$/.test(name)) {
    const course = resolve(courseDir);
    if (!existsSync(join(course, 'course.yaml'))) {
      throw new UsageError(`no course at ${course}`, 'pass --course with the course folder, or create a course first: lectern new my-course');
    }
    await write(join(course, `${name}.en.md`), OUTLINE(name.replace(/^\d+-/, '').replace(/-/g, ' '), 'en'));
    return written;
  }
  const root = resolve(name);
  if (existsSync(root)) throw new UsageError(`${root} already exists`, 'a new course needs a new folder; a new lecture is named like 03-the-thaw');
  await mkdir(join(root, 'facts'), { recursive: true });
  await mkdir(join(root, 'images'), { recursive: true });
  await write(join(root, 'course.yaml'), COURSE_YAML(basename(root)));
  await write(join(root, 'sources.yaml'), SOURCES_YAML);
  await write(join(root, 'facts', 'example.yaml'), FACTS_YAML);
  await write(join(root, '01-introduction.en.md'), OUTLINE('Introduction', 'en'));
  return written;
}
