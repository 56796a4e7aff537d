import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Course } from '../course/load-course.js';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { textOr } from '../facts/format-fact.js';
import { words } from '../facts/words.js';
import { plainText } from '../html/plain-text.js';
import type { Deck } from '../outline/compile-lecture.js';
import { OVERFLOW_HINT } from '../outline/estimate-height.js';
import { hasSourcesSlide, REVEAL_CONFIG } from '../render/render-deck.js';
import { pdfKinds } from '../site/pdf-ledger.js';
import type { BrowserSession } from './browser-session.js';
import { finishPdfParts, type Bookmark, type PdfInfo } from './finish-pdf.js';
import { handoutTitle, lectureNumber } from './handout/handout-cover.js';
import type { HandoutLayout } from './handout/lay-out-handout.js';
import { handoutSettings, printHandout } from './handout/print-handout.js';
import { openPrintView } from './open-print-view.js';
import { explainFailures, writePdfFile } from './print-job.js';
import { CUT_OFF_HINTS } from './cut-off-content.js';
import { checkSlides, type SlideProblem } from './preflight.js';
import { PART_SIZE } from './print-in-parts.js';
import { printSlides, slideRanges } from './print-slides.js';

export interface PdfOptions {
  slides?: boolean;
  handout?: boolean;
  perPage?: 1 | 3 | 6;
  paper?: 'A4' | 'Letter';
  /** The facts under each slide's notes in the lecturer's handout: a line each (compact), in full, or none. */
  facts?: 'compact' | 'full' | 'none';
  /** Dark slides in handouts: printed light (default), or kept as the deck shows them. */
  backgrounds?: 'light' | 'keep';
  /** Which handouts: the lecturer's (with notes), the students', or both (default). */
  variant?: 'lecturer' | 'student' | 'both';
  /** One page per fragment step instead of one per slide. */
  separateFragments?: boolean;
  concurrency?: number;
  /** Milliseconds for loading and printing one document. */
  timeout?: number;
  /** Pages printed at a time: longer documents are printed in parts and joined (see printInParts). */
  partSize?: number;
  /** Fixed PDF dates, for reproducible files. */
  date?: Date;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Called with each handout's layout as measured on the page (file, layout). */
  onHandoutLayout?: (file: string, layout: HandoutLayout) => void;
}

interface Job {
  deck: Deck;
  kind: 'slides' | 'handout' | 'handout-student';
  /** Whether this job checks the deck's slides (overflow, glyphs, remote files): slides.pdf's does, else the first handout's. */
  checks: boolean;
}

/** The PDFs of each deck, written into its folder of the output. */
export async function exportPdfs(
  session: BrowserSession,
  course: Course,
  decks: Deck[],
  outDir: string,
  diagnostics: Diagnostics,
  options: PdfOptions = {},
): Promise<string[]> {
  const kinds: Job['kind'][] = pdfKinds(options);
  const jobs = decks.flatMap((deck) => kinds.map((kind, i) => ({ deck, kind, checks: i === 0 })));
  const written: string[] = [];
  let done = 0;
  const { concurrency, tabs } = sharing(jobs.length, options);
  const run = async (job: Job) => {
    const file = await exportOne(session, course, job, outDir, diagnostics, { ...options, tabs });
    written.push(file);
    options.onProgress?.(++done, jobs.length, `${job.deck.lang}/${job.deck.lectureId} ${job.kind}`);
  };
  await pool(jobs, concurrency, run);
  return written.sort();
}

/** Documents printed at once, and the tabs each long deck is shared between when there are fewer documents than that. */
function sharing(jobs: number, options: PdfOptions): { concurrency: number; tabs: number } {
  const concurrency = options.concurrency ?? availableParallelism();
  return { concurrency, tabs: Math.max(1, Math.floor(concurrency / jobs)) };
}

/** The most pages exportPdfs has open at once, for the browser to open ahead. */
export function pagesAtOnce(decks: Deck[], options: PdfOptions = {}): number {
  const kinds = pdfKinds(options);
  const { concurrency, tabs } = sharing(decks.length * kinds.length, options);
  const pages = decks.flatMap((deck) => kinds.map((kind) => (kind === 'slides' ? slideRanges(deck.slides.length, tabs, options.partSize ?? PART_SIZE).length : 1)));
  return Math.min(concurrency, pages.reduce((sum, n) => sum + n, 0));
}

