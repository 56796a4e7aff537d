import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { words } from '../../src/facts/words.js';
import { siteWords } from '../../src/site/site-words.js';
import { sharedBrowser } from '../helpers/browser.js';
import { miniCourseIn, miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';

/**
 * Every word the site writes itself, on every page of each language, is in
 * that language: no label of another language's table is left on a page, as
 * text, as an accessible name, or written by a script (the search status,
 * the arrows' names). The slides themselves are the lecturer's words.
 */
const browser = sharedBrowser();
const LANGS = ['en', 'ru', 'de', 'es'];
let outs: Record<string, string>;

/** The quote's translation into each language the mini course is relabelled to. */
const QUOTE_TRANSLATIONS: Record<string, string> = {
  de: 'Der erste offene Prozess fand im August 1936 statt.',
  es: 'El primer proceso público tuvo lugar en agosto de 1936.',
};

function flatten(value: object): string[] {
  return Object.values(value).flatMap((v) => (typeof v === 'object' ? flatten(v as object) : [String(v)]));
}

/** The labels of the other languages that this one writes differently: none may show on its pages. */
function foreignLabels(lang: string): Set<string> {
  const own = new Set([...flatten(words(lang)), ...flatten(siteWords(lang))].map((w) => w.trim().toLowerCase()));
  return new Set(
    LANGS.filter((l) => l !== lang)
      .flatMap((l) => [...flatten(words(l)), ...flatten(siteWords(l))])
      .map((w) => w.trim().toLowerCase())
      .filter((w) => /\p{L}{2}/u.test(w) && !own.has(w)),
  );
}

/** Each piece of text a reader meets on the page in the page's language (not a part marked as another's), and its accessible names. */
const texts = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const own = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('script, style, .slides') || !own(parent)) continue;
      found.push(node.textContent!);
    }
    for (const el of [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].filter(own)) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) if (el.hasAttribute(name)) found.push(el.getAttribute(name)!);
    }
    found.push(document.title);
    return found.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });

beforeAll(async () => {
  const [en, de, es] = [join(tempDir(), 'out'), join(tempDir(), 'out'), join(tempDir(), 'out')];
  await build({ course: miniCourseWith(), out: en });
  await build({ course: miniCourseIn('de', QUOTE_TRANSLATIONS.de!), out: de });
  await build({ course: miniCourseIn('es', QUOTE_TRANSLATIONS.es!), out: es });
  outs = { en, ru: en, de, es };
}, 60_000);

describe('the site in each language', () => {
  it.each(LANGS)('leaves no label of another language on the %s pages', async (lang) => {
    const foreign = foreignLabels(lang);
    const page = await browser().newPage();
    try {
      const left: string[] = [];
      const pages = ['index', 'facts', 'people', 'glossary', 'search', '01-demo/index'].map((p) => `${lang}/${p}.html`);
      for (const path of [...pages, `${lang}/search.html?q=trial`]) {
        await page.goto(`file://${outs[lang]}/${path}`, { waitUntil: 'load' });
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
        for (const text of await texts(page)) {
          const lower = text.toLowerCase();
          for (const label of foreign) {
            if (lower === label || lower.startsWith(`${label}:`) || lower.endsWith(` ${label}`)) left.push(`${path}: "${text}" (${label})`);
          }
        }
      }
      expect(left).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('finds a label left in English on a German page', async () => {
    expect(foreignLabels('de').has('used in')).toBe(true);
    expect(foreignLabels('de').has('verwendet in')).toBe(false);
  });
});
