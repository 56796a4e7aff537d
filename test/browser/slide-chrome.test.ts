import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck } from '../helpers/browser.js';
import { REPO, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

declare const Reveal: {
  configure(options: object): void;
  slide(h: number): void;
  getSlides(): HTMLElement[];
  getRevealElement(): HTMLElement;
};

type Box = { x: number; y: number; width: number; height: number };

let browser: Browser;
let deck: string;

beforeAll(async () => {
  const out = join(tempDir(), 'out');
  const result = runCli(['build', join(REPO, 'lectures'), '--out', out, '--lang', 'en']);
  expect(result.status, result.stderr).toBe(0);
  deck = `file://${out}/en/01-show-trials/index.html`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the deck at a size, without transitions, on the first slide matching a selector. */
async function openAt(page: Page, width: number, height: number, selector: string): Promise<void> {
  await openDeck(page, deck);
  await page.setViewport({ width, height });
  await page.evaluate((sel) => {
    Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
    Reveal.slide(Reveal.getSlides().findIndex((s) => s.matches(sel)));
  }, selector);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** WCAG relative luminance and contrast ratio. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The slide number's text colour and the colour actually painted behind it:
 * the most frequent pixel of a screenshot of its box, read back through a canvas.
 */
async function numberColours(page: Page): Promise<{ text: number[]; background: number[] }> {
  const box = (await (await page.$('.slide-number'))!.boundingBox())!;
  const png = await page.screenshot({ clip: box, encoding: 'base64' });
  const text = await page.$eval('.slide-number', (e) => getComputedStyle(e).color.match(/[\d.]+/g)!.slice(0, 3).map(Number));
  const reader = await browser.newPage();
  try {
    const background = await reader.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < pixels.length; i += 4) {
        const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number);
    }, png);
    return { text, background };
  } finally {
    await reader.close();
  }
}

/** The colour of one pixel of the page, read from a screenshot. */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 }, encoding: 'base64' });
  const reader = await browser.newPage();
  try {
    return await reader.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [1, 1];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, png);
  } finally {
    await reader.close();
  }
}

const SIZES: Array<[number, number]> = [
  [1280, 720],
  [1920, 1080],
  [1024, 768],
  [844, 390],
];

