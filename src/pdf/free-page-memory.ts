import type { Page } from 'puppeteer-core';

/**
 * Collects the garbage that loading and laying out a deck leaves in its
 * renderer. Opening a long deck in the print view lays it out several times
 * over (reveal.js, then fitting, then the print layout); the discarded
 * layout and DOM objects would otherwise stay until the renderer's own
 * collector gets to them, which is while the pages are printed, when the
 * renderer is at its largest. One collection then costs a few tens of
 * milliseconds and takes a 1,000-slide deck's renderer from ~370 to ~225 MB.
 */
export async function freePageMemory(page: Page): Promise<void> {
  const session = await page.createCDPSession();
  try {
    await session.send('HeapProfiler.collectGarbage');
  } finally {
    await session.detach().catch(() => {});
  }
}
