import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { COLLECTED_FROM_PAGES, openPrintView } from '../../src/pdf/open-print-view.js';
import { generateCourse } from '../../bench/generate-course.js';
import { tempDir } from '../helpers/paths.js';

/**
 * Loading a deck in the print view leaves discarded DOM and layout objects in
 * its renderer; they must be gone before printing, when the renderer is at its
 * largest, instead of whenever the renderer's collector gets to them.
 */
let result: BuildResult;
let session: BrowserSession;

beforeAll(async () => {
  const course = generateCourse(join(tempDir(), 'course'), { lectures: 1, slides: COLLECTED_FROM_PAGES, facts: 200 });
  result = await build({ course, out: join(tempDir(), 'out'), langs: ['en'] });
  session = new BrowserSession(await findBrowser());
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** DOM nodes the renderer holds, live or waiting to be collected. */
async function heldNodes(page: Page): Promise<number> {
  const { Nodes } = await page.metrics();
  return Nodes ?? 0;
}

describe('a long deck opened in the print view', () => {
  it('holds no DOM nodes that a collection would free', async () => {
    const [before, after] = await session.withPage(async (page) => {
      await openPrintView(page, result.outDir, join(result.outDir, 'en', '01-lecture', 'index.html'), 60_000);
      const held = await heldNodes(page);
      const client = await page.createCDPSession();
      await client.send('HeapProfiler.collectGarbage');
      return [held, await heldNodes(page)];
    });
    expect(before).toBeGreaterThan(20_000);
    // Loading a 200-slide deck left ~700 nodes of garbage; a few may come from the page's own timers since.
    expect(before - after).toBeLessThan(100);
  });
});
