import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, watchPage } from '../helpers/browser.js';
import { courseWithMathTerm } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';

let browser: Browser;
let out: string;

beforeAll(async () => {
  out = join(tempDir(), 'out');
  await build({ course: courseWithMathTerm('It holds $\\\\sigma^2 = E[(X-\\\\mu)^2]$.'), out, langs: ['en'] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a formula in a fact\'s text, in Chromium', () => {
  it('is set by KaTeX on the glossary page: its glyphs in KaTeX\'s fonts on the line, the MathML copy hidden', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    try {
      await page.setViewport({ width: 1024, height: 700 });
      await page.goto(`file://${out}/en/glossary.html`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const found = await page.$eval('#variance + dd p', (p) => {
        const katex = p.querySelector('.katex')!;
        const glyphs = katex.querySelector('.katex-html')!.getBoundingClientRect();
        const mathml = katex.querySelector('.katex-mathml')!.getBoundingClientRect();
        const line = p.getBoundingClientRect();
        const sigma = [...katex.querySelectorAll('.katex-html .mord')].find((el) => el.textContent === 'σ')!;
        return {
          text: p.textContent!,
          glyphs: { width: glyphs.width, height: glyphs.height },
          mathml: { width: mathml.width, height: mathml.height },
          line: line.height,
          font: getComputedStyle(sigma).fontFamily,
          fontLoaded: document.fonts.check('16px KaTeX_Math'),
        };
      });
      expect(found.text).not.toContain('$');
      expect(found.glyphs.width).toBeGreaterThan(80);
      // KaTeX's stylesheet clips the MathML copy to one pixel.
      expect(found.mathml.width).toBeLessThanOrEqual(1);
      expect(found.mathml.height).toBeLessThanOrEqual(1);
      // On one line with the words around it.
      expect(found.line).toBeLessThan(2 * found.glyphs.height);
      expect(found.font).toMatch(/KaTeX_Math/);
      expect(found.fontLoaded).toBe(true);
      expect(log.failed).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
