import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { courseSchema } from '../../src/course/course-schema.js';
import { loadCourse } from '../../src/course/load-course.js';
import { readYaml, validate } from '../../src/course/read-yaml.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { factSchema } from '../../src/facts/fact-schema.js';
import { resolveMedia } from '../../src/outline/resolve-media.js';
import { writtenByLectern } from '../../src/output/output-marker.js';
import { BUILTIN_TEMPLATES, TemplateRegistry } from '../../src/render/template-registry.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { CLI, MINI_COURSE, tempDir } from '../helpers/paths.js';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

/** Each test here keeps a bug that was found and fixed from coming back. */

function yamlProblems(text: string): string[] {
  const diagnostics = new Diagnostics();
  readYaml('facts.yaml', text, diagnostics);
  return diagnostics.list.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId} ${d.message}`);
}

describe('outlines', () => {
  it('parse a fenced div with a long run of trailing spaces in linear time', async () => {
    const start = performance.now();
    const { diagnostics } = await renderOutlineBody(`## A\n\n::: a${' '.repeat(5000)}x\n\ntext\n`);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(diagnostics.list).toEqual([]);
    const { html } = await renderOutlineBody(`## A\n\n::: a${' '.repeat(5000)}\ntext\n:::\n`);
    expect(html).toContain('<div class="a">\n<p>text</p>\n</div>');
  });

  it('leave helpers inside a code span alone, and expand them beside an unclosed backtick run', async () => {
    const { html, diagnostics } = await renderOutlineBody('## A\n\n`` a {{x}} `` and ``` {{name "no-such"}}\n');
    expect(html).toContain('<code>a {{x}}</code>');
    expect(summarise(diagnostics).join('\n')).toMatch(/no-such/);
  });

  it('keep the closing colons of an opening fence out of its classes', async () => {
    const { html } = await renderOutlineBody('## A\n\n::: notes :::\nSay it.\n:::\n');
    expect(html).toContain('<aside class="notes">\n<p>Say it.</p>');
  });

  it('report a stray % in a background image instead of throwing', async () => {
    const { diagnostics } = await renderOutlineBody('## T {background-image="images/100%.png"}\n\nx\n');
    expect(summarise(diagnostics)).toEqual(['4:1 error image "images/100%.png" not found']);
  });

  it('refuse a folder as an image, and accept a file whose name starts with two dots', () => {
    const root = miniCourseWith({ '..dot.png': 'png' });
    expect(resolveMedia(root, 'images/')).toMatchObject({ ok: false, message: 'image "images/" is a folder, not a file' });
    expect(resolveMedia(root, '..dot.png')).toEqual({ ok: true, path: '..dot.png' });
  });

  it('report a helper written without its fact id at its place, not as an internal failure', async () => {
    for (const name of ['date', 'name', 'cite', 'figure', 'quote', 'fact']) {
      const { diagnostics } = await renderOutlineBody(`## A\n\nText {{${name}}}\n`);
      expect(summarise(diagnostics), name).toEqual([`6:6 error {{${name}}} needs a fact id`]);
    }
  });

  it('report partials and decorators, which an outline cannot use', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\nText\n\n{{> notes}}\n');
    expect(summarise(diagnostics)).toEqual(['8:1 error partials ({{> notes}}) cannot be used in an outline']);
  });

  it('report a formula KaTeX cannot read, at its line', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\nText $\\frac{1}{$ here\n\n$$\n\\badcommand{x}\n$$\n\nFine $x^2$\n');
    expect(summarise(diagnostics)).toEqual([
      expect.stringMatching(/^6:1 error the formula cannot be typeset: .*end of input/),
      expect.stringMatching(/^8:1 error the formula cannot be typeset: .*Undefined control sequence: \\badcommand/),
    ]);
  });

  it('check a data-background-image path as a background-image one', async () => {
    const { diagnostics, html } = await renderOutlineBody('## A {data-background-image="/etc/passwd"}\n\nx\n\n## B {data-background-image="images/dot.png"}\n');
    expect(summarise(diagnostics)).toEqual(['4:1 error image path "/etc/passwd" is absolute']);
    expect(html).toContain('data-background-image="../../images/dot.png"');
  });

  it('name an unclosed "{{" where it opens', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\nHeld {{date "first-trial"\n\nmore text\n');
    expect(summarise(diagnostics)).toEqual(['6:6 error "{{" is never closed']);
  });
});

