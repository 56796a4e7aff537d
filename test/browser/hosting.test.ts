import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openDeck, sharedBrowser, watchPage } from '../helpers/browser.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

declare const Reveal: {
  getTotalSlides(): number;
  getSlides(): HTMLElement[];
  getSlideNotes(slide?: HTMLElement): string | null;
  getCurrentSlide(): HTMLElement;
  getIndices(): { h: number };
};

const browser = sharedBrowser();


function build(course: string, ...args: string[]): string {
  const out = join(tempDir(), 'out');
  const result = runCli(['build', course, '--out', out, ...args]);
  expect(result.status, result.stderr).toBe(0);
  return out;
}

async function withPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser().newPage();
  try {
    return await work(page);
  } finally {
    await page.close();
  }
}

const config = readFileSync(join(MINI_COURSE, 'course.yaml'), 'utf8');

describe('notes kept private', () => {
  it('leaves every note out of the public decks and the search, and the speaker view has none to show', async () => {
    const out = build(miniCourseWith({ 'course.yaml': `${config}publish: {notes: false}\n` }));
    const deck = readFileSync(join(out, 'en/01-demo/index.html'), 'utf8');
    for (const text of ['Stress the staging of the trial.', 'Read the quote slowly.', 'Facts on this slide', 'fact-notes', 'class="notes"']) {
      expect(deck).not.toContain(text);
      expect(readFileSync(join(out, 'en/search-index.js'), 'utf8')).not.toContain(text);
    }
    await withPage(async (page) => {
      await openDeck(page, `file://${out}/en/01-demo/index.html`);
      const notes = await page.evaluate(() => Reveal.getSlides().map((s) => Reveal.getSlideNotes(s) ?? ''));
      expect(notes.join('')).toBe('');
    });
    // --notes puts them back, for the lecturer's own copy.
    const own = build(miniCourseWith({ 'course.yaml': `${config}publish: {notes: false}\n` }), '--notes');
    expect(readFileSync(join(own, 'en/01-demo/index.html'), 'utf8')).toContain('Stress the staging of the trial.');
  });
});

describe('links to slides', () => {
  it('land on the slide with that heading after a slide is inserted before it', async () => {
    const outline = readFileSync(join(MINI_COURSE, '01-demo.en.md'), 'utf8').replace('## Quote and timeline', '## Inserted\n\nNew.\n\n## Quote and timeline');
    const out = build(miniCourseWith({ '01-demo.en.md': outline }));
    const facts = readFileSync(join(out, 'en/facts.html'), 'utf8');
    const link = /<a href="([^"]+)">The Moscow trials, slide (\d+)<\/a>/.exec(facts.slice(facts.indexOf('id="trial-quote"')))!;
    expect(link[1]).toBe('01-demo/index.html#/quote-and-timeline');
    expect(link[2]).toBe('5'); // title, section, trial, inserted, quote: counted from 1
    await withPage(async (page) => {
      await openDeck(page, `file://${out}/en/${link[1]}`);
      expect(await page.evaluate(() => Reveal.getCurrentSlide().querySelector('h2')?.textContent)).toBe('Quote and timeline');
      expect(await page.evaluate(() => Reveal.getIndices().h + 1)).toBe(5);
    });
  });
});

describe('search', () => {
  it('finds a fact from file:// and opens the slide that shows it', async () => {
    const out = build(MINI_COURSE);
    await withPage(async (page) => {
      const log = watchPage(page);
      await page.goto(`file://${out}/en/search.html?q=zinoviev`, { waitUntil: 'load' });
      const results = await page.$$eval('#search-results a', (links) => links.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })));
      expect(results[0]).toEqual({ text: 'Grigory Zinoviev', href: '01-demo/index.html#/the-trial' });
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#search-results a')]);
      await page.evaluate(() => (window as unknown as { lecternReady: Promise<unknown> }).lecternReady);
      expect(await page.evaluate(() => Reveal.getCurrentSlide().querySelector('[data-fact="zinoviev"]') !== null)).toBe(true);
      expect(log.errors).toEqual([]);
    });
  });

  it('searches Russian text in the Russian index, as the reader types', async () => {
    const out = build(MINI_COURSE);
    await withPage(async (page) => {
      await page.goto(`file://${out}/ru/search.html`, { waitUntil: 'load' });
      await page.type('#search-q', 'зиновь');
      await page.waitForSelector('#search-results a');
      expect(await page.$eval('#search-results a', (a) => a.textContent)).toBe('Григорий Зиновьев');
    });
  });
});

