import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { exportPdfs, type PdfOptions } from '../../src/pdf/export-pdfs.js';
import type { HandoutLayout } from '../../src/pdf/handout/lay-out-handout.js';
import { MARGIN } from '../../src/pdf/handout/paper.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { artifactsDir, meanBrightness, renderPages, textRuns, type TextRun } from '../helpers/pdf-layout.js';

/** Words of notes per content slide: none, a few, several pages. */
const NOTE_WORDS = [0, 3000, 15, 250, 0, 900, 60, 1800, 5, 400, 0, 3000, 120, 30];
const TABLE_SLIDE = 5;
const DARK_SLIDE = 8;
/** The title slide is 1 and the section slide 2: content slide i is number i + 3. */
const numberOf = (i: number) => i + 3;

function notes(i: number, words: number): string {
  if (!words) return '';
  const body = Array.from({ length: Math.max(0, words - 10) }, (_, k) => (k % 12 === 11 ? 'said.' : 'notes')).join(' ');
  // One slide's notes hold a table longer than a page: it runs on between rows.
  const table = i === 3 ? `\n\n| Row | Said |\n|---|---|\n${Array.from({ length: 80 }, (_, r) => `| Row ${r + 1} of the table | notes |`).join('\n')}\n\n` : '';
  return `\n::: notes\nFirst words of slide ${i}. ${body}${table} Final words of slide ${i}.\n:::\n`;
}

function slide(i: number): string {
  const heading = i === DARK_SLIDE ? `## Title ${i} {background="#223"}` : i === TABLE_SLIDE ? `## Title ${i} {.smaller}` : `## Title ${i}`;
  const table =
    i === TABLE_SLIDE
      ? `\n| Trial | Dates | Defendants | Outcome |\n|---|---|---|---|\n${Array.from({ length: 6 }, (_, r) => `| Trial ${r} | 1936–1938 | Many people, named and unnamed | Sentenced, shot or sent to camps |`).join('\n')}\n`
      : '';
  const facts = i === 1 ? ' Held {{date "first-trial"}} {{cite "first-trial"}}' : '';
  return `${heading}\n\n- Point one of ${i}.${facts}\n- Point two of ${i}.\n${table}\nLast line ${i}\n${notes(i, NOTE_WORDS[i]!)}`;
}

const DECK = `---\ntitle: "Layout test"\ndate: 2026-02-10\n---\n\n# Part one\n\n${NOTE_WORDS.map((_, i) => slide(i)).join('\n')}`;

let result: BuildResult;
let session: BrowserSession;

beforeAll(async () => {
  const course = miniCourseWith({ '01-demo.en.md': DECK });
  result = await build({ course, out: join(tempDir(), 'out'), langs: ['en'] });
  session = new BrowserSession(await findBrowser());
});

afterAll(async () => {
  await session?.close();
});

async function exportHandouts(options: PdfOptions): Promise<Map<string, HandoutLayout>> {
  const layouts = new Map<string, HandoutLayout>();
  await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, {
    slides: false,
    concurrency: 2,
    ...options,
    onHandoutLayout: (file, layout) => layouts.set(file.endsWith('handout-student.pdf') ? 'student' : 'lecturer', layout),
  });
  return layouts;
}

const file = (variant: string) => join(result.outDir, 'en/01-demo', variant === 'student' ? 'handout-student.pdf' : 'handout.pdf');

const inside = (run: TextRun, s: HandoutLayout['slides'][number]) =>
  run.page === s.page && run.y >= s.top - 0.5 && run.y <= s.bottom + 0.5 && run.x >= s.left - 0.5 && run.x <= s.left + s.width + 0.5;

