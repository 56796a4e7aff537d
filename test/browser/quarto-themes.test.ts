import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck } from '../helpers/browser.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { textRuns } from '../helpers/pdf-layout.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Quarto's twelve built-in themes, named as a Quarto deck names them, drawn
 * in Chromium: each deck takes its theme's background, and every piece of
 * text on a slide, Lectern's chrome included, keeps a contrast of 4.5:1.
 */
declare const Reveal: { slide(h: number): void };

/** Each theme, the front matter that names it, and the background reveal.js's theme of that name has. */
const THEMES: Array<[string, string, string]> = [
  ['beige', 'format:\n  revealjs:\n    theme: beige\n', 'rgb(247, 243, 222)'],
  ['blood', 'format:\n  revealjs:\n    theme: blood\n', 'rgb(34, 34, 34)'],
  ['dark', 'theme: dark\n', 'rgb(25, 25, 25)'],
  ['default', 'format:\n  revealjs:\n    theme: [default]\n', 'rgb(255, 255, 255)'],
  ['dracula', 'format:\n  revealjs:\n    theme: dracula\n', 'rgb(40, 42, 54)'],
  ['league', 'theme: league\n', 'rgb(28, 30, 32)'],
  ['moon', 'format:\n  revealjs:\n    theme: moon\n', 'rgb(0, 43, 54)'],
  ['night', 'format:\n  revealjs:\n    theme: night\n', 'rgb(17, 17, 17)'],
  ['serif', 'format:\n  revealjs:\n    theme: serif\n', 'rgb(240, 241, 235)'],
  ['simple', 'format:\n  revealjs:\n    theme: simple\n', 'rgb(255, 255, 255)'],
  ['sky', 'format:\n  revealjs:\n    theme: sky\n', 'rgb(247, 251, 252)'],
  ['solarized', 'format:\n  revealjs:\n    theme: solarized\n', 'rgb(253, 246, 227)'],
];

const SLIDE = `
## Colours

Body text with [a link](https://example.org), \`inline code\` and {{< kbd K >}}.

> A quotation.

![A caption](images/chart.png){height="100"}

::: callout-note
A note.
:::

::: aside
An aside.
:::
`;

/** What each piece of text is found by. */
const TEXTS = ['h2', 'section > p', 'a', 'p > code', 'kbd', 'blockquote p', 'figcaption', '.callout-header', '.callout-body p', '.slide-foot .aside p', '.slide-footer', '.slide-number a, .slide-number span'];

let browser: Browser;
let out: string;

