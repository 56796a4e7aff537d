import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { check } from '../../src/check.js';
import { readYaml, validate } from '../../src/course/read-yaml.js';
import { courseSchema } from '../../src/course/course-schema.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { factSchema, sourceSchema } from '../../src/facts/fact-schema.js';
import { REPO, tempDir } from '../helpers/paths.js';

/**
 * Every example of the authoring docs is built: the helper calls of README
 * and docs/authoring.md, and their Markdown and YAML blocks. What a newcomer
 * copies must work as written.
 */
const DOCS = ['README.md', 'docs/authoring.md'].map((file) => ({ file, text: readFileSync(join(REPO, file), 'utf8') }));

/** Inline helper calls such as `{{date "kirov-murder"}}`: complete calls, not names of helpers or "…" placeholders. */
const helperCalls = DOCS.flatMap(({ text }) => [...text.matchAll(/`(\{\{#?\w+ [^`]*\}\})`/g)].map((m) => m[1]!)).filter((call) => !call.includes('…'));
const blocks = (lang: string) => DOCS.flatMap(({ text }) => [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!));
/** Markdown blocks that are outline bodies (not the front matter example). */
const outlineBlocks = blocks('markdown').filter((b) => !b.startsWith('---'));

/** The example course, with one more lecture holding every example, a slide each. */
let course: string;
const LECTURE = '99-docs.en.md';

beforeAll(() => {
  course = join(tempDir(), 'lectures');
  cpSync(join(REPO, 'lectures'), course, { recursive: true });
  const slides = [...helperCalls, ...outlineBlocks].map((example, i) => `## Example ${i + 1}\n\n${example.trim()}\n`);
  writeFileSync(join(course, LECTURE), `---\ntitle: "The examples of the docs"\n---\n\n${slides.join('\n')}`);
});

describe('the examples of the authoring docs', () => {
  it('are found', () => {
    expect(helperCalls.length).toBeGreaterThanOrEqual(9);
    expect(outlineBlocks.length).toBeGreaterThanOrEqual(1);
  });

  it('check without an error or warning', async () => {
    const { diagnostics } = await check({ course, langs: ['en'] });
    const problems = diagnostics
      .sorted()
      .filter((d) => d.severity !== 'info')
      .map((d) => `${relative(course, d.file)}:${d.start.line}:${d.start.column} ${d.message}`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('the list of facts is a list: one item per fact', async () => {
    const out = join(tempDir(), 'out');
    await build({ course, out, langs: ['en'] });
    const deck = readFileSync(join(out, 'en/99-docs/index.html'), 'utf8');
    const each = outlineBlocks.findIndex((b) => b.includes('{{#each'));
    // The slide itself, without its speaker notes.
    const slide = deck.split('<section').find((s) => s.startsWith(` id="example-${helperCalls.length + each + 1}"`))!.split('<aside')[0]!;
    const items = slide.match(/<li>/g) ?? [];
    expect(items.length).toBeGreaterThan(3);
    expect(slide.match(/<ul>/g)).toHaveLength(1);
  }, 60_000);

  it('the YAML blocks validate as the files they show', () => {
    const yamlBlocks = blocks('yaml');
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(3);
    for (const text of yamlBlocks) {
      const diagnostics = new Diagnostics();
      const yaml = readYaml('example.yaml', text, diagnostics)!;
      const value = yaml.value as Record<string, unknown> | Array<Record<string, unknown>>;
      if (Array.isArray(value)) value.forEach((item, i) => validate(yaml, item, 'sources' in item ? factSchema : sourceSchema, diagnostics, [i]));
      else validate(yaml, value, courseSchema, diagnostics);
      expect(diagnostics.list.map((d) => `${d.start.line}:${d.start.column} ${d.message}`), text).toEqual([]);
    }
  });
});
