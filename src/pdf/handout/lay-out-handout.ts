import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BUILTIN_TEMPLATES } from '../../render/template-registry.js';
import { MARGIN, PAPER, pageCss, type Paper } from './paper.js';

/** What the layout script is told: see templates/print/handout.js. */
export interface LayoutRequest {
  perPage: 1 | 3 | 6;
  /** The lecturer's variant: notes beside or beneath the slides. */
  notes: boolean;
  facts: 'compact' | 'full' | 'none';
  backgrounds: 'light' | 'keep';
  paper: Paper;
  cover: string;
  header: { left: string; right: string };
  /** "Page 3 of 12"; without `of`, the bare number (pages numbered through a reader). */
  footer: { page: string; of?: string };
  firstPage?: number;
  labels: { slide: string; slides: string; contents: string; continued: string; disputed: string; lq: string; rq: string };
  /** false: no slides or sources, only the flows (a reader's front and back matter). */
  slides?: boolean;
  /** HTML blocks, each starting on a new page and running on. */
  flows?: string[];
}

/** What the layout script measured on the laid-out page, in millimetres from each page's top edge. */
export interface HandoutLayout {
  pages: number;
  /** The 0-based page each of the flows starts on. */
  flowStarts: number[];
  pageHeight: number;
  bottomMargin: number;
  slides: Array<{ number: number; page: number; top: number; bottom: number; labelTop: number; left: number; width: number }>;
  /** Section slides, printed as bands heading the next slide. */
  sections: Array<{ number: number; page: number; top: number; bottom: number }>;
  /** Each part of a slide's notes that runs on to another column or page: its page and its lines of text. */
  tails: Array<{ page: number; lines: number }>;
  /** The rows of the students' handout: page, top and height. */
  rows: Array<{ page: number; top: number; height: number }>;
  /** The smallest type outside the slides' pictures, in points, and a sample of its text. */
  smallest: { pt: number; text: string };
}

/** The smallest type a slide's picture prints, in points: smaller type is raised to it (citation marks are left out). */
export const MIN_SLIDE_PT = 6;

/** The layout scripts, in the order they load, and the handout's style sheet: see templates/print/. */
const SCRIPTS = ['pin-has-rules.js', 'paginate.js', 'thumbnail.js', 'handout-notes.js', 'handout-report.js', 'handout.js'];
const STYLE = 'handout.css';

let files: Promise<{ script: string; style: string }> | undefined;

/** The scripts as one, and the style sheet, read once per process. */
function printFiles(): Promise<{ script: string; style: string }> {
  const read = (name: string) => readFile(join(BUILTIN_TEMPLATES, 'print', name), 'utf8');
  files ??= Promise.all([Promise.all(SCRIPTS.map(read)), read(STYLE)]).then(([scripts, style]) => ({ script: scripts.join('\n;\n'), style }));
  return files;
}

/** Lays the deck open in `page` (reveal.js's print view) out as handout pages, ready to print. */
export async function layOutHandout(page: Page, request: LayoutRequest): Promise<HandoutLayout> {
  const { script, style } = await printFiles();
  await page.addScriptTag({ content: script });
  const slideWidth = await page.evaluate(async (styles) => {
    const width = (window as unknown as { lecternHandoutPrepare(styles: string[]): number }).lecternHandoutPrepare(styles);
    // Every face the handout may use, loaded before measuring: a face that arrives later would reflow the pages.
    await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
    return width;
  }, [style, pageCss(request.paper)]);
  const { width, height } = PAPER[request.paper];
  const layout = await page.evaluate(
    (o) => (window as unknown as { lecternHandout(o: object): HandoutLayout }).lecternHandout(o),
    { ...request, paper: { width, height }, margin: MARGIN, minSlidePt: MIN_SLIDE_PT, slideWidth },
  );
  await page.evaluate(() => document.fonts.ready);
  return layout;
}