describe.each([
  [1, 'A4'],
  [3, 'A4'],
  [6, 'A4'],
  [1, 'Letter'],
  [3, 'Letter'],
  [6, 'Letter'],
] as const)('%i per page on %s', (perPage, paper) => {
  let layouts: Map<string, HandoutLayout>;
  beforeAll(async () => {
    layouts = await exportHandouts({ perPage, paper });
  });

  it.each(['lecturer', 'student'])('%s: every slide lies within one page, under its number', async (variant) => {
    const layout = layouts.get(variant)!;
    expect(layout.slides.map((s) => s.number)).toEqual(NOTE_WORDS.map((_, i) => numberOf(i)));
    for (const s of layout.slides) {
      expect(s.top, `slide ${s.number}`).toBeGreaterThanOrEqual(MARGIN.top - 0.5);
      expect(s.bottom, `slide ${s.number}`).toBeLessThanOrEqual(layout.pageHeight - layout.bottomMargin + 0.5);
      expect(s.labelTop).toBeLessThan(s.top);
    }
    const pdf = await textRuns(file(variant));
    expect(pdf.pages).toBe(layout.pages);
    const name = `${variant}-${perPage}-${paper}`;
    copyFileSync(file(variant), join(artifactsDir('handouts'), `${name}.pdf`));
    renderPages(file(variant), join(artifactsDir('handouts'), name), 1, 3);

    // Measured on the PDF: title, last line and number of each slide on the page the layout says, inside its box.
    for (const s of layout.slides.filter((x) => x.number > 2)) {
      const i = s.number - 3;
      const title = pdf.runs.find((r) => r.text.trim() === `Title ${i}`);
      const last = pdf.runs.find((r) => r.text.trim() === `Last line ${i}`);
      const label = pdf.runs.find((r) => r.text.trim() === `Slide ${s.number}`);
      expect(title && inside(title, s), `title of slide ${s.number}`).toBe(true);
      expect(last && inside(last, s), `last line of slide ${s.number}`).toBe(true);
      expect(label?.page, `number of slide ${s.number}`).toBe(s.page);
      expect(label!.y).toBeLessThan(title!.y);
      expect(label!.size).toBeGreaterThanOrEqual(9 - 0.01);
    }
    // The section slide is a band with its number and heading, just above the first slide of its section.
    expect(layout.sections.map((s) => s.number)).toEqual([2]);
    const [band] = layout.sections;
    const first = layout.slides[0]!;
    expect(band!.page).toBe(first.page);
    expect(first.labelTop - band!.bottom).toBeGreaterThanOrEqual(0);
    expect(first.labelTop - band!.bottom).toBeLessThan(12);
    expect(band!.bottom - band!.top).toBeLessThan(20);
    const heading = pdf.runs.find((r) => r.text.trim() === 'Part one' && r.page === band!.page);
    expect(heading?.size).toBeGreaterThanOrEqual(9);
    // The cover lists it among the contents, with the page it starts on.
    const cover = pdf.runs.filter((r) => r.page === 0).map((r) => r.text.trim());
    expect(cover).toContain('Part one');
    expect(cover).toContain(String(band!.page + 1));
    expect(cover).not.toContain('Lecturer');
    // Every text in the slides' pictures prints at 6 pt or more.
    const pictured = pdf.runs.filter((r) => layout.slides.some((s) => inside(r, s)));
    expect(pictured.filter((r) => r.size < 6 - 0.01).map((r) => `${r.text} (${r.size.toFixed(1)} pt)`)).toEqual([]);
    expect(pictured.some((r) => /^Trial 5$/.test(r.text.trim())), 'the table slide keeps its table').toBe(true);
    // Every text of the handout's own, outside the slides' pictures, is at least 9 pt.
    const own = pdf.runs.filter((r) => !layout.slides.some((s) => inside(r, s)));
    const small = own.filter((r) => r.size < 9 - 0.01).map((r) => `${r.text} (${r.size.toFixed(1)} pt)`);
    expect(small).toEqual([]);
    expect(layout.smallest.pt).toBeGreaterThanOrEqual(9);
  });

  it('prints every word of long notes in the lecturer\'s handout', async () => {
    // The text in reading order, without the running header and footer and the "continued" labels between pages.
    const layout = layouts.get('lecturer')!;
    const text = (await textRuns(file('lecturer'))).runs
      .filter((r) => r.y > MARGIN.top && r.y < layout.pageHeight - MARGIN.bottom && !/^Slide \d+ \(continued\)$/.test(r.text.trim()))
      .map((r) => r.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const [i, words] of NOTE_WORDS.entries()) {
      if (!words) continue;
      expect(text.includes(`First words of slide ${i}.`), `first words of slide ${numberOf(i)}`).toBe(true);
      expect(text.includes(`Final words of slide ${i}.`), `last words of slide ${numberOf(i)}`).toBe(true);
    }
    for (let r = 1; r <= 80; r++) expect(text.includes(`Row ${r} of the table`), `row ${r} of the table in the notes`).toBe(true);
    const count = (text.match(/\bnotes\b/g) ?? []).length;
    const expected = 80 + NOTE_WORDS.reduce((sum, w) => sum + (w ? Math.max(0, w - 10) - Math.floor(Math.max(0, w - 10) / 12) : 0), 0);
    expect(count).toBe(expected);
  });
});

describe('students\' handout', () => {
  it('gives a dense table slide the full width and two rows, keeping the grid of rows', async () => {
    const layouts = await exportHandouts({ perPage: 6, variant: 'student' });
    const { slides, rows } = layouts.get('student')!;
    const table = slides.find((s) => s.number === numberOf(TABLE_SLIDE))!;
    const plain = slides.find((s) => s.number === numberOf(TABLE_SLIDE + 1))!;
    expect(table.width).toBeGreaterThan(1.9 * plain.width);
    // A row is a third of the page, or two thirds with the gap between them.
    const slot = Math.min(...rows.map((r) => r.height));
    for (const r of rows) expect([slot, 2 * slot + 6].some((h) => Math.abs(r.height - h) < 0.5), `row of ${r.height.toFixed(1)} mm`).toBe(true);
    expect(rows.some((r) => Math.abs(r.height - (2 * slot + 6)) < 0.5)).toBe(true);
    // The first two slides under the section's band share a row.
    const [a, b] = slides;
    expect(b!.page).toBe(a!.page);
    expect(b!.top).toBeCloseTo(a!.top, 1);
    expect(b!.left).toBeGreaterThan(a!.left + a!.width);
  });
});

