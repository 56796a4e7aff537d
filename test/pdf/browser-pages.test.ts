import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';

/**
 * Pages of one session work at the same time (a long deck is printed by
 * several). Each gets a window of its own: in a background tab of a shared
 * window, a page's print view waited until the front tab was done (a
 * 1,000-slide deck's first range opened only once the second was printed).
 */
let session: BrowserSession;

beforeAll(async () => {
  session = new BrowserSession(await findBrowser());
}, 60_000);

afterAll(async () => {
  await session?.close();
});

async function windowOf(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    return (await cdp.send('Browser.getWindowForTarget')).windowId;
  } finally {
    await cdp.detach();
  }
}

describe('pages used at the same time', () => {
  it('are each in a window of their own, and visible', async () => {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const seen: Array<{ window: number; visibility: string }> = [];
    const use = (page: Page) => Promise.all([windowOf(page), page.evaluate(() => document.visibilityState)]).then(([window, visibility]) => {
      seen.push({ window, visibility });
      if (seen.length === 2) release();
      return done;
    });
    await Promise.all([session.withPage(use), session.withPage(use)]);
    expect(seen.map((s) => s.visibility)).toEqual(['visible', 'visible']);
    expect(new Set(seen.map((s) => s.window)).size).toBe(2);
  }, 60_000);
});

describe('a warmed-up session', () => {
  it('gives its first page the window it opened while warming up', async () => {
    const warm = new BrowserSession(await findBrowser());
    try {
      await warm.warmUp();
      const asked = Date.now();
      const opened = await warm.withPage((page) => page.evaluate(() => performance.timeOrigin));
      expect(opened).toBeLessThan(asked);
      // The next page is a new one.
      const next = await warm.withPage((page) => page.evaluate(() => performance.timeOrigin));
      expect(next).toBeGreaterThan(asked);
    } finally {
      await warm.close();
    }
  }, 60_000);
});