/** Runs work over items, `size` at a time; after a failure no new item starts, and the first error is thrown once all have stopped. */
async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const workers = Array.from({ length: Math.max(1, Math.min(size, items.length)) }, async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  });
  const results = await Promise.allSettled(workers);
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

async function exportOne(session: BrowserSession, course: Course, { deck, kind, checks }: Job, outDir: string, diagnostics: Diagnostics, options: PdfOptions & { tabs: number }): Promise<string> {
  const dir = join(outDir, deck.lang, deck.lectureId);
  const timeout = options.timeout ?? 120_000;
  const courseTitle = textOr(course.config.title, deck.lang, course.config.languages[0]!);
  const info: PdfInfo = {
    title: kind === 'slides' ? deck.title : handoutTitle(deck, lectureNumber(course, deck.lectureId), kind === 'handout' ? 'lecturer' : 'student'),
    author: deck.author,
    subject: [courseTitle, deck.subtitle].filter(Boolean).join(words(deck.lang).dash),
    lang: deck.lang,
    date: options.date,
  };
  const what = `${deck.lang}/${deck.lectureId}/${kind}.pdf`;
  const pdf = await explainFailures(what, timeout, async () => {
    if (kind === 'slides') {
      const { parts, pageSlides, problems } = await printSlides(session, outDir, deck, { timeout, partSize: options.partSize, separateFragments: options.separateFragments, tabs: options.tabs });
      report(deck, problems, diagnostics);
      return finishPdfParts(parts, info, bookmarks(deck, pageSlides));
    }
    const parts = await session.withPage(async (page) => {
      const { blocked } = await openPrintView(page, outDir, join(dir, 'index.html'), timeout, { media: 'print' });
      // Without slides.pdf, the handout's slides are checked: what a slide loses, its picture loses too.
      if (checks) report(deck, await checkSlides(page, REVEAL_CONFIG.height, blocked), diagnostics);
      const printed = await printHandout(page, course, deck, kind === 'handout' ? 'lecturer' : 'student', handoutSettings(course, options), { timeout, partSize: options.partSize });
      options.onHandoutLayout?.(join(dir, `${kind}.pdf`), printed.layout);
      return printed.parts;
    });
    // Joined once the page is closed: its renderer's memory is given back first.
    return finishPdfParts(parts, info);
  });
  return writePdfFile(join(dir, `${kind}.pdf`), pdf);
}

/** Bookmarks: the title, each section with its slides, and the sources, at the first page of each slide. */
export function bookmarks(deck: Deck, pageSlides: number[]): Bookmark[] {
  // The first page of each slide (a slide prints on several with its fragments on pages of their own).
  const firstPage = new Map<number, number>();
  pageSlides.forEach((slide, page) => firstPage.has(slide) || firstPage.set(slide, page));
  const pageOf = (slide: number) => firstPage.get(slide) ?? -1;
  const top: Bookmark[] = [];
  let section: Bookmark | undefined;
  for (const slide of deck.slides) {
    const title = slide.kind === 'title' ? deck.title : plainText(slide.title);
    const page = pageOf(slide.index);
    // A slide that is not printed (visibility="hidden") has no bookmark; the slides of a hidden section go to the top.
    if (page < 0 && slide.kind === 'section') section = undefined;
    if (!title || page < 0) continue;
    const mark: Bookmark = { title, page, children: [] };
    if (slide.kind === 'section') {
      section = mark;
      top.push(mark);
    } else if (section && slide.kind === 'content') section.children!.push(mark);
    else top.push(mark);
  }
  const sources = pageOf(deck.slides.length);
  if (hasSourcesSlide(deck) && sources >= 0) top.push({ title: words(deck.lang).sources, page: sources });
  return top;
}

const HINTS: Record<Exclude<SlideProblem['kind'], 'cut-off'>, string> = {
  overflow: OVERFLOW_HINT,
  'missing-glyphs': 'use characters the theme font covers, or a theme with a font that has them',
  'remote-resource': 'copy the file into the course (images/) and refer to it by a relative path',
};

function report(deck: Deck, problems: SlideProblem[], diagnostics: Diagnostics): void {
  for (const { slide, kind, detail, what } of problems) {
    const line = deck.slides[slide]?.line ?? deck.slides.at(-1)?.line ?? 1;
    diagnostics.warning(deck.file, { line, column: 1 }, kind, `slide ${slide + 1}: ${detail}`, {
      hint: kind === 'cut-off' ? CUT_OFF_HINTS[what ?? 'content'] : HINTS[kind],
    });
  }
}