/** Note lengths that make some slides' notes run on by a line or two wherever they start: a sweep of a few words at a time. */
const sweep = (from: number) => Array.from({ length: 18 }, (_, k) => from + 23 * k);
const SWEEP = { 1: sweep(620), 3: sweep(140), 6: sweep(140) };

describe.each([1, 3, 6] as const)('notes that would run on by a line or two, %i per page', (perPage) => {
  let layout: HandoutLayout;
  let sweep: BuildResult;
  beforeAll(async () => {
    const deck = `---\ntitle: "Sweep"\n---\n\n${SWEEP[perPage].map((w, i) => `## Slide ${i}\n\n- Point ${i}\n${notes(i, w)}`).join('\n')}`;
    sweep = await build({ course: miniCourseWith({ '01-demo.en.md': deck }), out: join(tempDir(), 'out'), langs: ['en'] });
    await exportPdfs(session, sweep.course, sweep.decks, sweep.outDir, sweep.diagnostics, {
      slides: false,
      variant: 'lecturer',
      perPage,
      onHandoutLayout: (_, l) => (layout = l),
    });
  });

  it('never leave them alone on a column or page: every run-on part holds three lines or more', async () => {
    const pdf = await textRuns(join(sweep.outDir, 'en/01-demo/handout.pdf'));
    const width = perPage === 6 ? (210 - 2 * MARGIN.side - 7) / 2 : 210 - 2 * MARGIN.side;
    const labels = pdf.runs.filter((r) => /^Slide \d+ \(continued\)$/.test(r.text.trim()));
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) {
      // The lines of text under the label, in its column, down to the next slide or the foot of the page.
      const column = pdf.runs.filter((r) => r.page === label.page && r.x >= label.x - 1 && r.x < label.x + width - 1 && r.y > label.y + 1);
      const next = Math.min(...column.filter((r) => /^Slide \d+/.test(r.text.trim())).map((r) => r.y), 297 - MARGIN.bottom);
      const lines = new Set(column.filter((r) => r.y < next - 1).map((r) => Math.round(r.y * 2)));
      expect(lines.size, `${label.text} on page ${label.page + 1}`).toBeGreaterThanOrEqual(3);
    }
    expect(layout.tails.length).toBe(labels.length);
    for (const t of layout.tails) expect(t.lines).toBeGreaterThanOrEqual(3);
    // Every word is still printed.
    const text = pdf.runs.map((r) => r.text).join(' ');
    for (const i of SWEEP[perPage].keys()) expect(text.includes(`Final words of slide ${i}.`), `last words of slide ${i}`).toBe(true);
  });
});

describe('backgrounds', () => {
  it('prints dark slides light by default, and as they are with backgrounds: keep', async () => {
    const brightness: Record<string, number> = {};
    for (const backgrounds of ['light', 'keep'] as const) {
      const layouts = await exportHandouts({ perPage: 3, variant: 'student', backgrounds });
      const dark = layouts.get('student')!.slides.find((s) => s.number === numberOf(DARK_SLIDE))!;
      brightness[backgrounds] = meanBrightness(file('student'), dark.page, { left: dark.left, top: dark.top, width: dark.width, height: dark.bottom - dark.top });
    }
    expect(brightness.light).toBeGreaterThan(200);
    expect(brightness.keep).toBeLessThan(90);
  });
});

describe('the facts under the notes', () => {
  const factsOf = async (facts: PdfOptions['facts']) => {
    await exportHandouts({ perPage: 1, variant: 'lecturer', facts });
    return (await textRuns(file('lecturer'))).runs.map((r) => r.text).join(' ');
  };

  it('are one line per fact by default, in full on request, or left out', async () => {
    const compact = await factsOf(undefined);
    expect(compact).toContain('Facts on this slide');
    const full = await factsOf('full');
    expect(full.length).toBeGreaterThan(compact.length);
    const none = await factsOf('none');
    expect(none).not.toContain('Facts on this slide');
    writeFileSync(join(artifactsDir('handouts'), 'facts-compact.txt'), compact);
  });

  it('cite their sources with the marks of the course\'s citation style, as the slides do', async () => {
    const compact = (await factsOf(undefined)).replace(/\s+/g, ' ');
    // The English lectures cite author-date (Chicago): no numbers that the unnumbered bibliography cannot resolve.
    expect(compact).toContain('(An Almanac, n.d.; Chronicler 1990)');
    expect(compact).not.toMatch(/\[\d+(, \d+)*\]/);
  });
});
