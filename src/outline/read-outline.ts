import { basename } from 'node:path';
import { frontMatterSchema, type FrontMatter } from '../course/course-schema.js';
import { encodingProblem, offsetPosition } from '../course/decode-text.js';
import { readYaml, validate, type YamlPath } from '../course/read-yaml.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';
import { checkFrontMatter } from './revealjs-options.js';

/** An outline split into its front matter and its Markdown body. */
export interface Outline {
  file: string;
  lectureId: string;
  lang: string;
  frontMatter: FrontMatter;
  body: string;
  /** How many lines stand before the body: add to a body line to get the file's line. */
  bodyLine: number;
  /** Where a front-matter key stands, such as ['format', 'revealjs', 'logo']. */
  keyAt(path: YamlPath): Position;
}

/**
 * `01-show-trials.ru.md` → lecture `01-show-trials` in `ru`; a name without a
 * language gets the course's first. Letters and digits of any script, `-`,
 * `_` and spaces make a name; the lecture's id is the name in lower case with
 * its spaces as `-` (`Lecture 1.EN.md` → `lecture-1` in `en`). The extension
 * is `.md` or `.qmd`, in any case.
 */
export function parseOutlineName(file: string): { lectureId: string; lang?: string } | undefined {
  const m = /^(.+?)(?:\.([a-z]{2,3}(?:-[a-z0-9]+)?))?\.q?md$/i.exec(basename(file));
  if (!m || !/^[\p{L}\p{N}][\p{L}\p{N}\p{M}_ -]*$/u.test(m[1]!)) return undefined;
  const lang = m[2]?.replace(/^[a-z]+/i, (primary) => primary.toLowerCase());
  return { lectureId: m[1]!.trim().toLowerCase().replace(/\s+/g, '-'), lang };
}

/** Text as Lectern reads it: no byte-order mark, LF line ends. */
export function normaliseNewlines(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

export function readOutline(file: string, raw: string, diagnostics: Diagnostics, defaultLang: string): Outline | undefined {
  const text = normaliseNewlines(raw);
  const start = { line: 1, column: 1 };
  const encoding = encodingProblem(text);
  if (encoding) {
    diagnostics.error(file, offsetPosition(text, encoding.offset), 'encoding', encoding.message, { hint: 'save the outline as UTF-8' });
    return undefined;
  }
  const name = parseOutlineName(file)!;
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) {
    diagnostics.error(file, start, 'front-matter', 'the outline has no front matter', {
      hint: 'start the file with a "---" line, "title: …", and another "---" line',
    });
    return undefined;
  }
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) {
    diagnostics.error(file, start, 'front-matter', 'the front matter is never closed', {
      hint: 'end the front matter with a line holding only "---"',
    });
    return undefined;
  }
  const yamlText = text.slice(open[0].length, open[0].length + close.index);
  const yaml = readYaml(file, yamlText, diagnostics, 1);
  if (!yaml) return undefined;
  const frontMatter = validate(yaml, yaml.value ?? {}, frontMatterSchema, diagnostics);
  if (!frontMatter) return undefined;
  checkFrontMatter(yaml, yaml.value, diagnostics);
  const bodyStart = open[0].length + close.index + close[0].length + 1;
  const bodyLine = text.slice(0, bodyStart).split('\n').length - 1;
  return {
    file,
    lectureId: name.lectureId,
    lang: frontMatter.lang ?? name.lang ?? defaultLang,
    frontMatter,
    body: text.slice(bodyStart),
    bodyLine,
    keyAt: (path) => yaml.locateKey(path),
  };
}
