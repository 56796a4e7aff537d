import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck, watchPage } from '../helpers/browser.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { spawnCli, type RunningCli } from '../helpers/spawn-cli.js';

declare const Reveal: {
  getIndices(): { h: number; v: number; f?: number };
  getCurrentSlide(): HTMLElement;
  isReady(): boolean;
};

let browser: Browser;
let course: string;
let cli: RunningCli;
let url: string;

beforeAll(async () => {
  course = miniCourseWith();
  cli = spawnCli(['serve', course, '--port', '0']);
  url = (await cli.waitFor(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
  await cli.waitFor(/watching .* for changes/);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (cli) expect(await cli.stop('SIGTERM')).toBe(0);
});

/** Evaluates in the page until it holds, across the page's reloads. */
async function until<T>(page: Page, probe: () => T, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  let last: T | undefined;
  for (;;) {
    try {
      last = await page.evaluate(probe);
      if (accept(last)) return last;
    } catch {
      // The page is reloading.
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(course, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('lectern serve in Chromium', () => {
  it('reloads an edited deck on the slide it showed, keeps the speaker view, and shows errors over the page until fixed', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    try {
      await openDeck(page, `${url}en/01-demo/index.html#/3`);
      const slide = () => ({
        ready: Reveal.isReady(),
        h: Reveal.getIndices().h,
        title: Reveal.getCurrentSlide().querySelector('h2')?.textContent ?? '',
        overlay: document.getElementById('lectern-overlay')?.textContent ?? null,
      });
      expect(await page.evaluate(slide)).toEqual({ ready: true, h: 3, title: 'Quote and timeline', overlay: null });

      // The speaker view, opened before the edit.
      const popup = new Promise<import('puppeteer-core').Target>((resolve) => browser.once('targetcreated', resolve));
      await page.keyboard.press('s');
      const speaker = (await (await popup).page())!;
      await speaker.waitForFunction(() => document.body.innerText.includes('Read the quote slowly.'), { timeout: 15_000 });

      edit('01-demo.en.md', (t) => t.replace('## Quote and timeline', '## Quote and timeline, revised').replace('Read the quote slowly.', 'Read the quote twice.'));
      const revised = await until(page, slide, (s) => s.ready && s.title === 'Quote and timeline, revised');
      expect(revised).toEqual({ ready: true, h: 3, title: 'Quote and timeline, revised', overlay: null });
      // The address names the slide by its id, which follows its new heading.
      await page.waitForFunction(() => location.hash === '#/quote-and-timeline-revised', { timeout: 10_000 });
      await speaker.waitForFunction(() => document.body.innerText.includes('Read the quote twice.'), { timeout: 15_000 });

      edit('01-demo.en.md', (t) => t.replace('## Columns', '## Columns\n\n::: notes\nunclosed'));
      const broken = await until(page, slide, (s) => s.overlay !== null);
      expect(broken.overlay).toMatch(/01-demo\.en\.md:33:1 "::: notes" is never closed/);
      expect(broken.title).toBe('Quote and timeline, revised');
      expect(broken.h).toBe(3);

      edit('01-demo.en.md', (t) => t.replace('\n\n::: notes\nunclosed', ''));
      const fixed = await until(page, slide, (s) => s.overlay === null);
      expect(fixed).toMatchObject({ h: 3, title: 'Quote and timeline, revised' });

      expect(log.failed).toEqual([]);
      expect(log.errors).toEqual([]);
      await speaker.close();
    } finally {
      await page.close();
    }
  });

  it('a renamed slide reloads its deck once, as soon as the deck is written, then the fact index linking to it and the search page, whose index changed', async () => {
    const deck = await browser.newPage();
    const facts = await browser.newPage();
    const search = await browser.newPage();
    try {
      await openDeck(deck, `${url}en/01-demo/index.html#/the-trial`);
      await facts.goto(`${url}en/facts.html`, { waitUntil: 'load' });
      await search.goto(`${url}en/search.html`, { waitUntil: 'load' });
      // Each document loaded from now on counts itself in the tab's session storage, which a reload keeps.
      const count = () => sessionStorage.setItem('loads', String(Number(sessionStorage.getItem('loads') ?? 0) + 1));
      await deck.evaluateOnNewDocument(count);
      await facts.evaluateOnNewDocument(count);
      await search.evaluateOnNewDocument(count);
      const loadsOf = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('loads') ?? 0));
      const loads = async () => ({ deck: await loadsOf(deck), facts: await loadsOf(facts), search: await loadsOf(search) });
      const links = () => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith('01-demo/'));
      expect(await facts.evaluate(links)).toContain('01-demo/index.html#/the-trial');

      edit('01-demo.en.md', (t) => t.replace('## The trial {', '## The trial in Moscow {'));
      const title = () => (Reveal.isReady() ? Reveal.getCurrentSlide().querySelector('h2')?.textContent : undefined);
      expect(await until(deck, title, (t) => t === 'The trial in Moscow')).toBe('The trial in Moscow');
      expect(await until(facts, links, (l) => l.includes('01-demo/index.html#/the-trial-in-moscow'))).not.toContain('01-demo/index.html#/the-trial');
      await new Promise((r) => setTimeout(r, 500));
      expect(await loads()).toEqual({ deck: 1, facts: 1, search: 1 });
    } finally {
      await deck.close();
      await facts.close();
      await search.close();
    }
  });

  it('sends a plain 404 page for what is not in the output', async () => {
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${url}en/nothing.html`);
      expect(response!.status()).toBe(404);
      expect(await page.$eval('h1', (h) => h.textContent)).toBe('Not found');
    } finally {
      await page.close();
    }
  });
});
