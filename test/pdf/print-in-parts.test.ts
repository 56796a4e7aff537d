import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import { slideRanges } from '../../src/pdf/print-slides.js';
import { pagesAtOnce } from '../../src/pdf/export-pdfs.js';
import { partsOf } from '../../src/pdf/print-in-parts.js';
import type { Deck } from '../../src/outline/compile-lecture.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { pdfInfo, pdfOutline, pdfText } from '../helpers/pdf-tools.js';

/**
 * Long documents are printed a part at a time and joined: the joined file
 * must be the file printed in one piece, page for page, with its bookmarks
 * and its tags.
 */
let result: BuildResult;
let session: BrowserSession;
const whole = join(tempDir(), 'whole');
const parts = join(tempDir(), 'parts');
const file = (out: string, kind: string) => join(out, 'en', '01-demo', `${kind}.pdf`);
const date = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  result = await build({ course: MINI_COURSE, out: join(tempDir(), 'out'), langs: ['en'] });
  session = new BrowserSession(await findBrowser());
  await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, { variant: 'lecturer', date });
  cpSync(result.outDir, whole, { recursive: true });
  await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, { variant: 'lecturer', date, partSize: 3 });
  cpSync(result.outDir, parts, { recursive: true });
}, 180_000);

afterAll(async () => {
  await session?.close();
});

/** Every page's key into the structure tree, and the keys the tree holds. */
async function tags(path: string) {
  const pdf = await PDFDocument.load(readFileSync(path));
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const keys = nums.asArray().filter((_, i) => i % 2 === 0).map((n) => (n as PDFNumber).asNumber());
  const pageKeys = pdf.getPages().map((p) => (p.node.get(PDFName.of('StructParents')) as PDFNumber | undefined)?.asNumber());
  const document = root.lookup(PDFName.of('K'), PDFDict);
  return { keys, pageKeys, role: document.get(PDFName.of('S'))?.toString(), next: (root.get(PDFName.of('ParentTreeNextKey')) as PDFNumber).asNumber() };
}

describe.each(['slides', 'handout'])('%s.pdf printed in parts of three pages', (kind) => {
  it('has the pages and text of the document printed whole, and no blank page between parts', () => {
    expect(pdfInfo(file(parts, kind)).Pages).toBe(pdfInfo(file(whole, kind)).Pages);
    expect(Number(pdfInfo(file(parts, kind)).Pages)).toBeGreaterThan(3);
    expect(pdfText(file(parts, kind))).toBe(pdfText(file(whole, kind)));
  });

  it('keeps the title, language and bookmarks', async () => {
    const a = pdfInfo(file(parts, kind));
    const b = pdfInfo(file(whole, kind));
    expect([a.Title, a.Author, a.Subject, a.Tagged]).toEqual([b.Title, b.Author, b.Subject, 'yes']);
    expect(await pdfOutline(file(parts, kind))).toEqual(await pdfOutline(file(whole, kind)));
  });

  it('keeps one structure tree whose keys lead from every page to its tags', async () => {
    const t = await tags(file(parts, kind));
    expect(t.role).toBe('/Document');
    expect(new Set(t.keys).size).toBe(t.keys.length);
    for (const key of t.pageKeys) expect(t.keys).toContain(key);
    expect(t.next).toBeGreaterThan(Math.max(...t.keys));
  });
});

/** A deck with a slide too long, fragments, and a character no font has, in different ranges. */
function longDeck(): string {
  const course = join(tempDir(), 'long-deck');
  mkdirSync(course, { recursive: true });
  writeFileSync(join(course, 'course.yaml'), 'title: Ranges\nlanguages: [en]\n');
  writeFileSync(join(course, 'sources.yaml'), '[]\n');
  const slides = Array.from({ length: 12 }, (_, i) => {
    const n = i + 1;
    if (n === 5) return `## Slide ${n}\n\n${Array.from({ length: 20 }, (_, k) => `- Point ${k + 1}`).join('\n')}`;
    if (n === 9) return `## Slide ${n}\n\nFirst step\n\n. . .\n\nSecond step`;
    if (n === 11) return `## Slide ${n}\n\nA sign no font has: \u{16A0}`;
    return `## Slide ${n}\n\nText of slide ${n}.`;
  });
  writeFileSync(join(course, '01-long.en.md'), ['---', 'title: "Ranges"', '---', '', ...slides].join('\n\n'));
  return course;
}

