import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { pdfFonts, pdfInfo, pdfOutline, pdfText } from '../helpers/pdf-tools.js';
import { runCli } from '../helpers/run-cli.js';

let out: string;

beforeAll(() => {
  out = join(tempDir(), 'out');
  const result = runCli(['pdf', MINI_COURSE, '--out', out]);
  expect(result.status, result.stderr).toBe(0);
});

const deck = (lang: string, file: string) => join(out, lang, '01-demo', file);

describe('slides.pdf', () => {
  it('has one slide-sized page per slide, fragments collapsed', () => {
    for (const lang of ['en', 'ru']) {
      const info = pdfInfo(deck(lang, 'slides.pdf'));
      expect(info.Pages).toBe('7');
      expect(info['Page size']).toMatch(/^1008 x 567(\.\d+)? pts/);
    }
  });

  it('has selectable text in both languages, in the deck\'s fonts only', () => {
    expect(pdfText(deck('en', 'slides.pdf'))).toContain('The Moscow trials');
    const ru = pdfText(deck('ru', 'slides.pdf'));
    expect(ru).toContain('Московские процессы');
    expect(ru).toContain('около 30 000 человек');
    expect(pdfFonts(deck('ru', 'slides.pdf')).every((f) => /^(PTSans|PTMono|KaTeX)/.test(f))).toBe(true);
  });

  it('carries metadata and bookmarks from the sections', async () => {
    const info = pdfInfo(deck('ru', 'slides.pdf'));
    expect(info.Title).toBe('Московские процессы');
    expect(info.Author).toBe('Test Lecturer');
    expect(info.Subject).toBe('Мини-курс — Демонстрация');
    const { lang, outline } = await pdfOutline(deck('ru', 'slides.pdf'));
    expect(lang).toBe('ru');
    expect(outline.map((o) => [o.title, o.page])).toEqual([
      ['Московские процессы', 0],
      ['Первый процесс', 1],
      ['Источники', 6],
    ]);
    expect(outline[1]!.children.map((o) => [o.title, o.page])).toEqual([
      ['Процесс', 2],
      ['Цитата и хронология', 3],
      ['Колонки', 4],
    ]);
  });

  it('can give each fragment step its own page', () => {
    const separate = join(tempDir(), 'out');
    expect(runCli(['pdf', MINI_COURSE, '--out', separate, '--lang', 'en', '--slides', '--separate-fragments']).status).toBe(0);
    expect(Number(pdfInfo(join(separate, 'en/01-demo/slides.pdf')).Pages)).toBeGreaterThan(7);
    expect(existsSync(join(separate, 'en/01-demo/handout.pdf'))).toBe(false);
  });
});

