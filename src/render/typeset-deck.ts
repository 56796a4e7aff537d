import { typesetHtml } from '../typeset/typeset-html.js';
import { isSelfContained, splitHtml } from '../typeset/split-html.js';

/**
 * Slides already typeset, by language and the slide's HTML: a live site
 * renders a deck again after each edit, most of its slides unchanged.
 * `false` marks a slide that cannot be typeset apart from its page.
 */
export type SlideTypesetCache = Map<string, Map<string, string | false>>;

/** A slide stands here while the page around the slides is typeset: a void block, which typesetting leaves as it is. */
const SLIDES = '<hr data-lectern-slides>';

/** The cache is emptied past this many slides of a language. */
const CACHE_LIMIT = 20_000;

/**
 * A deck page typeset: `page(slides)` renders it around the slides' HTML.
 * With a cache, each slide is typeset on its own, through the cache, and
 * the page around them apart, when that gives the bytes the whole page
 * typeset at once gives: every slide a self-contained piece, standing
 * between runs of white space in the page, in the language of the first.
 * Otherwise (and without a cache) the whole page is typeset at once.
 */
export function typesetDeck(page: (slides: string) => string, slides: string[], lang: string, cache?: SlideTypesetCache): string {
  const whole = () => typesetHtml(page(slides.join('\n')), lang);
  if (!cache || !slides.length) return whole();
  const shell = page(SLIDES);
  const { parts, runs } = splitHtml(shell, lang);
  const at = parts.indexOf(SLIDES);
  const before = runs.find((r) => r.index === at - 1);
  const after = runs.find((r) => r.index === at + 1);
  if (at < 0 || parts.indexOf(SLIDES, at + 1) >= 0 || !before || !after || !/^\s+$/.test(parts[at - 1]!) || !/^\s+$/.test(parts[at + 1]!)) return whole();
  const typeset = slides.map((slide) => typesetSlide(slide, before.lang, cache));
  if (typeset.some((s) => s === false)) return whole();
  const around = typesetHtml(shell, lang);
  const i = around.indexOf(SLIDES);
  if (i < 0 || around.indexOf(SLIDES, i + 1) >= 0) return whole();
  return `${around.slice(0, i)}${typeset.join('\n')}${around.slice(i + SLIDES.length)}`;
}

function typesetSlide(slide: string, lang: string, cache: SlideTypesetCache): string | false {
  let known = cache.get(lang);
  if (!known) cache.set(lang, (known = new Map()));
  let typeset = known.get(slide);
  if (typeset === undefined) {
    if (known.size >= CACHE_LIMIT) known.clear();
    // A page's first <title> loses its markup when typeset: a slide holding one is typeset with its page.
    typeset = !/<title\b/i.test(slide) && isSelfContained(slide) && typesetHtml(slide, lang);
    known.set(slide, typeset);
  }
  return typeset;
}
