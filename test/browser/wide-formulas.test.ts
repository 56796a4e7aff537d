import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDeck, sharedBrowser } from '../helpers/browser.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Displayed formulas wider than their box, on screen in Chromium: measured
 * in the slide's own pixels (1280×720), against the slide's edges.
 */
declare const Reveal: { slide(h: number): void; getScale(): number };

const sum = (n: number) => Array.from({ length: n }, (_, i) => `a_{${i + 1}}`).join(' + ');
const OUTLINE = `---
title: Wide formulas
---

## Narrow

$$
E = mc^2
$$

## A little too wide

$$
\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}, \\qquad \\Phi(z) = \\frac{1}{\\sqrt{2\\pi}}\\int_{-\\infty}^{z} e^{-t^2/2}\\,dt, \\qquad 1 - \\Phi(1{,}96) \\approx 0{,}025
$$

## Far too wide

$$
${sum(45)} = S
$$

## Tall

$$
\\sum_{k=1}^{n}\\frac{1}{k^2}\\int_0^1\\frac{x^k}{\\left(1+\\frac{x}{1+\\frac{y}{1+\\frac{1}{2}}}\\right)^{k}}\\,dx
$$

## In a column

::: columns
::: {.column width="50%"}
$$
\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}, \\qquad \\Phi(z) = \\frac{1}{\\sqrt{2\\pi}}\\int_{-\\infty}^{z} e^{-t^2/2}\\,dt
$$
:::
::: {.column width="50%"}
Beside it.
:::
:::
`;

const browser = sharedBrowser();
let page: Page;

beforeAll(async () => {
  const course = miniCourseWith({ '01-demo.en.md': OUTLINE });
  const out = join(tempDir(), 'out');
  const result = runCli(['build', course, '--out', out, '--lang', 'en']);
  expect(result.status, result.stderr).toBe(0);
  page = await browser().newPage();
  await openDeck(page, `file://${out}/en/01-demo/index.html`);
});

interface Measure {
  /** The formula's box and its right edge, and the right edge of what it holds, in slide pixels from the slide's left. */
  boxRight: number;
  inkRight: number;
  slideWidth: number;
  columnRight: number;
  fontScale: number;
  scrollWidth: number;
  clientWidth: number;
  overflowX: string;
  /** How far the characters' line boxes stay within the formula's box, above and below. */
  inkTop: number;
  inkBottom: number;
}

/** Shows slide `index` and measures its displayed formula. */
async function measure(index: number): Promise<Measure> {
  await page.evaluate((i) => Reveal.slide(i), index);
  await new Promise((resolve) => setTimeout(resolve, 600));
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('.reveal .slides section.present')!;
    const display = section.querySelector<HTMLElement>('.katex-display')!;
    const scale = Reveal.getScale();
    const left = section.getBoundingClientRect().left;
    const x = (value: number) => (value - left) / scale;
    // The ink: the right edge of the formula's last character, wherever scrolling or clipping put it.
    const walker = document.createTreeWalker(display.querySelector('.katex-html')!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let ink = 0;
    let top = Infinity;
    let bottom = -Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      const glyphs = range.getBoundingClientRect();
      ink = Math.max(ink, glyphs.right);
      if (glyphs.height) [top, bottom] = [Math.min(top, glyphs.top), Math.max(bottom, glyphs.bottom)];
    }
    const box = display.getBoundingClientRect();
    const column = display.closest('.column');
    return {
      boxRight: x(box.right),
      inkRight: x(ink),
      slideWidth: section.offsetWidth,
      columnRight: column ? x(column.getBoundingClientRect().right) : section.offsetWidth,
      fontScale: parseFloat(getComputedStyle(display).fontSize) / parseFloat(getComputedStyle(display.parentElement!).fontSize),
      scrollWidth: display.scrollWidth,
      clientWidth: display.clientWidth,
      overflowX: getComputedStyle(display).overflowX,
      inkTop: (top - box.top) / scale,
      inkBottom: (box.bottom - bottom) / scale,
    };
  });
}

describe('a displayed formula wider than its box', () => {
  it('is left at its size when it fits', async () => {
    const m = await measure(1);
    expect(m.fontScale).toBeCloseTo(1, 2);
    expect(m.inkRight).toBeLessThanOrEqual(m.slideWidth);
  });

  it('is set smaller until all of it shows within the slide, when a little too wide', async () => {
    const m = await measure(2);
    expect(m.fontScale).toBeLessThan(1);
    expect(m.fontScale).toBeGreaterThan(0.85);
    expect(m.inkRight).toBeLessThanOrEqual(m.slideWidth + 1);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth + 1);
  });

  it('is set at half size at least, and scrolls within the slide when wider still', async () => {
    const m = await measure(3);
    expect(m.fontScale).toBeCloseTo(0.5, 2);
    expect(m.overflowX).toBe('auto');
    expect(m.scrollWidth).toBeGreaterThan(m.clientWidth);
    expect(m.boxRight).toBeLessThanOrEqual(m.slideWidth + 1);
  });

  it('keeps all of its height: scrolling sideways clips nothing above or below', async () => {
    const m = await measure(4);
    expect(m.fontScale).toBeCloseTo(1, 2);
    expect(m.inkTop).toBeGreaterThanOrEqual(0);
    expect(m.inkBottom).toBeGreaterThanOrEqual(0);
  });

  it('fits its column, not the slide', async () => {
    const m = await measure(5);
    expect(m.fontScale).toBeLessThan(1);
    expect(m.inkRight).toBeLessThanOrEqual(m.columnRight + 1);
  });
});