describe('handouts', () => {
  it('are A4 portrait with a cover, running header, page numbers and the sources', () => {
    const info = pdfInfo(deck('ru', 'handout.pdf'));
    expect(info['Page size']).toMatch(/\(A4\)/);
    const text = pdfText(deck('ru', 'handout.pdf'));
    expect(text).toMatch(/Мини-курс\s+Лекция 1: Московские процессы/);
    expect(text).toMatch(/Стр\. 2 из \d+/);
    expect(text).toContain('Источники');
    expect(text).toContain('Хроника процессов');
  });

  it('hold the speaker notes in the lecturer variant only', () => {
    expect(pdfText(deck('en', 'handout.pdf'))).toContain('Stress the staging of the trial.');
    expect(pdfText(deck('ru', 'handout.pdf'))).toContain('Подчеркните постановочность процесса.');
    expect(pdfText(deck('en', 'handout-student.pdf'))).not.toContain('Stress the staging');
    expect(pdfText(deck('en', 'handout-student.pdf'))).toContain('The Moscow trials');
  });

  it('come in 1, 3 and 6 per page, on Letter paper too', () => {
    const pages: Record<string, number> = {};
    for (const n of ['1', '6']) {
      const dir = join(tempDir(), 'out');
      expect(runCli(['pdf', MINI_COURSE, '--out', dir, '--lang', 'en', '--handout', '--per-page', n, '--paper', 'Letter']).status).toBe(0);
      pages[n] = Number(pdfInfo(join(dir, 'en/01-demo/handout-student.pdf')).Pages);
      expect(pdfInfo(join(dir, 'en/01-demo/handout.pdf'))['Page size']).toMatch(/\(letter\)/);
    }
    pages['3'] = Number(pdfInfo(deck('en', 'handout-student.pdf')).Pages);
    // cover + slides + sources: 4 slides and a section band take 4, 2 and 1 pages (the band heads the first slide's page)
    expect(pages).toEqual({ '1': 6, '3': 4, '6': 3 });
  });

  it('print notes longer than a page whole, in a 200-slide deck', () => {
    const sentences = Array.from({ length: 500 }, (_, i) => `Sentence number ${i + 1} of the long notes.`).join(' ');
    const slides = Array.from({ length: 200 }, (_, i) => `## Slide ${i + 1}\n\nPoint ${i + 1}.\n\n::: notes\n${i === 99 ? sentences : `Notes of slide ${i + 1}.`}\n:::\n`);
    const course = miniCourseWith({});
    writeFileSync(join(course, '01-demo.en.md'), `---\ntitle: Long\n---\n\n${slides.join('\n')}`);
    const dir = join(tempDir(), 'out');
    const result = runCli(['pdf', course, '--out', dir, '--lang', 'en', '--per-page', '1']);
    expect(result.status, result.stderr).toBe(0);
    // The title and 200 slides; nothing is cited, so there is no sources slide.
    expect(pdfInfo(join(dir, 'en/01-demo/slides.pdf')).Pages).toBe('201');
    // Notes run on across pages: take the running header and footer out of the flow.
    const text = pdfText(join(dir, 'en/01-demo/handout.pdf'))
      .replace(/\s+/g, ' ')
      .replace(/ Page \d+ of \d+ A mini course Lecture 1: Long (Slide \d+ \(continued\) )?/g, ' ');
    for (let i = 1; i <= 500; i++) expect(text).toContain(`Sentence number ${i} of the long notes.`);
    expect(text).toContain('Notes of slide 200.');
  });
});

