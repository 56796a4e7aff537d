import type { Page } from 'puppeteer-core';

/** Pages printed at a time: Chromium's cost per printed page grows with the pages the document holds. */
export const PART_SIZE = 100;

export interface PrintLimits {
  /** Milliseconds for printing one part. */
  timeout: number;
  /** Pages printed at a time (PART_SIZE unless given). */
  partSize?: number;
  /** Called with each part as soon as it is printed, and the number of parts the document is printed in. */
  onPart?: (part: Uint8Array, parts: number) => void;
}

/**
 * Prints the document open in `page`, whose printed pages are the elements
 * that `pages` selects, as one PDF, or, when it has more than `partSize`
 * pages, as several, each with the others hidden (see finishPdfParts, which
 * joins them). Chromium paints the whole document for every page it prints,
 * so a long deck printed in one piece takes time that grows with the square
 * of its length.
 */
export async function printInParts(page: Page, pages: string, { timeout, partSize = PART_SIZE, onPart }: PrintLimits): Promise<Uint8Array[]> {
  // page.evaluate, not $$eval: a handle for each of a thousand pages costs a message to the browser and back.
  const count = await page.evaluate((selector) => document.querySelectorAll(selector).length, pages);
  const total = Math.max(1, Math.ceil(count / partSize));
  const print = async () => {
    const part = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout });
    onPart?.(part, total);
    return part;
  };
  if (count <= partSize) return [await print()];
  const parts: Uint8Array[] = [];
  for (let from = 0; from < count; from += partSize) {
    await page.evaluate(
      (selector, first, last) =>
        document.querySelectorAll<HTMLElement>(selector).forEach(({ style }, i) => {
          style.display = i >= first && i <= last ? '' : 'none';
          // The part's last page ends the part: no blank page after it.
          style.breakAfter = i === last ? 'auto' : '';
        }),
      pages,
      from,
      Math.min(count, from + partSize) - 1,
    );
    parts.push(await print());
  }
  return parts;
}
