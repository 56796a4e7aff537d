import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { sharedBrowser, watchPage } from '../helpers/browser.js';
import { REPO, tempDir } from '../helpers/paths.js';

declare const Reveal: {
  getConfig(): { width: number; height: number };
  getSlidesElement(): HTMLElement;
  isScrollView(): boolean;
  slide(h: number): void;
  getSlides(): HTMLElement[];
};

/** The example course on a phone held upright (390×844), then turned. */
const browser = sharedBrowser();
let out: string;

beforeAll(async () => {
  out = join(tempDir(), 'out');
  await build({ course: join(REPO, 'lectures'), out });
}, 60_000);

async function onPhone<T>(url: string, work: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser().newPage();
  const log = watchPage(page);
  try {
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await (window as unknown as { lecternReady?: Promise<unknown> }).lecternReady;
      await document.fonts.ready;
    });
    const result = await work(page);
    expect(log.errors).toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The body text of the present slide as drawn: its font size times the scale reveal.js draws the slide at. */
const bodyText = (page: Page) =>
  page.evaluate(() => {
    const slides = Reveal.getSlidesElement();
    const scale = slides.getBoundingClientRect().width / Reveal.getConfig().width;
    const slide = Reveal.getSlides().find((s) => s.classList.contains('present'))!;
    const item = slide.querySelector('li, p')!;
    const box = slide.getBoundingClientRect();
    return { px: parseFloat(getComputedStyle(item).fontSize) * scale, slideWidth: box.width, slideHeight: box.height };
  });

const boxOf = (page: Page, selector: string) =>
  page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, shown: getComputedStyle(e).display !== 'none' && r.width > 0 };
  });

describe('a deck on a phone', () => {
  it('fills the screen with text of at least 14 px, with the slide number and the arrows in view, in English and Russian', async () => {
    for (const lang of ['en', 'ru']) {
      await onPhone(`file://${out}/${lang}/01-show-trials/index.html#/murder-of-kirov`, async (page) => {
        expect(await page.evaluate(() => Reveal.isScrollView())).toBe(false);
        const text = await bodyText(page);
        expect(text.px, lang).toBeGreaterThanOrEqual(14);
        expect(text.slideWidth).toBeGreaterThan(390 * 0.9);
        expect(text.slideHeight).toBeGreaterThan(844 * 0.7);
        const number = await boxOf(page, '.slide-number');
        const next = await boxOf(page, '.controls .navigate-right');
        for (const box of [number, next]) {
          expect(box.shown).toBe(true);
          expect(box.x + box.width).toBeLessThanOrEqual(390);
          expect(box.y + box.height).toBeLessThanOrEqual(844);
        }
        expect(await page.$eval('.slide-number', (e) => e.textContent)).toMatch(/\d+\s*\/\s*\d+/);
      });
    }
  });

  it('turned sideways, goes back to the slides as designed', async () => {
    await onPhone(`file://${out}/en/01-show-trials/index.html`, async (page) => {
      expect(await page.evaluate(() => Reveal.getConfig().width)).toBeLessThan(1280);
      await page.setViewport({ width: 844, height: 390, isMobile: true, hasTouch: true, isLandscape: true });
      await frames(page);
      await page.waitForFunction(() => Reveal.getConfig().width === 1280);
      expect(await page.evaluate(() => Reveal.getConfig().height)).toBe(720);
    });
  });
});

describe('the site on a phone', () => {
  it('keeps the header to a short strip, with this language’s pages and the other language', async () => {
    for (const path of ['index.html', 'en/facts.html', 'ru/facts.html', 'ru/glossary.html']) {
      await onPhone(`file://${out}/${path}`, async (page) => {
        const header = await boxOf(page, '.site-header');
        expect(header.height, path).toBeLessThanOrEqual(80);
        const links = await page.$$eval('.site-header a', (as) => as.filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.textContent!.trim()));
        expect(links.length, path).toBeGreaterThanOrEqual(5);
        expect(links.some((l) => l === 'English' || l === 'Русский'), path).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      });
    }
  });

  it('gives the fact index’s entries the width of the screen, in text of at least 14 px', async () => {
    await onPhone(`file://${out}/ru/facts.html`, async (page) => {
      const widths = await page.$$eval('dl.facts dd p, dl.facts .citations li', (els) =>
        els.slice(0, 40).map((e) => ({ width: e.getBoundingClientRect().width, font: parseFloat(getComputedStyle(e).fontSize) })),
      );
      expect(widths.length).toBeGreaterThan(10);
      expect(Math.min(...widths.map((w) => w.width))).toBeGreaterThanOrEqual(320);
      expect(Math.min(...widths.map((w) => w.font))).toBeGreaterThanOrEqual(14);
    });
  });
});