describe('pre-flight', () => {
  it('reports, from check, the slides that the PDF finds overflowing, with the same hint', () => {
    const bullets = (n: number) => Array.from({ length: n }, (_, i) => `- Bullet number ${i} here`).join('\n');
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} short.`).join('\n\n');
    const slides = [
      `## Eleven bullets\n\n${bullets(11)}`,
      `## Twelve bullets\n\n${bullets(12)}`,
      `## Eight paragraphs\n\n${paragraphs(8)}`,
      `## Nine paragraphs\n\n${paragraphs(9)}`,
      `## Fourteen smaller {.smaller}\n\n${bullets(14)}`,
      `## Sixteen smaller {.smaller}\n\n${bullets(16)}`,
    ];
    const course = miniCourseWith({ '01-demo.en.md': `---\ntitle: T\n---\n\n${slides.join('\n\n')}\n` });
    // The build's estimate says "the slide's content is about …", the PDF's measurement "slide N: its content is …".
    const overflowing = (stderr: string, said: string) =>
      [...stderr.matchAll(new RegExp(`01-demo\\.en\\.md:(\\d+):1 warning ${said}.*taller than the slide.*\\[overflow\\]\\n\\s*hint: (.*)`, 'g'))].map((m) => `${m[1]} ${m[2]}`);
    const check = runCli(['check', course]);
    const pdf = runCli(['pdf', course, '--out', join(tempDir(), 'out'), '--lang', 'en', '--slides']);
    expect(pdf.status, pdf.stderr).toBe(0);
    const measured = overflowing(pdf.stderr, 'slide \\d+: its content');
    expect(measured.map((m) => m.split(' ')[0])).toEqual(['19', '52', '89']);
    expect(overflowing(check.stdout, "the slide's content")).toEqual(measured);
  });

  it('warns about overflowing slides, missing glyphs and remote images, naming slide and line', () => {
    const course = miniCourseWith({
      '01-demo.en.md': `---\ntitle: T\n---\n\n## Tall\n\n${Array.from({ length: 30 }, (_, i) => `- item ${i}`).join('\n')}\n\n## Glyphs\n\nA Linear B sign: 𐀀\n\n## Remote\n\n![x](https://example.invalid/x.png)\n`,
    });
    const dir = join(tempDir(), 'out');
    const result = runCli(['pdf', course, '--out', dir, '--lang', 'en', '--slides']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/01-demo\.en\.md:5:1 warning slide 2: its content is \d+px taller than the slide \[overflow\]/);
    expect(result.stderr).toMatch(/01-demo\.en\.md:\d+:1 warning slide 3: no font of the deck has "𐀀" \(U\+10000\) \[missing-glyphs\]/);
    expect(result.stderr).toMatch(/01-demo\.en\.md:\d+:1 warning slide 4: https:\/\/example\.invalid\/x\.png was not loaded/);
  });

  it('warns about formulas, code, tables and images cut off sideways, and not about what fits once set smaller', () => {
    const sum = (n: number) => Array.from({ length: n }, (_, i) => `a_{${i + 1}}`).join(' + ');
    const slides = [
      `## Fits when smaller\n\n$$\n${sum(20)} = S\n$$`,
      `## Too wide\n\n$$\n${sum(45)} = S\n$$`,
      `## Long code\n\n\`\`\`python\nprint("${'and on '.repeat(30)}")\n\`\`\``,
      `## Wide table\n\n| ${'a | '.repeat(8)}\n|${'---|'.repeat(8)}\n| ${'Donaudampfschifffahrtsgesellschaft | '.repeat(3)}${'x | '.repeat(5)}`,
      `## Wide image\n\n![a dot](images/dot.png){.absolute top=200 left=1000 width=600}`,
      `## Fits\n\n$$\nE = mc^2\n$$\n\n\`\`\`python\nx = 1\n\`\`\``,
    ];
    // A footer too long for its line ends in an ellipsis, which shows the cut: it is not reported.
    const footer = 'A footer far too long for its line, '.repeat(6);
    const course = miniCourseWith({ '01-demo.en.md': `---\ntitle: T\nfooter: "${footer}"\n---\n\n${slides.join('\n\n')}\n` });
    const result = runCli(['pdf', course, '--out', join(tempDir(), 'out'), '--lang', 'en', '--slides']);
    expect(result.status, result.stderr).toBe(0);
    const cutOff = [...result.stderr.matchAll(/01-demo\.en\.md:(\d+):1 warning slide (\d+): (.*) \[cut-off\]\n\s*hint: (.*)/g)].map((m) => [m[1], m[2], m[3], m[4]]);
    expect(cutOff).toEqual([
      ['12', '3', expect.stringMatching(/^a formula is \d+px wider than its box, which cuts it off$/), expect.stringContaining('aligned environment')],
      ['18', '4', expect.stringMatching(/^a code block is \d+px wider than its box, which cuts it off$/), expect.stringContaining('code-overflow: wrap')],
      ['24', '5', expect.stringMatching(/^a table runs \d+px past the slide's right edge$/), expect.stringContaining('fewer or narrower columns')],
      ['30', '6', expect.stringMatching(/^an image \(img\) runs \d+px past the slide's right edge$/), expect.stringContaining('smaller width')],
    ]);
  });

  it('checks a handout\'s slides with the styles they print with: a stylesheet\'s @media print rules count', () => {
    const slide = '## Printed larger\n\nOne line of text.\n\nAnother line.\n\nA third line.\n';
    const course = miniCourseWith({
      '01-demo.en.md': `---\ntitle: T\ncss: print.css\n---\n\n${slide}`,
      'print.css': '@media print { .reveal .slides section p { font-size: 300px; line-height: 1; } }\n',
    });
    const result = runCli(['pdf', course, '--out', join(tempDir(), 'out'), '--lang', 'en', '--handout']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/01-demo\.en\.md:6:1 warning slide 2: its content is \d+px taller than the slide \[overflow\]/);
  });

  it('checks the slides when only handouts are printed, once per deck', () => {
    const course = miniCourseWith({
      '01-demo.en.md': `---\ntitle: T\n---\n\n## Tall\n\n${Array.from({ length: 30 }, (_, i) => `- item ${i}`).join('\n')}\n`,
    });
    const result = runCli(['pdf', course, '--out', join(tempDir(), 'out'), '--lang', 'en', '--handout']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr.match(/01-demo\.en\.md:5:1 warning slide 2: its content is \d+px taller than the slide \[overflow\]/g)).toHaveLength(1);
  });
});