describe('found by fuzzing', () => {
  function schemaProblems(text: string, schema: z.ZodType): string[] {
    const diagnostics = new Diagnostics();
    const yaml = readYaml('x.yaml', text, diagnostics)!;
    validate(yaml, yaml.value, schema, diagnostics);
    return diagnostics.list.map((d) => `${d.start.line}:${d.start.column} ${d.message}`);
  }

  it('refuses a language code that Intl cannot format, which made the date helpers throw', () => {
    expect(schemaProblems('title: T\nlanguages: [en, en-12]\n', courseSchema)).toEqual(['2:17 languages: expected a language code such as "en" or "ru", found "en-12"']);
  });

  it('refuses date and figure ranges that end before they begin', () => {
    const fact = (extra: string) => `type: event\nid: a\ntitle: T\nsources: [{source: s, quote: q}]\n${extra}`;
    expect(schemaProblems(fact('date: {from: "1936-08-24", to: "1936-08-19"}\n'), factSchema)).toEqual([
      '5:7 date: the range ends before it begins: "from" must not come after "to"',
    ]);
    expect(schemaProblems(fact('date: {from: "1936-08", to: "1936"}\n'), factSchema)).toEqual([]);
    const figure = 'type: figure\nid: a\ntitle: T\nsources: [{source: s, quote: q}]\nrange: [5, 1]\n';
    expect(schemaProblems(figure, factSchema)).toEqual(['5:8 range: the range is written [low, high]: the first number must not be larger']);
  });

  it('reports a helper that fails while running apart from syntax errors', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{#each}}x{{/each}}\n');
    expect(diagnostics.list.map((d) => `${d.ruleId} ${d.message}`)).toEqual(['helper-error {{#each}} needs an argument, such as {{#each (facts tag="…")}}']);
  });

  it('prints nothing of its own to the console: {{log}} is an unknown helper, KaTeX warnings are muted', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    try {
      const { diagnostics } = await renderOutlineBody('## A\n\n{{log "x"}} $\\text{東京}$ $a\u{15031}$\n');
      expect(summarise(diagnostics)).toEqual(['6:1 error unknown helper "log"']);
      expect(log).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });

  it('stops nested {{#each}} loops that would run forever, and blocks nested too deep to parse', async () => {
    const start = performance.now();
    const loops = await renderOutlineBody(`## A\n\n${'{{#each (facts)}}'.repeat(14)}{{fact id}}${'{{/each}}'.repeat(14)}\n`);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(summarise(loops.diagnostics)).toContain('6:222 error {{#each}} loops run more than 100000 times in this lecture');
    const deep = await renderOutlineBody(`## A\n\n${'{{#if x}}'.repeat(5000)}\n`);
    expect(summarise(deep.diagnostics)).toEqual(['6:901 error blocks are nested more than 100 deep here']);
  });

  it('places Markdown problems at their outline lines when loops repeat lines before them', async () => {
    const body = '## A\n\n{{#each (facts tag="trials")}}\n- {{fact id}}\n{{/each}}\n\n![x](images/missing.png)\n\n::: notes\nunclosed\n';
    const { diagnostics, deck } = await renderOutlineBody(body);
    expect(summarise(diagnostics)).toEqual(['10:1 error image "images/missing.png" not found', '12:1 error "::: notes" is never closed']);
    const loop = await renderOutlineBody('{{#each (facts tag="trials")}}\n## {{fact id}}\n{{/each}}\n\n## After\n');
    // Lines made by a loop are placed near it; every line after the loop is exact.
    expect(loop.deck!.slides.map((s) => s.line)).toEqual([1, expect.any(Number), 8]);
    expect(deck!.slides.map((s) => s.line)).toEqual([1, 4]);
  });

  it('reports a problem inside a loop once, not once per turn', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{#each (facts)}}{{#each (facts)}}{{date "nope"}}{{/each}}{{/each}}\n');
    expect(summarise(diagnostics)).toEqual(['6:35 error unknown fact "nope"']);
  });
});

describe('YAML', () => {
  it('reports nesting deeper than 100 levels, twice in one process, without aborting it', () => {
    for (const text of ['['.repeat(1000) + ']'.repeat(1000), '['.repeat(1000), '{a: '.repeat(3000)]) {
      expect(yamlProblems(text)).toEqual([expect.stringMatching(/^1:\d+ yaml-syntax the YAML is nested more than 100 levels deep$/)]);
    }
  });

  it('refuses aliases that expand to billions of values, or to an endless one', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(yamlProblems(bomb)).toEqual([expect.stringMatching(/^2:10 yaml-aliases aliases \(\*name\) make this file expand/)]);
    expect(yamlProblems('- &a [*a]\n')).toEqual([expect.stringMatching(/^1:7 yaml-aliases /)]);
    expect(yamlProblems('common: &c {source: s, quote: q}\nuses: [*c, *c, *c]\n')).toEqual([]);
  });

  it('reports a fact file that is not UTF-8 at the bad byte', () => {
    expect(yamlProblems('- id: caf\ufffd\n')).toEqual(['1:10 encoding the file is not valid UTF-8']);
  });
});

