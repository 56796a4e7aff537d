import { join } from 'node:path';
import type { Deck } from '../outline/compile-lecture.js';
import { REVEAL_CONFIG } from '../render/render-deck.js';
import type { BrowserSession } from './browser-session.js';
import { readPartAhead } from './join-pdfs.js';
import { openPrintView } from './open-print-view.js';
import { printInParts, PART_SIZE } from './print-in-parts.js';
import { checkSlides, type SlideProblem } from './preflight.js';

export interface SlidesPrint {
  /** The PDFs printed, in order, to be joined. */
  parts: Uint8Array[];
  /** The slide (0-based) each printed page shows. */
  pageSlides: number[];
  problems: SlideProblem[];
}

export interface SlidesSettings {
  timeout: number;
  partSize?: number;
  separateFragments?: boolean;
  /** Tabs that may print at once. */
  tabs: number;
}

/** The pages a tab prints: those of its range of slides. */
const PRINTED = '.reveal .slides .pdf-page:not(.pdf-skipped)';

/**
 * Prints a deck's slides. A deck longer than a part is split into as many
 * ranges of slides as there are tabs, each opened in print view with the
 * other slides emptied (see deck.js) and printed at the same time: every
 * tab lays out and paints only its own share.
 */
export async function printSlides(session: BrowserSession, outDir: string, deck: Deck, settings: SlidesSettings): Promise<SlidesPrint> {
  const file = join(outDir, deck.lang, deck.lectureId, 'index.html');
  const shares = slideRanges(deck.slides.length, settings.tabs, settings.partSize ?? PART_SIZE);
  const prints = await Promise.all(
    shares.map((range) =>
      session.withPage(async (page) => {
        const query = [settings.separateFragments ? 'fragments=separate' : '', range ? `slides=${range}` : ''].filter(Boolean).join('&');
        const { blocked } = await openPrintView(page, outDir, file, settings.timeout, { query });
        const problems = await checkSlides(page, REVEAL_CONFIG.height, blocked);
        const pageSlides = await page.evaluate((selector) => [...document.querySelectorAll<HTMLElement>(`${selector} > section`)].map((s) => Number(s.dataset.slideIndex)), PRINTED);
        // Parts that will be joined are read while the others print.
        const onPart = (part: Uint8Array, count: number) => {
          if (count > 1 || shares.length > 1) readPartAhead(part);
        };
        const parts = await printInParts(page, PRINTED, { timeout: settings.timeout, partSize: settings.partSize, onPart });
        return { parts, pageSlides, problems };
      }),
    ),
  );
  return {
    parts: prints.flatMap((p) => p.parts),
    pageSlides: prints.flatMap((p) => p.pageSlides),
    problems: prints.flatMap((p) => p.problems),
  };
}

/**
 * The ranges of slides ("0-99", "100-" for the rest) for up to `tabs` tabs,
 * or one whole deck ('') when it fits in one part. The last range is open,
 * so that slides the template adds at the end (the sources) go with it.
 */
export function slideRanges(slides: number, tabs: number, partSize: number): string[] {
  const count = Math.min(tabs, Math.ceil(slides / partSize));
  if (count <= 1) return [''];
  const share = Math.ceil(slides / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? `${i * share}-` : `${i * share}-${(i + 1) * share - 1}`));
}
