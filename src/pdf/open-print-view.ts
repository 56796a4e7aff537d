import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { freePageMemory } from './free-page-memory.js';

export interface PrintView {
  /** Requests refused because they left the output folder (remote images, fonts, scripts). */
  blocked: string[];
}

/**
 * Decks of this many pages or more are collected once open (see
 * freePageMemory). A shorter one leaves little garbage for a collection that
 * takes tens of milliseconds: 16 MB a renderer at 200 slides, against 60-230
 * MB at 1,000.
 */
export const COLLECTED_FROM_PAGES = 300;

export interface PrintViewOptions {
  /** URL parameters (fragments=separate, slides=…). */
  query?: string;
  /**
   * The medium the deck is laid out for. A handout, whose layout is measured
   * and then printed, is laid out for print: it measures the print styles (a
   * deck's @media print rules), and printing does not style and lay it out
   * again. Slides stay on screen media: laid out for print, a 1,000-slide
   * deck took a second longer to open and to print.
   */
  media?: 'screen' | 'print';
}

/**
 * Opens a built deck in reveal.js's print view, refusing every request that
 * leaves the output folder, and waits until the layout, fonts and images are
 * ready, then frees what loading a long deck left behind.
 */
export async function openPrintView(page: Page, outDir: string, deckFile: string, timeout: number, { query = '', media = 'screen' }: PrintViewOptions = {}): Promise<PrintView> {
  const allowed = pathToFileURL(outDir).href + '/';
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(allowed) || url.startsWith('data:')) void request.continue();
    else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  page.setDefaultTimeout(timeout);
  await page.setViewport({ width: 1280, height: 720 });
  if (media === 'print') await page.emulateMediaType('print');
  await page.goto(`${pathToFileURL(deckFile).href}?print-pdf${query ? `&${query}` : ''}`, { waitUntil: 'load', timeout });
  const pages = await page.evaluate(async () => {
    const w = window as unknown as { lecternReady: Promise<unknown>; lecternPdfReady: Promise<unknown> };
    await w.lecternReady;
    await w.lecternPdfReady;
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map((img) =>
        img.complete
          ? undefined
          : new Promise((resolve) => {
              img.addEventListener('load', resolve);
              img.addEventListener('error', resolve);
            }),
      ),
    );
    return document.querySelectorAll('.reveal .slides > .pdf-page').length;
  });
  if (pages >= COLLECTED_FROM_PAGES) await freePageMemory(page);
  return { blocked };
}
