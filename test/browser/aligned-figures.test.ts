import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, watchPage } from '../helpers/browser.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';

let browser: Browser;
let out: string;

const SQUARE = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#345"/></svg>\n';

beforeAll(async () => {
  out = join(tempDir(), 'out');
  const slide = (align: string) => `## ${align}\n\n![A square, ${align}](images/square.svg){fig-align="${align}"}\n`;
  const course = miniCourseWith({
    'images/square.svg': SQUARE,
    '01-demo.en.md': `---\ntitle: Figures\n---\n\n${['left', 'center', 'right'].map(slide).join('\n')}`,
  });
  await build({ course, out, langs: ['en'] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('an image alone on its slide, in Chromium', () => {
  it('fills the free height and stands, with its caption, on the side fig-align names', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    try {
      await page.setViewport({ width: 1280, height: 720 });
      const place = async (slide: number) => {
        await page.goto(`file://${out}/en/01-demo/index.html#/${slide}`, { waitUntil: 'load' });
        await page.evaluate(() => (window as unknown as { lecternReady: Promise<unknown> }).lecternReady);
        return page.evaluate(() => {
          const section = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
          const box = (e: Element) => e.getBoundingClientRect();
          const heading = box(section.querySelector('h2')!);
          const image = box(section.querySelector('img')!);
          const caption = section.querySelector('p.caption')!;
          const range = document.createRange();
          range.selectNodeContents(caption);
          const text = range.getBoundingClientRect();
          return { left: heading.left, right: heading.right, image: { left: image.left, right: image.right, height: image.height }, caption: { left: text.left, right: text.right } };
        });
      };
      const [left, center, right] = [await place(1), await place(2), await place(3)];
      for (const p of [left, center, right]) expect(p.image.height).toBeGreaterThan(300);
      expect(Math.abs(left.image.left - left.left)).toBeLessThan(2);
      expect(Math.abs(left.caption.left - left.left)).toBeLessThan(2);
      expect(Math.abs(right.image.right - right.right)).toBeLessThan(2);
      expect(Math.abs(right.caption.right - right.right)).toBeLessThan(2);
      const middle = (center.left + center.right) / 2;
      expect(Math.abs((center.image.left + center.image.right) / 2 - middle)).toBeLessThan(2);
      expect(Math.abs((center.caption.left + center.caption.right) / 2 - middle)).toBeLessThan(2);
      expect(log.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