describe('a one-file deck', () => {
  it('opens from a folder of its own with the network off, and requests nothing', async () => {
    const out = build(MINI_COURSE, '--single-file');
    const alone = join(tempDir(), 'deck.html');
    copyFileSync(join(out, 'en/01-demo.html'), alone);
    await withPage(async (page) => {
      const log = watchPage(page);
      await page.setOfflineMode(true);
      await openDeck(page, `file://${alone}`);
      expect(await page.evaluate(() => Reveal.getTotalSlides())).toBe(7);
      expect(log.requests.filter((url) => !url.startsWith('data:'))).toEqual([`file://${alone}`]);
      expect(log.failed).toEqual([]);
      expect(log.errors).toEqual([]);
      // Fonts load when text needs them: ask for each face, as a slide showing it would.
      const loaded = await page.evaluate(async () => ({
        fonts: await Promise.all(['20px "PT Sans"', 'bold 20px "PT Sans"', '20px "PT Mono"', '20px KaTeX_Main', '20px KaTeX_Math'].map(async (font) => (await document.fonts.load(font, 'Aж')).length)),
        images: [...document.images].map((img) => img.naturalWidth),
        katex: getComputedStyle(document.querySelector('.katex')!).fontFamily,
      }));
      expect(loaded.fonts.every((n) => n > 0)).toBe(true);
      expect(log.requests.filter((url) => !url.startsWith('data:'))).toEqual([`file://${alone}`]);
      expect(loaded.images.length).toBeGreaterThan(0);
      expect(loaded.images.every((w) => w > 0)).toBe(true);
      expect(loaded.katex).toContain('KaTeX');
    });
  });
});

describe('site navigation and metadata', () => {
  it('a deck links to its course home, its other language and its current PDFs, in a menu kept out of print', async () => {
    const out = build(miniCourseWith({ 'course.yaml': `${config}siteUrl: https://example.org/course\n` }));
    await withPage(async (page) => {
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]); // slides measured in place, not mid-transition
      await openDeck(page, `file://${out}/en/01-demo/index.html`);
      const menu = await page.$$eval('.deck-menu a', (links) => links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('lang')]));
      expect(menu).toEqual([
        ['Course home', '../index.html', null],
        ['Search', '../search.html', null],
        ['Русский', '../../ru/01-demo/index.html', 'ru'],
      ]);
      // Closed, it sits in a corner and covers nothing of any slide.
      const box = (await (await page.$('.deck-menu'))!.boundingBox())!;
      expect(box.width * box.height).toBeLessThan(30 * 30);
      expect(await page.$eval('.deck-menu summary', (s) => s.textContent)).toBe('☰Menu'); // its name, for a screen reader
      for (let h = 0; h < 7; h++) {
        const overlaps = await page.evaluate((h, box) => {
          (Reveal as unknown as { slide(h: number, v: number, f: number): void }).slide(h, 0, 99);
          const inside = [...Reveal.getCurrentSlide().querySelectorAll('*')].filter((el) => !el.closest('aside'));
          return inside.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.left < box.x + box.width && r.right > box.x && r.top < box.y + box.height && r.bottom > box.y;
          }).map((el) => el.outerHTML.slice(0, 80));
        }, h, box);
        expect(overlaps, `slide ${h + 1}`).toEqual([]);
      }
      await page.emulateMediaType('print');
      expect(await page.$eval('.deck-menu', (nav) => getComputedStyle(nav).display)).toBe('none');
    });
    const head = readFileSync(join(out, 'en/01-demo/index.html'), 'utf8');
    expect(head).toContain('<link rel="canonical" href="https://example.org/course/en/01-demo/">');
    expect(head).toContain('<meta property="og:title" content="The Moscow trials">');
    expect(head).toContain('<meta property="og:description" content="A demonstration">');
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/course/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/course/ru/01-demo/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/course/ru/search.html</loc>');
  });
});
