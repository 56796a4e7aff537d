import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDeck, sharedBrowser } from '../helpers/browser.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

declare const Reveal: {
  next(): void;
  isLastSlide(): boolean;
  availableFragments(): { next: boolean };
  getIndices(): { h: number; f?: number };
};
declare const axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = sharedBrowser();
let out: string;

beforeAll(() => {
  out = join(tempDir(), 'out');
  const result = runCli(['build', MINI_COURSE, '--out', out]);
  expect(result.status, result.stderr).toBe(0);
});

/** The serious and critical findings of axe-core on the page as it is now, one line each. */
async function audit(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function withPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser().newPage();
  try {
    await page.setViewport({ width: 1280, height: 720 });
    return await work(page);
  } finally {
    await page.close();
  }
}

const SITE_PAGES = ['index.html', ...['en', 'ru'].flatMap((lang) => ['index', 'facts', 'people', 'glossary', 'search', 'search.html?q=trial'].map((p) => `${lang}/${p.includes('.') ? p : `${p}.html`}`))];

describe('accessibility (axe-core): no serious or critical violation', () => {
  it('on every page of the site, in both languages', async () => {
    const found: string[] = [];
    await withPage(async (page) => {
      for (const path of SITE_PAGES) {
        await page.goto(`file://${out}/${path}`, { waitUntil: 'load' });
        found.push(...(await audit(page, path)));
      }
    });
    expect(found.join('\n')).toBe('');
  });

  for (const lang of ['en', 'ru']) {
    it(`on every slide and fragment state of the ${lang} deck, with its menu open`, async () => {
      const found: string[] = [];
      let states = 0;
      await withPage(async (page) => {
        // Less motion: each state is audited as it settles, not halfway through a transition.
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await openDeck(page, `file://${out}/${lang}/01-demo/index.html`);
        await page.evaluate(() => document.querySelector('.deck-menu details')!.setAttribute('open', ''));
        for (;;) {
          const { h, f } = await page.evaluate(() => Reveal.getIndices());
          found.push(...(await audit(page, `${lang} slide ${h + 1}${f === undefined ? '' : ` step ${f + 1}`}`)));
          states++;
          if (await page.evaluate(() => Reveal.isLastSlide() && !Reveal.availableFragments().next)) break;
          await page.evaluate(() => Reveal.next());
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      expect(states).toBeGreaterThan(7);
      expect(found.join('\n')).toBe('');
    });
  }

  it('marks each language of the navigation as that language, and leaves no table header empty', async () => {
    await withPage(async (page) => {
      await page.goto(`file://${out}/en/facts.html`, { waitUntil: 'load' });
      const langs = await page.$$eval('.nav-lang', (spans) => spans.map((s) => [s.getAttribute('lang'), s.textContent!.replace(/\s+/g, ' ').trim()]));
      expect(langs).toEqual([
        ['en', 'English Fact index · People · Glossary · Search'],
        ['ru', 'Русский Указатель фактов · Персоналии · Глоссарий · Поиск'],
      ]);
      await page.goto(`file://${out}/index.html`, { waitUntil: 'load' });
      expect(await page.$$eval('th', (cells) => cells.map((c) => c.textContent!.trim()))).toEqual(['Lecture', 'English', 'Русский', 'Lecture\u00a01']);
    });
  });

  it('respects a reader who asks for reduced motion: no slide transitions, no fading fragments', async () => {
    await withPage(async (page) => {
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await openDeck(page, `file://${out}/en/01-demo/index.html#/the-trial`);
      const motion = await page.evaluate(() => ({
        transition: (Reveal as unknown as { getConfig(): { transition: string } }).getConfig().transition,
        slide: getComputedStyle(document.querySelector('#the-trial')!).transitionDuration,
        fragment: getComputedStyle(document.querySelector('#the-trial .fragment')!).transitionDuration,
      }));
      expect(motion.transition).toBe('none');
      expect(motion.slide.split(', ').every((d) => d === '0s')).toBe(true);
      expect(motion.fragment.split(', ').every((d) => d === '0s')).toBe(true);
    });
    await withPage(async (page) => {
      await openDeck(page, `file://${out}/en/01-demo/index.html#/the-trial`);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('#the-trial .fragment')!).transitionDuration)).not.toBe('0s');
    });
  });
});
