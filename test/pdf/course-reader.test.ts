import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { artifactsDir, renderPages, textRuns } from '../helpers/pdf-layout.js';
import { pdfInfo, pdfOutline, pdfText } from '../helpers/pdf-tools.js';
import { runCli } from '../helpers/run-cli.js';

const SECOND = {
  en: `---\ntitle: "Collective security"\ndate: 2026-03-03\n---\n\n## The League\n\n- Joined {{date "first-trial"}}\n\n::: notes\nNotes of the second lecture.\n:::\n`,
  ru: `---\ntitle: "Коллективная безопасность"\ndate: 2026-03-03\n---\n\n## Лига Наций\n\n- Вступление {{date "first-trial"}}\n\n::: notes\nЗаметки второй лекции.\n:::\n`,
};

let course: string;
let out: string;

beforeAll(() => {
  course = miniCourseWith({ '02-second.en.md': SECOND.en, '02-second.ru.md': SECOND.ru });
  out = join(tempDir(), 'out');
  const result = runCli(['pdf', course, '--out', out, '--reader']);
  expect(result.status, result.stderr).toBe(0);
});

/** The text of each page, as pdftotext reads it, spaces collapsed. */
async function pages(file: string): Promise<string[]> {
  return pdfText(file)
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

describe('lectern pdf --reader', () => {
  it('writes only the reader of each language when asked for it alone', () => {
    for (const lang of ['en', 'ru']) expect(existsSync(join(out, lang, 'course-reader.pdf'))).toBe(true);
    expect(existsSync(join(out, 'en/01-demo/slides.pdf'))).toBe(false);
  });

  it.each([
    ['en', ['Lecture 1: The Moscow trials', 'Lecture 2: Collective security', 'Glossary', 'People', 'Bibliography']],
    ['ru', ['Лекция 1: Московские процессы', 'Лекция 2: Коллективная безопасность', 'Глоссарий', 'Персоналии', 'Библиография']],
  ])('%s: the contents and bookmarks give the page each part starts on', async (lang, titles) => {
    const file = join(out, lang, 'course-reader.pdf');
    const text = await pages(file);
    renderPages(file, join(artifactsDir('reader'), lang), 1, 4);
    expect(text[0]!.toLowerCase()).toContain(lang === 'en' ? 'course reader' : 'хрестоматия курса');
    const contents = text[1]!;
    const listed = titles.map((title) => {
      const m = new RegExp(`${title} (\\d+)`).exec(contents);
      expect(m, `${title} in the contents: ${contents}`).not.toBeNull();
      return Number(m![1]);
    });
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    // Each part's first page (1-based) holds its cover or heading.
    expect(text[listed[0]! - 1]).toContain(lang === 'en' ? 'The Moscow trials' : 'Московские процессы');
    expect(text[listed[0]! - 1]!.toLowerCase()).toContain(lang === 'en' ? 'lecture 1' : 'лекция 1');
    expect(text[listed[1]! - 1]).toContain(lang === 'en' ? 'Collective security' : 'Коллективная безопасность');
    for (const [i, title] of titles.slice(2).entries()) expect(text[listed[i + 2]! - 1]).toContain(title);
    const { outline } = await pdfOutline(file);
    expect(outline.slice(1).map((o) => [o.title, o.page + 1])).toEqual(titles.map((t, i) => [t, listed[i]]));
  });

  it('numbers the pages through the whole reader, students\' handouts without notes', async () => {
    const file = join(out, 'en', 'course-reader.pdf');
    const text = await pages(file);
    const { runs } = await textRuns(file);
    const height = 297;
    text.forEach((_, p) => {
      const footer = runs.filter((r) => r.page === p && r.y > height - 16).map((r) => r.text.trim());
      // Covers carry no number; every other page its place in the reader.
      if (footer.length) expect(footer).toEqual([String(p + 1)]);
    });
    expect(runs.filter((r) => r.y > height - 16).length).toBeGreaterThan(text.length / 2);
    expect(text.join(' ')).not.toContain('Notes of the second lecture.');
    expect(pdfInfo(file).Title).toBe('A mini course — Course reader');
    expect(pdfInfo(join(out, 'ru', 'course-reader.pdf')).Title).toBe('Мини-курс — Хрестоматия курса');
  });
});

describe('handout options in course.yaml and on the command line', () => {
  it('facts: none leaves the facts out; --facts full puts them back; reader: true prints the reader', async () => {
    const yaml = readFileSync(join(course, 'course.yaml'), 'utf8');
    writeFileSync(join(course, 'course.yaml'), `${yaml}\nhandout: {facts: none}\nreader: true\n`);
    const dir = join(tempDir(), 'out');
    expect(runCli(['pdf', course, '--out', dir, '--lang', 'en', '--variant', 'lecturer']).status).toBe(0);
    const handout = join(dir, 'en/01-demo/handout.pdf');
    expect((await pages(handout)).join(' ')).not.toContain('Facts on this slide');
    expect(existsSync(join(dir, 'en/course-reader.pdf'))).toBe(true);
    expect(runCli(['pdf', course, '--out', dir, '--lang', 'en', '--handout', '--variant', 'lecturer', '--facts', 'full']).status).toBe(0);
    expect((await pages(handout)).join(' ')).toContain('Facts on this slide');
  });

  it('titles handouts with the lecture\'s number and what they are, in the lecture\'s language', () => {
    const dir = join(tempDir(), 'out');
    expect(runCli(['pdf', course, '--out', dir, '--handout']).status).toBe(0);
    expect(pdfInfo(join(dir, 'en/02-second/handout.pdf')).Title).toBe('Lecture 2: Collective security — lecturer\'s handout');
    expect(pdfInfo(join(dir, 'en/02-second/handout-student.pdf')).Title).toBe('Lecture 2: Collective security — student handout');
    expect(pdfInfo(join(dir, 'ru/01-demo/handout.pdf')).Title).toBe('Лекция 1: Московские процессы — материалы лектора');
  });
});