describe('slide chrome in Chromium', () => {
  it('the slide number never overlaps the controls or the site menu, and grows with the slide', async () => {
    const page = await browser.newPage();
    try {
      const sizes: number[] = [];
      for (const [width, height] of SIZES) {
        await openAt(page, width, height, 'section:not(.title-slide):not(.section-slide)');
        const number = (await (await page.$('.slide-number'))!.boundingBox())!;
        // The controls, and the site's menu button in the other corner.
        const controls = await page.$$eval('.controls button.enabled, .deck-menu summary', (buttons) =>
          buttons.map((b) => {
            const r = b.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }),
        );
        expect(number.width, `${width}×${height}`).toBeGreaterThan(0);
        expect(controls.length, `${width}×${height}`).toBeGreaterThan(1);
        for (const control of controls) expect(overlaps(number, control), `${width}×${height}`).toBe(false);
        // Inside the window, whole.
        expect(number.x).toBeGreaterThanOrEqual(0);
        expect(number.y + number.height).toBeLessThanOrEqual(height);
        sizes.push(await page.$eval('.slide-number', (e) => parseFloat(getComputedStyle(e).fontSize)));
      }
      const [at720, at1080] = sizes;
      expect(at1080!).toBeGreaterThan(at720! * 1.3);
    } finally {
      await page.close();
    }
  });

  it('headings keep their size and their rule on .smaller slides; only the body shrinks', async () => {
    const page = await browser.newPage();
    try {
      const measure = async (selector: string) => {
        await openAt(page, 1280, 720, selector);
        return page.evaluate(() => {
          const slide = Reveal.getSlides().find((s) => s.classList.contains('present'))!;
          const h2 = slide.querySelector('h2')!;
          const body = slide.querySelector('h2 ~ *')!;
          return {
            heading: getComputedStyle(h2).fontSize,
            rule: h2.getBoundingClientRect().bottom - slide.getBoundingClientRect().top,
            body: parseFloat(getComputedStyle(body).fontSize),
          };
        });
      };
      const normal = await measure('section:not(.smaller):not(.title-slide):not(.section-slide)');
      const smaller = await measure('section.smaller');
      expect(smaller.heading).toBe(normal.heading);
      expect(Math.abs(smaller.rule - normal.rule)).toBeLessThan(1);
      expect(smaller.body).toBeLessThan(normal.body);
    } finally {
      await page.close();
    }
  });

  it('.smaller sets a slide only as much smaller as it needs to fit, tables included', async () => {
    const page = await browser.newPage();
    try {
      await openAt(page, 1280, 720, 'section.smaller');
      const slides = await page.evaluate(async () => {
        const all = Reveal.getSlides();
        const normal = all.find((s) => !s.matches('.smaller, .title-slide, .section-slide'))!;
        const results = [];
        for (const section of all.filter((s) => s.classList.contains('smaller'))) {
          Reveal.slide(all.indexOf(section));
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          Reveal.slide(all.indexOf(normal));
          const base = parseFloat(getComputedStyle(normal).fontSize);
          Reveal.slide(all.indexOf(section));
          const table = section.querySelector('table');
          results.push({
            title: section.querySelector('h2')!.textContent,
            scale: parseFloat(getComputedStyle(section).fontSize) / base,
            fits: section.scrollHeight <= 724,
            table: table ? parseFloat(getComputedStyle(table).fontSize) : undefined,
          });
        }
        return results;
      });
      expect(slides.length).toBeGreaterThan(2);
      for (const slide of slides) {
        expect(slide.scale, slide.title!).toBeGreaterThanOrEqual(0.74);
        expect(slide.scale, slide.title!).toBeLessThanOrEqual(0.91);
        // Smaller than a little smaller only to fit.
        if (slide.scale < 0.89) expect(slide.fits, slide.title!).toBe(true);
        if (slide.table !== undefined) expect(slide.table, slide.title!).toBeGreaterThanOrEqual(20);
      }
      // The murder of Kirov has three short points: a little smaller is enough.
      expect(slides.find((s) => /Kirov/.test(s.title!))!.scale).toBeGreaterThan(0.89);
    } finally {
      await page.close();
    }
  });

  it('the slide number has a contrast of at least 4.5:1 on light and on dark slides', async () => {
    const page = await browser.newPage();
    try {
      for (const selector of ['section:not([data-background])', 'section[data-background="#223"]']) {
        await openAt(page, 1280, 720, selector);
        const dark = await page.evaluate(() => Reveal.getRevealElement().classList.contains('has-dark-background'));
        expect(dark).toBe(selector.includes('#223'));
        const { text, background } = await numberColours(page);
        expect(contrast(text, background), `${selector}: ${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    } finally {
      await page.close();
    }
  });

  it('the slide number sits on the menu button’s line with a clear gap, and on a dark slide on the slide’s own colour, as on a light one', async () => {
    const page = await browser.newPage();
    try {
      for (const [width, height] of SIZES.slice(0, 2)) {
        await openAt(page, width, height, 'section:not(.title-slide):not(.section-slide)');
        const number = (await (await page.$('.slide-number'))!.boundingBox())!;
        const menu = (await (await page.$('.deck-menu summary'))!.boundingBox())!;
        expect(Math.abs(number.y + number.height - (menu.y + menu.height)), `${width}×${height}`).toBeLessThanOrEqual(2);
        expect(number.x - (menu.x + menu.width), `${width}×${height}`).toBeGreaterThanOrEqual(8);
      }
      await openAt(page, 1280, 720, 'section[data-background="#223"]');
      const { background } = await numberColours(page);
      const box = (await (await page.$('.slide-number'))!.boundingBox())!;
      const slide = await pixel(page, box.x + box.width / 2, box.y - 12);
      expect(background.map((c, i) => Math.abs(c - slide[i]!)).every((d) => d <= 3), `${background} on ${slide}`).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('a title slide shows the lecture number, the lecturer, the date and the course', async () => {
    const page = await browser.newPage();
    try {
      await openAt(page, 1280, 720, 'section.title-slide');
      const text = await page.$eval('section.title-slide', (s) => (s as HTMLElement).innerText.replace(/\s+/g, ' '));
      expect(text).toMatch(/LECTURE 1 The Moscow show trials/i);
      expect(text).toContain('Lectern example course');
      expect(text).toContain('7 September 2026');
      expect(text).toContain('The USSR in the 1930s');
    } finally {
      await page.close();
    }
  });
});

describe('slide numbers in print view', () => {
  it('are light only on dark pages, whatever the first slide is', async () => {
    // The Quarto fixture opens on a dark title slide and has a dark slide further on.
    const out = join(tempDir(), 'quarto');
    const result = runCli(['build', join(REPO, 'test/fixtures/quarto-course'), '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const page = await browser.newPage();
    try {
      await openDeck(page, `file://${out}/en/01-demo/index.html?print-pdf`);
      await page.evaluate(() => (window as unknown as { lecternPdfReady: Promise<unknown> }).lecternPdfReady);
      const pages = await page.evaluate(() =>
        [...document.querySelectorAll('.pdf-page')].map((p) => ({
          dark: p.querySelector('section')!.classList.contains('has-dark-background'),
          shadow: getComputedStyle(p.querySelector('.slide-number')!).textShadow !== 'none',
        })),
      );
      expect(pages.filter((p) => p.dark).length).toBeGreaterThan(1);
      expect(pages.filter((p) => !p.dark).length).toBeGreaterThan(10);
      for (const p of pages) expect(p.shadow).toBe(p.dark);
    } finally {
      await page.close();
    }
  });
});