describe.each([false, true])('slides.pdf shared between tabs, a range of slides each (fragments on pages of their own: %s)', (separateFragments) => {
  const base = tempDir();
  const out = (name: string) => join(base, name);
  const printed = (dir: string) => join(dir, 'en', '01-long', 'slides.pdf');
  const problems = (d: Diagnostics) => d.list.map((w) => `${w.start.line}: ${w.ruleId}: ${w.message}`).filter((w) => / slide \d+:/.test(w));
  let one: string[];
  let shared: string[];
  let tabs = 0;

  beforeAll(async () => {
    const built = await build({ course: longDeck(), out: join(base, 'out') });
    const print = async (name: string, settings: { partSize?: number; concurrency: number }) => {
      const diagnostics = new Diagnostics();
      await exportPdfs(session, built.course, built.decks, built.outDir, diagnostics, { handout: false, date, separateFragments, ...settings });
      cpSync(built.outDir, out(name), { recursive: true });
      return problems(diagnostics);
    };
    one = await print('one', { concurrency: 1 });
    const opened = vi.spyOn(session, 'withPage');
    shared = await print('shared', { concurrency: 3, partSize: 3 });
    tabs = opened.mock.calls.length;
    opened.mockRestore();
  }, 120_000);

  it('has the pages, text and bookmarks of the deck printed in one tab', async () => {
    expect(tabs).toBe(3);
    expect(Number(pdfInfo(printed(out('one'))).Pages)).toBeGreaterThan(12);
    expect(pdfInfo(printed(out('shared'))).Pages).toBe(pdfInfo(printed(out('one'))).Pages);
    expect(pdfText(printed(out('shared')))).toBe(pdfText(printed(out('one'))));
    expect(await pdfOutline(printed(out('shared')))).toEqual(await pdfOutline(printed(out('one'))));
  });

  it('finds the same problems on the same slides', () => {
    expect(one.join('\n')).toMatch(/overflow: slide 6:[\s\S]*missing-glyphs: slide 12:/);
    expect(shared).toEqual(one);
  });
});

describe('slideRanges', () => {
  it('splits a deck longer than a part between the tabs, the last range open to the end', () => {
    expect(slideRanges(10, 2, 100)).toEqual(['']);
    expect(slideRanges(201, 2, 100)).toEqual(['0-100', '101-']);
    expect(slideRanges(1001, 4, 100)).toEqual(['0-250', '251-501', '502-752', '753-']);
    expect(slideRanges(250, 1, 100)).toEqual(['']);
  });
});

describe('pagesAtOnce', () => {
  const deck = (slides: number) => ({ slides: Array.from({ length: slides }) }) as unknown as Deck;
  const slidesOnly = { handout: false };
  it('counts the pages the export opens at once: a tab per range of a long deck, one per other document, up to the concurrency', () => {
    expect(pagesAtOnce([deck(20)], { ...slidesOnly, concurrency: 2 })).toBe(1);
    expect(pagesAtOnce([deck(200)], { ...slidesOnly, concurrency: 2 })).toBe(2);
    expect(pagesAtOnce([deck(200)], { ...slidesOnly, concurrency: 4 })).toBe(2);
    expect(pagesAtOnce([deck(1000)], { ...slidesOnly, concurrency: 4 })).toBe(4);
    expect(pagesAtOnce([deck(200)], { slides: false, variant: 'lecturer', concurrency: 2 })).toBe(1);
    expect(pagesAtOnce([deck(20)], { concurrency: 4 })).toBe(3);
    expect(pagesAtOnce([deck(20), deck(20), deck(20)], { ...slidesOnly, concurrency: 2 })).toBe(2);
  });
});

describe('partsOf', () => {
  it('cuts a document into parts of one length nearest the part size, never a part of a page or two', () => {
    expect(partsOf(0, 100)).toEqual([[0, -1]]);
    expect(partsOf(101, 100)).toEqual([[0, 100]]);
    expect(partsOf(150, 100)).toEqual([[0, 74], [75, 149]]);
    expect(partsOf(500, 100)).toEqual([[0, 99], [100, 199], [200, 299], [300, 399], [400, 499]]);
    expect(partsOf(7, 3)).toEqual([[0, 3], [4, 6]]);
  });
});
