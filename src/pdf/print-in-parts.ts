import type { Page } from 'puppeteer-core';

/** Pages printed at a time, about: Chromium's cost per printed page grows with the pages the document holds. */
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
 * The parts a document of `count` pages is printed in, as [first, last]
 * pages: as many as make parts nearest `partSize`, all of one length within a
 * page, so that a range of 101 pages prints as one part, not as 100 pages and
 * then 1 (every print and every part joined costs time of its own).
 */
export function partsOf(count: number, partSize: number): Array<[number, number]> {
  const total = Math.max(1, Math.round(count / partSize));
  return Array.from({ length: total }, (_, i) => [Math.round((i * count) / total), Math.round(((i + 1) * count) / total) - 1]);
}

/**
 * Prints the document open in `page`, whose printed pages are the elements
 * that `pages` selects, as one PDF, or, when it is long, as several parts
 * (see partsOf), each with the others hidden (see finishPdfParts, which joins
 * them). Chromium paints the whole document for every page it prints, so a
 * long deck printed in one piece takes time that grows with the square of its
 * length.
 */
export async function printInParts(page: Page, pages: string, { timeout, partSize = PART_SIZE, onPart }: PrintLimits): Promise<Uint8Array[]> {
  // page.evaluate, not $$eval: a handle for each of a thousand pages costs a message to the browser and back.
  const count = await page.evaluate((selector) => document.querySelectorAll(selector).length, pages);
  const ranges = partsOf(count, partSize);
  const print = async () => {
    const part = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout });
    onPart?.(part, ranges.length);
    return part;
  };
  if (ranges.length === 1) return [await print()];
  const parts: Uint8Array[] = [];
  for (const [first, last] of ranges) {
    await page.evaluate(
      (selector, from, to) =>
        document.querySelectorAll<HTMLElement>(selector).forEach(({ style }, i) => {
          style.display = i >= from && i <= to ? '' : 'none';
          // The part's last page ends the part: no blank page after it.
          style.breakAfter = i === to ? 'auto' : '';
        }),
      pages,
      first,
      last,
    );
    parts.push(await print());
  }
  return parts;
}