beforeAll(async () => {
  const course = join(tempDir(), 'course');
  mkdirSync(join(course, 'facts'), { recursive: true });
  cpSync(join(FIXTURES, 'quarto-course/images'), join(course, 'images'), { recursive: true });
  writeFileSync(join(course, 'course.yaml'), 'title: "Themes"\nauthor: "Test Lecturer"\nlanguages: [en]\nformat:\n  revealjs:\n    slide-number: true\n    footer: "A footer"\n');
  writeFileSync(join(course, 'facts/none.yaml'), '[]\n');
  writeFileSync(join(course, 'sources.yaml'), '[]\n');
  THEMES.forEach(([name, frontMatter], i) => {
    writeFileSync(join(course, `${String(i + 1).padStart(2, '0')}-${name}.en.md`), `---\ntitle: "${name}"\n${frontMatter}---\n${SLIDE}`);
  });
  out = join(tempDir(), 'out');
  const result = runCli(['build', course, '--out', out]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/warning/);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a deck on its slide `h`, once the slide is shown. */
async function showSlide(page: Page, url: string, h: number): Promise<void> {
  await openDeck(page, url);
  await page.evaluate((h) => Reveal.slide(h), h);
  await new Promise((resolve) => setTimeout(resolve, 800));
}

/** The background painted behind the page's body, and each text's colour on what is painted behind it, as contrast ratios. */
async function measure(page: Page): Promise<{ background: string; contrasts: Array<[string, number]> }> {
  return page.evaluate((texts) => {
    /** A computed colour (rgb(), rgba() or color(srgb …)) as [r, g, b, a], channels 0–255. */
    const parse = (css: string): number[] => {
      const n = css.match(/[\d.]+/g)!.map(Number);
      const srgb = css.startsWith('color(');
      const rgb = n.slice(0, 3).map((v) => (srgb ? v * 255 : v));
      return [...rgb, n[3] ?? 1];
    };
    const over = (top: number[], under: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + under[i]! * (1 - top[3]!)).concat(1);
    /** What is painted behind an element: the backgrounds of it and its ancestors, composed from the page down. */
    const behind = (element: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = element; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const luminance = (c: number[]) =>
      c.slice(0, 3).reduce((sum, v, i) => {
        const s = v / 255;
        return sum + [0.2126, 0.7152, 0.0722][i]! * (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
      }, 0);
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const contrasts: Array<[string, number]> = [];
    const present = document.querySelector('.reveal .slides > section.present')!;
    for (const selector of texts) {
      const element = present.querySelector(selector) ?? document.querySelector(`.reveal ${selector}`);
      if (!element) throw new Error(`nothing shows ${selector}`);
      const background = behind(element);
      contrasts.push([selector, ratio(over(parse(getComputedStyle(element).color), background), background)]);
    }
    return { background: getComputedStyle(document.body).backgroundColor, contrasts };
  }, TEXTS);
}

describe("Quarto's themes", () => {
  it.each(THEMES.map(([name, , background], i) => [name, i, background] as const))('%s: takes its theme`s background, and all text keeps 4.5:1', async (name, i, background) => {
    const page = await browser.newPage();
    try {
      await showSlide(page, `file://${out}/en/${String(i + 1).padStart(2, '0')}-${name}/index.html`, 1);
      const measured = await measure(page);
      expect(measured.background).toBe(background);
      for (const [selector, contrast] of measured.contrasts) expect(contrast, `${name}: ${selector}`).toBeGreaterThanOrEqual(4.5);
    } finally {
      await page.close();
    }
  });
});

describe('center: true and code-overflow: wrap', () => {
  /** A deck that centres its slides, with a footer, built and printed. */
  let centred: string;
  beforeAll(() => {
    const course = join(tempDir(), 'centred');
    mkdirSync(join(course, 'facts'), { recursive: true });
    writeFileSync(join(course, 'course.yaml'), 'title: "Centred"\nauthor: "Test Lecturer"\nlanguages: [en]\n');
    writeFileSync(join(course, 'facts/none.yaml'), '[]\n');
    writeFileSync(join(course, 'sources.yaml'), '[]\n');
    const long = `print(${'"a long argument", '.repeat(8)})`;
    const deck = `---\ntitle: "Centred"\nformat:\n  revealjs:\n    center: true\n    code-overflow: wrap\n    footer: "The footer"\n---\n\n## Short\n\nOne line.\n\n## Long code\n\n\`\`\`python\n${long}\n\`\`\`\n`;
    writeFileSync(join(course, '01-centred.en.md'), deck);
    centred = join(tempDir(), 'centred-out');
    const result = runCli(['pdf', course, '--out', centred, '--slides']);
    expect(result.status, result.stderr).toBe(0);
  }, 120_000);

  it('centres the heading and body between the slide`s top and its footer, in the deck and in slides.pdf', async () => {
    const page = await browser.newPage();
    try {
      await showSlide(page, `file://${centred}/en/01-centred/index.html`, 1);
      const [heading, body, footer] = await page.evaluate(() =>
        ['h2', ':scope > p', '.slide-footer'].map((s) => {
          const section = document.querySelector('.reveal .slides > section.present')!;
          const [r, o] = [section.querySelector(s)!.getBoundingClientRect(), section.getBoundingClientRect()];
          return { top: r.top - o.top, bottom: r.bottom - o.top };
        }),
      );
      expect(heading!.top).toBeGreaterThan(150);
      expect(Math.abs(heading!.top - (footer!.top - body!.bottom))).toBeLessThan(80);
      expect(footer!.bottom).toBeGreaterThan(680);
    } finally {
      await page.close();
    }
    const { runs } = await textRuns(join(centred, 'en/01-centred/slides.pdf'));
    const on = (text: string) => runs.find((r) => r.page === 1 && r.text.includes(text))!;
    const height = 720 * (25.4 / 96);
    expect(on('Short').y).toBeGreaterThan(height * 0.25);
    expect(on('The footer').y).toBeGreaterThan(height * 0.9);
  });

  it('wraps long code lines within the slide', async () => {
    const page = await browser.newPage();
    try {
      await showSlide(page, `file://${centred}/en/01-centred/index.html`, 2);
      const code = await page.$eval('.reveal .slides > section.present pre code', (e) => ({ scroll: e.scrollWidth, client: e.clientWidth, height: e.clientHeight, line: parseFloat(getComputedStyle(e).lineHeight) }));
      expect(code.scroll).toBeLessThanOrEqual(code.client);
      expect(code.height).toBeGreaterThan(2 * code.line);
    } finally {
      await page.close();
    }
  });
});
