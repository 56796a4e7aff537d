import { describe, expect, it } from 'vitest';
import { typesetDeck, type SlideTypesetCache } from '../../src/render/typeset-deck.js';

const page = (lang: string) => (slides: string) =>
  `<!doctype html>\n<html lang="${lang}">\n<head><title>A "deck" - 1936-1938</title></head>\n<body>\n<nav><a href="x" lang="ru">Русский</a></nav>\n<div class="slides">\n${slides}\n</div>\n<p>"Footer" text</p>\n</body>\n</html>\n`;

const slide = (body: string, attrs = '') => `<section${attrs}>\n<h2>"A title" in 1936-1938</h2>\n${body}\n</section>`;

/** Slides that typeset alone as they do in their page, and slides that do not (they change what follows them, or what precedes them reaches into them). */
const GOOD = [
  slide('<p>He said "yes" - and left in 1937 - 10 km.</p>'),
  slide('<p>Он сказал "да" - и ушёл.</p>', ' lang="ru"'),
  slide('<p>Code <code>"a" - b</code> and <span lang="ru">"слово"</span> here.</p>'),
  slide('<pre><code>x = "1" - 2\n</code></pre>\n<p>After the code "quoted".</p>'),
  slide('<aside class="notes">\n<p>Notes "quoted" - 1936-1938.</p>\n</aside>'),
];
const BAD = [
  slide('<p>An <code>unclosed "code" here.</p>'),
  slide('<p>A stray close</div> and "text".</p>'),
  slide('<p><span lang="ru">"слово" left open</p>'),
  'Text before its section <section><p>"x"</p></section>',
  slide('<svg><title>A "title" - here</title></svg>'),
  slide('<!-- a comment --><p>"x" - y</p>'),
  slide('<p>Math <span class="math">"a" - b</p>'),
];

/** Numbers in [0, 1) from a seed, the same each run (a linear congruential generator). */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('typesetDeck', () => {
  it('typesets slides one by one, through the cache, into the bytes of the whole page typeset at once', () => {
    for (const lang of ['en', 'ru']) {
      const cache: SlideTypesetCache = new Map();
      expect(typesetDeck(page(lang), GOOD, lang, cache)).toBe(typesetDeck(page(lang), GOOD, lang));
      expect([...cache.get(lang)!.values()].every((s) => typeof s === 'string')).toBe(true);
      // Again, from the cache: one slide changed.
      const edited = [...GOOD.slice(0, 2), slide('<p>A "new" slide - 1939.</p>'), ...GOOD.slice(3)];
      expect(typesetDeck(page(lang), edited, lang, cache)).toBe(typesetDeck(page(lang), edited, lang));
      expect(cache.get(lang)!.size).toBe(GOOD.length + 1);
    }
  });

  it('a slide that does not stand alone has the whole page typeset at once', () => {
    for (const bad of BAD) {
      const slides = [GOOD[0]!, bad, GOOD[1]!];
      const cache: SlideTypesetCache = new Map();
      expect(typesetDeck(page('en'), slides, 'en', cache)).toBe(typesetDeck(page('en'), slides, 'en'));
      expect(cache.get('en')!.get(bad)).toBe(false);
    }
  });

  it('gives the bytes of the whole page for decks of slides made at random of good and bad pieces', () => {
    const next = random(17);
    const pieces = ['<p>"quoted" - text 1936-1938</p>', '<code>"x" - y', '</code>', '<span lang="ru">"слово"', '</span>', '</p>', '<em>a - b</em>', '<div>', '</div>', ' "free" text ', '<br>', '<b class="math">"m" - n</b>'];
    const cache: SlideTypesetCache = new Map();
    for (let deck = 0; deck < 200; deck++) {
      const slides = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        next() < 0.6 ? GOOD[Math.floor(next() * GOOD.length)]! : slide(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pieces[Math.floor(next() * pieces.length)]).join('')),
      );
      const lang = next() < 0.5 ? 'en' : 'ru';
      expect(typesetDeck(page(lang), slides, lang, cache)).toBe(typesetDeck(page(lang), slides, lang));
    }
    // Both ways were taken.
    const kept = [...cache.values()].flatMap((m) => [...m.values()]);
    expect(kept.some((s) => s === false)).toBe(true);
    expect(kept.some((s) => typeof s === 'string')).toBe(true);
  });
});
