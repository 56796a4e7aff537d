import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck, watchPage } from '../helpers/browser.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The Quarto-syntax deck (test/fixtures/quarto-course) in Chromium: what the
 * eye sees, measured in the slide's own pixels (1280×720).
 */
declare const Reveal: {
  slide(h: number, v?: number, f?: number): void;
  next(): void;
  getScale(): number;
  getIndices(): { h: number; f?: number };
};

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const out = join(tempDir(), 'out');
  const result = runCli(['build', join(FIXTURES, 'quarto-course'), '--out', out]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/warning/);
  browser = await launchBrowser();
  page = await browser.newPage();
  errors = watchPage(page).errors;
  await openDeck(page, `file://${out}/en/01-demo/index.html`);
});

afterAll(async () => {
  await browser?.close();
});

/** Shows the slide whose heading reads `title`, at fragment `fragment` (-1: none shown yet). */
async function show(title: string, fragment = -1): Promise<void> {
  await page.evaluate(
    (title, fragment) => {
      const sections = [...document.querySelectorAll('.reveal .slides > section')];
      const index = sections.findIndex((s) => s.querySelector('h1, h2')?.textContent === title);
      if (index < 0) throw new Error(`no slide "${title}"`);
      Reveal.slide(index, 0, fragment);
    },
    title,
    fragment,
  );
  await new Promise((resolve) => setTimeout(resolve, 900));
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

/** The boxes of the elements matching `selector` in the present slide, in slide pixels from its top left. */
function boxes(selector: string): Promise<Box[]> {
  return page.evaluate((selector) => {
    const section = document.querySelector('.reveal .slides > section.present')!;
    const origin = section.getBoundingClientRect();
    const scale = Reveal.getScale();
    return [...section.querySelectorAll(selector)].map((element) => {
      const r = element.getBoundingClientRect();
      const box = { top: (r.top - origin.top) / scale, left: (r.left - origin.left) / scale, width: r.width / scale, height: r.height / scale };
      return { ...box, bottom: box.top + box.height, right: box.left + box.width };
    });
  }, selector);
}

const SLIDE = { width: 1280, height: 720 };

describe('a Quarto deck in Chromium', () => {
  it('puts the footer at the foot, inside the slide, and a slide`s own footer in its place', async () => {
    await show('Text and spans');
    const [footer] = await boxes('.slide-footer');
    expect(footer!.bottom).toBeGreaterThan(SLIDE.height - 40);
    expect(footer!.bottom).toBeLessThanOrEqual(SLIDE.height + 1);
    expect(footer!.top).toBeGreaterThan(SLIDE.height - 60);
    expect(await page.$eval('section.present .slide-footer', (f) => f.textContent!.replace(/\s+/g, ' '))).toBe('Quarto syntax — course home');
    const [logo] = await boxes('.slide-logo');
    expect(logo!.bottom).toBeLessThanOrEqual(SLIDE.height + 1);
    expect(logo!.height).toBeGreaterThan(10);
    await show('Own footer');
    expect(await page.$eval('section.present .slide-footer', (f) => f.textContent)).toBe('This slide’s own footer');
  });

  it('sets footnotes and asides at the foot, below the body and above the footer, without overlap', async () => {
    await show('Footnotes and asides');
    const [body] = await boxes(':scope > p');
    const [foot] = await boxes('.slide-foot');
    const [footer] = await boxes('.slide-footer');
    expect(foot!.top).toBeGreaterThanOrEqual(body!.bottom);
    expect(foot!.bottom).toBeLessThanOrEqual(footer!.top + 1);
    expect(foot!.top).toBeGreaterThan(SLIDE.height / 2);
    const items = await page.$$eval('section.present .footnotes li', (lis) => lis.map((li) => `${(li as HTMLLIElement).value} ${li.textContent!.trim()}`));
    expect(items).toEqual(['1 The first footnote.', '2 Inline footnote text.']);
  });

  it('places .absolute elements where their attributes say', async () => {
    await show('Absolute');
    const [first, second] = await boxes('img.absolute');
    expect(first!.top).toBeCloseTo(200, 0);
    expect(first!.left).toBeCloseTo(100, 0);
    expect(first!.width).toBeCloseTo(120, 0);
    expect(first!.height).toBeCloseTo(120, 0);
    expect(SLIDE.height - second!.bottom).toBeCloseTo(50, 0);
    expect(SLIDE.width - second!.right).toBeCloseTo(50, 0);
  });

  it('stretches a lone image over the height the slide leaves free', async () => {
    await show('Stretch');
    const [heading] = await boxes('h2');
    const [image] = await boxes('img.r-stretch');
    const [footer] = await boxes('.slide-footer');
    expect(image!.top).toBeGreaterThanOrEqual(heading!.bottom);
    expect(image!.bottom).toBeLessThanOrEqual(footer!.top + 1);
    expect(image!.height).toBeGreaterThan(footer!.top - heading!.bottom - 60);
  });

  it('switches tabs when a tab is clicked, and leaves the keyboard to the slides', async () => {
    await show('Tabs');
    const visible = () => page.$$eval('section.present .tab-panel', (panels) => panels.map((p) => getComputedStyle(p).display !== 'none'));
    expect(await visible()).toEqual([true, false]);
    await page.click('section.present .panel-tabset label[for="tabset-1-2"]');
    expect(await visible()).toEqual([false, true]);
    const before = await page.evaluate(() => Reveal.getIndices().h);
    await page.keyboard.press('ArrowRight');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(() => Reveal.getIndices().h)).toBe(before + 1);
  });

  it('steps through code-line-numbers, highlighting the lines of each step', async () => {
    const highlighted = () =>
      page.$$eval('section.present .code-steps pre', (pres) => {
        const shown = pres.filter((p) => p === pres[0] || p.classList.contains('visible')).at(-1)!;
        return [...shown.querySelectorAll('.line')].flatMap((line, i) => (line.classList.contains('hl') ? [i + 1] : []));
      });
    await show('Code');
    expect(await highlighted()).toEqual([1, 2]);
    await page.evaluate(() => Reveal.next());
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await highlighted()).toEqual([4]);
    const [first, second] = await boxes('.code-steps pre');
    expect(second!.top).toBeCloseTo(first!.top, 0);
  });

  it('draws mermaid diagrams as SVG from the local copy', async () => {
    await show('Diagram');
    const svg = await page.$eval('section.present .mermaid-diagram svg', (s) => ({ width: s.getBoundingClientRect().width, text: s.textContent }));
    expect(svg.width).toBeGreaterThan(50);
    expect(svg.text).toContain('Start');
    expect(await page.$('section.present pre.mermaid')).toBeNull();
  });

  it('shows fragments in the order of their fragment-index', async () => {
    await show('Fragments', 0);
    const shown = () => page.$$eval('section.present .fragment.visible', (f) => f.map((e) => e.textContent!.trim()));
    expect(await shown()).toEqual(['First']);
    await page.evaluate(() => Reveal.next());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await shown()).toEqual(['Second', 'First']);
  });

  it('keeps inline code legible on a dark background', async () => {
    await show('Own footer');
    const contrast = await page.$eval('section.present p code', (code) => {
      const luminance = (css: string) => {
        const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const text = luminance(getComputedStyle(code).color);
      const slide = luminance(getComputedStyle(document.querySelector('.slide-background.present')!).backgroundColor);
      return (Math.max(text, slide) + 0.05) / (Math.min(text, slide) + 0.05);
    });
    expect(contrast).toBeGreaterThan(4.5);
  });

  it('fits .r-fit-text to the slide`s width, within the room the heading and the aside leave', async () => {
    await show('Fitted');
    const [heading] = await boxes('h2');
    const [text] = await boxes('.r-fit-text');
    const [foot] = await boxes('.slide-foot');
    const size = await page.$eval('section.present .r-fit-text', (e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThan(200);
    expect(text!.width).toBeGreaterThan(SLIDE.width / 2);
    expect(text!.right).toBeLessThanOrEqual(SLIDE.width + 1);
    expect(text!.top).toBeGreaterThanOrEqual(heading!.bottom);
    expect(text!.bottom).toBeLessThanOrEqual(foot!.top + 1);
    expect(foot!.bottom).toBeLessThanOrEqual(SLIDE.height);
  });

  it('lays out a slide by the layout attributes of its heading, cells aligned at the bottom', async () => {
    await show('Heading grid');
    const [tall, short] = await boxes('.quarto-layout-panel img');
    const captions = await boxes('.quarto-layout-panel figcaption');
    expect(short!.left).toBeGreaterThan(tall!.right);
    expect(short!.top).toBeGreaterThan(tall!.top + 50);
    expect(captions[1]!.bottom).toBeCloseTo(captions[0]!.bottom, 0);
    expect(captions[0]!.bottom).toBeLessThan(SLIDE.height - 40);
  });

  it('centres a captioned figure and its caption on the slide', async () => {
    await show('Captioned');
    const [image] = await boxes('.quarto-figure img');
    const [caption] = await boxes('.quarto-figure figcaption');
    const centre = (b: Box) => b.left + b.width / 2;
    expect(image!.width).toBeCloseTo(SLIDE.width * 0.3, -1);
    expect(centre(image!)).toBeCloseTo(SLIDE.width / 2, 0);
    expect(centre(caption!)).toBeCloseTo(SLIDE.width / 2, 0);
  });

  it('raises no script errors', () => {
    expect(errors).toEqual([]);
  });
});