describe('course folders', () => {
  it('skip folders named like fact files or outlines with a warning, and ignore a "facts" or "templates" that is a file', async () => {
    const root = miniCourseWith();
    mkdirSync(join(root, 'facts/more.yaml'));
    mkdirSync(join(root, '02-folder.en.md'));
    const diagnostics = new Diagnostics();
    const course = await loadCourse(root, diagnostics);
    expect(diagnostics.list.map((d) => `${d.severity} ${d.message}`).sort()).toEqual([
      'warning skipped: "02-folder.en.md" is a folder, not an outline',
      'warning skipped: "more.yaml" is a folder, not a facts file',
    ]);
    expect(course.outlines.map((o) => o.lectureId)).toEqual(['01-demo', '01-demo']);

    const odd = miniCourseWith({ templates: 'not a folder' });
    const result = spawnSync(process.execPath, [CLI, 'check', odd], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });
});

describe('file names', () => {
  /** A course in one language (en) with these outlines and fact files, and no others. */
  function course(files: Record<string, string>): string {
    const root = miniCourseWith({ 'course.yaml': 'title: T\nlanguages: [en]\nsourceTexts: [texts]\n' });
    for (const name of ['01-demo.en.md', '01-demo.ru.md']) rmSync(join(root, name));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return root;
  }
  const outline = (title: string) => `---\ntitle: ${title}\n---\n\n## A\n\n{{fact "arrests"}}\n`;
  const lines = (text: string, severity: string) => text.split('\n').filter((l) => l.includes(` ${severity} `)).map((l) => l.replace(/^.*course\//, ''));

  it('accept Unicode, spaces, underscores and any case of the extension, and facts files named *.YAML', () => {
    const root = course({
      'Lecture 1.md': outline('One'),
      'Лекция 2.EN.MD': outline('Two'),
      '03_third.Md': outline('Three'),
      '04-fourth.qmd': outline('Four'),
      'facts/more.YAML': '- id: more-term\n  type: term\n  title: T\n  definition: D\n  sources: [{source: almanac, quote: q}]\n',
    });
    const out = join(tempDir(), 'out');
    const result = spawnSync(process.execPath, [CLI, 'build', root, '--out', out], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^built 4 deck\(s\)/);
    for (const deck of ['lecture-1', 'лекция-2', '03_third', '04-fourth']) expect(existsSync(join(out, 'en', deck, 'index.html')), deck).toBe(true);
    const check = spawnSync(process.execPath, [CLI, 'check', root, '--infos'], { encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/more\.YAML:1:7 info fact "more-term" is not used by any lecture/);
  });

  it('warn about every other file that looks like an outline or a facts file, saying why it is skipped', () => {
    const root = course({
      '01-demo.md': outline('Demo'),
      'draft (old).md': outline('Draft'),
      'notes.markdown': outline('Notes'),
      'README.md': '# About this course\n',
      'facts/notes.txt': 'notes',
      'facts/old/more.yaml': '[]\n',
    });
    mkdirSync(join(root, '02-folder.en.md'));
    const result = spawnSync(process.execPath, [CLI, 'check', root], { encoding: 'utf8' });
    expect(result.status, result.stdout).toBe(0);
    expect(lines(result.stdout, 'warning')).toEqual([
      '02-folder.en.md:1:1 warning skipped: "02-folder.en.md" is a folder, not an outline [skipped-file]',
      'draft (old).md:1:1 warning skipped: "draft (old).md" is not named like an outline [skipped-file]',
      'facts/notes.txt:1:1 warning skipped: facts files end in .yaml or .yml [skipped-file]',
      'facts/old:1:1 warning skipped: folders inside facts/ are not read [skipped-file]',
      'notes.markdown:1:1 warning skipped: outlines end in .md or .qmd [skipped-file]',
    ]);
  });

  it('make two outlines of one lecture in one language an error naming both', () => {
    const root = course({ '01-demo.md': outline('Plain'), '01-demo.en.md': outline('English'), '02-other.en.md': outline('Other'), '02-OTHER.EN.md': outline('Other') });
    const result = spawnSync(process.execPath, [CLI, 'build', root, '--out', join(tempDir(), 'out')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/01-demo\.md:1:1 error lecture "01-demo" in "en" is written twice \[duplicate-lecture\]\n  hint: .*\n  .*01-demo\.en\.md:1:1 also written here/);
    expect(result.stderr).toMatch(/02-other\.en\.md:1:1 error lecture "02-other" in "en" is written twice \[duplicate-lecture\]\n  hint: .*\n  .*02-OTHER\.EN\.md:1:1 also written here/);
  });
});

describe('the output marker', () => {
  it('counts as Lectern\'s what it lists, and what the exporters write beside a page it lists', () => {
    const mine = writtenByLectern({ format: 1, course: 'x', files: ['index.html', 'en/index.html', 'en/01-a/index.html'] });
    for (const path of ['index.html', '.lectern-output.json', 'en/01-a/slides.pdf', 'en/01-a/slides.pdf.123.tmp', 'en/01-a/slides.pptx', 'en/course-reader.pdf']) expect(mine(path), path).toBe(true);
    for (const path of ['CNAME', 'paper.pdf', 'blog/post.html', 'blog/talk.pdf', 'en/01-a/notes.txt']) expect(mine(path), path).toBe(false);
  });
});

describe('course templates', () => {
  it('warn about a block that names no helper, which Handlebars renders as nothing', () => {
    const root = miniCourseWith({ 'templates/slide-content.hbs': '<section>\n  {{#nohelper}}X{{/nohelper}} {{#if slide.title}}{{{slide.title}}}{{/if}}\n</section>\n' });
    const diagnostics = new Diagnostics();
    new TemplateRegistry([BUILTIN_TEMPLATES, join(root, 'templates')], diagnostics).compileAll();
    expect(diagnostics.list.map((d) => `${d.file.replace(/^.*course\//, '')}:${d.start.line}:${d.start.column} ${d.severity} ${d.message}`)).toEqual([
      'templates/slide-content.hbs:2:3 warning {{#nohelper}} is not a helper: the block shows only when the page\'s data has a "nohelper"',
    ]);
  });
});

describe('text encodings', () => {
  const utf16 = (text: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

  it('read UTF-16 files with a byte-order mark, and name UTF-16 without one', () => {
    const root = miniCourseWith();
    writeFileSync(join(root, '01-demo.en.md'), utf16('---\ntitle: "Двойные байты"\n---\n\n## A\n\n{{fact "arrests"}}\n'));
    writeFileSync(join(root, 'texts/chronicle.txt'), utf16(readFileSync(join(MINI_COURSE, 'texts/chronicle.txt'), 'utf8')));
    const out = join(tempDir(), 'out');
    const built = spawnSync(process.execPath, [CLI, 'build', root, '--out', out], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(join(out, 'en/01-demo/index.html'), 'utf8')).toContain('Двойные байты');
    expect(spawnSync(process.execPath, [CLI, 'check', root], { encoding: 'utf8' }).stdout).toContain('4 quote(s) verified');

    writeFileSync(join(root, '01-demo.en.md'), utf16('---\ntitle: T\n---\n', false));
    writeFileSync(join(root, 'facts/more.yaml'), utf16('- id: x\n', false));
    const check = spawnSync(process.execPath, [CLI, 'check', root], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/01-demo\.en\.md:1:2 error the file looks like UTF-16 without a byte-order mark \[encoding\]\n  hint: save the outline as UTF-8/);
    expect(check.stdout).toMatch(/facts\/more\.yaml:1:2 error the file looks like UTF-16 without a byte-order mark \[encoding\]/);
  });
});

describe('the command line', () => {
  it('stops quietly when the reader of its output closes the pipe', () => {
    const result = spawnSync('bash', ['-c', `node "${CLI}" check "${MINI_COURSE}" --infos | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('checks a course of many facts quickly, with a did-you-mean among them', () => {
    const facts = Array.from({ length: 2000 }, (_, i) => `- id: fact-${i}\n  type: place\n  title: "Place ${i}"\n  sources: [{source: chronicle, quote: "q"}]\n`);
    const root = miniCourseWith({ 'facts/many.yaml': facts.join('') });
    writeFileSync(join(root, '01-demo.en.md'), '---\ntitle: T\n---\n\n## A\n\n{{fact "fact-19999"}}\n');
    const result = spawnSync(process.execPath, [CLI, 'check', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/unknown fact "fact-19999" — did you mean "fact-1999"\?/);
  });
});
