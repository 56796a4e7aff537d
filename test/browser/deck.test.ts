import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck, watchPage } from '../helpers/browser.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

declare const Reveal: {
  getTotalSlides(): number;
  getIndices(): { h: number; v: number; f?: number };
  isLastSlide(): boolean;
  getSlideNotes(): string;
  getCurrentSlide(): HTMLElement;
};

let browser: Browser;
let out: string;

beforeAll(async () => {
  out = join(tempDir(), 'out');
  const result = runCli(['build', MINI_COURSE, '--out', out]);
  expect(result.status, result.stderr).toBe(0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a built deck in Chromium, from file://', () => {
  it('counts its slides, steps through them by keyboard and finds the notes, requesting nothing outside the output', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    try {
      await openDeck(page, `file://${out}/en/01-demo/index.html`);
      expect(await page.evaluate(() => Reveal.getTotalSlides())).toBe(7);

      const visited = new Set<number>();
      const notes = new Map<number, string>();
      for (let step = 0; step < 40; step++) {
        const { h } = await page.evaluate(() => Reveal.getIndices());
        visited.add(h);
        notes.set(h, await page.evaluate(() => Reveal.getSlideNotes() ?? ''));
        if (await page.evaluate(() => Reveal.isLastSlide() && !Reveal.getCurrentSlide().querySelector('.fragment:not(.visible)'))) break;
        await page.keyboard.press('ArrowRight');
      }
      expect([...visited].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(notes.get(2)).toContain('Stress the staging of the trial.');
      // Typeset: a no-break space keeps the day, month and year together.
      expect(notes.get(2)).toContain('The first open trial took place in August&nbsp;1936');
      expect(notes.get(3)).toContain('Read the quote slowly.');

      const outside = log.requests.filter((url) => !url.startsWith(`file://${out}/`) && !url.startsWith('data:'));
      expect(outside).toEqual([]);
      expect(log.failed).toEqual([]);
      expect(log.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('renders Cyrillic in the webfont shipped with the deck', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    try {
      await openDeck(page, `file://${out}/ru/01-demo/index.html`);
      const title = await page.$eval('section.title-slide h1', (h) => h.textContent);
      expect(title).toBe('Московские процессы');
      const fonts = await page.evaluate(() => ({
        family: getComputedStyle(document.querySelector('section.title-slide h1')!).fontFamily,
        cyrillic: document.fonts.check('700 40px "PT Sans"', 'Московские'),
        loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight} ${f.unicodeRange.slice(0, 12)}`),
      }));
      expect(fonts.family).toMatch(/^"?PT Sans"?/);
      expect(fonts.cyrillic).toBe(true);
      expect(fonts.loaded.some((f) => f.startsWith('"PT Sans" 700') || f.startsWith('PT Sans 700'))).toBe(true);
      expect(log.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens the speaker view with S', async () => {
    const page = await browser.newPage();
    try {
      await openDeck(page, `file://${out}/en/01-demo/index.html#/2`);
      const popup = new Promise<import('puppeteer-core').Target>((resolve) => browser.once('targetcreated', resolve));
      await page.keyboard.press('s');
      const target = await Promise.race([popup, new Promise<undefined>((r) => setTimeout(() => r(undefined), 10_000))]);
      expect(target, 'no speaker view window opened').toBeDefined();
      const speaker = (await target!.page())!;
      await speaker.waitForFunction(() => document.title.includes('Speaker View') && document.body.innerText.includes('Stress the staging'), {
        timeout: 15_000,
      });
      await speaker.close();
    } finally {
      await page.close();
    }
  });
});

describe('a built deck under a base path over http', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.png': 'image/png' };
    server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      if (!path.startsWith('/some/base/')) return void res.writeHead(404).end();
      try {
        const file = join(out, normalize(path.slice('/some/base/'.length)));
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/some/base/`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads the home page and a deck with no failed request', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    try {
      await page.goto(`${base}index.html`, { waitUntil: 'load' });
      const href = await page.$eval('a.deck', (a) => (a as HTMLAnchorElement).href);
      await openDeck(page, href);
      expect(await page.evaluate(() => Reveal.getTotalSlides())).toBe(7);
      expect(log.failed).toEqual([]);
      expect(log.requests.every((url) => url.startsWith(base) || url.startsWith('data:'))).toBe(true);
      expect(log.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
