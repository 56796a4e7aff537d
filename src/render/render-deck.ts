import { citationMarker } from '../bibliography/format-bibliography.js';
import { citationStyle } from '../bibliography/citation-style.js';
import type { Course } from '../course/load-course.js';
import { formatDate, textIn, textOr } from '../facts/format-fact.js';
import { words } from '../facts/words.js';
import { siteWords } from '../site/site-words.js';
import type { Deck } from '../outline/compile-lecture.js';
import { QUARTO_THEMES } from '../outline/quarto-theme.js';
import type { Slide } from '../outline/slide.js';
import { factView, sourceViews } from './fact-view.js';
import type { TemplateRegistry } from './template-registry.js';
import { typesetDeck, type SlideTypesetCache } from './typeset-deck.js';
import { courseAuthor } from '../course/course-author.js';

/** reveal.js settings every deck starts from; the deck page passes them to Reveal.initialize(). */
export const REVEAL_CONFIG = {
  width: 1280,
  height: 720,
  margin: 0.05,
  center: false,
  /** Slides are flex columns, so that asides, footnotes and the footer sit at their foot. */
  display: 'flex',
  hash: true,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  transition: 'slide',
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
};

/** The lecture's closing slide: the sources its facts cite, numbered as its citation marks. */
export function sourcesSlide(deck: Deck): Slide {
  return {
    kind: 'sources',
    index: deck.slides.length,
    id: 'sources',
    line: deck.slides.at(-1)?.line ?? 1,
    title: '',
    classes: ['sources-slide', ...(deck.slides[0]?.footer ? ['has-footer'] : [])],
    attributes: [],
    content: '',
    footer: deck.slides[0]?.footer ?? '',
    notes: '',
    facts: [],
  };
}

/** A lecture that cites nothing (no facts, no citations) ends without a sources slide. */
export function hasSourcesSlide(deck: Deck): boolean {
  return deck.sources.length > 0;
}

/**
 * The data a slide template receives. Its shape is public: course templates
 * rely on it. Without `notes` (notes kept private), the slide's notes and the
 * facts listed with them are left out of the data, so no template can show them.
 */
export function slideData(deck: Deck, slide: Slide, course: Course, notes = true, shared = deckShared(deck, course)) {
  const { fallback, style, marker } = shared;
  return {
    slide: notes ? slide : { ...slide, notes: '' },
    showNotes: notes,
    lecture: shared.lecture,
    course: shared.course,
    words: shared.words,
    facts: notes ? slide.facts.flatMap((id) => factView(course.store, id, deck.lang, fallback, deck.sources, undefined, marker) ?? []) : [],
    sources: slide.kind === 'sources' ? sourceViews(course.store, deck.sources, deck.lang, fallback, style) : [],
  };
}

/** What the data of every slide of a deck shares, worked out once per deck. */
function deckShared(deck: Deck, course: Course) {
  const fallback = course.config.languages[0]!;
  const style = citationStyle(course.config, course.root, deck.lang);
  return {
    fallback,
    style,
    marker: citationMarker(course.store, style, deck.lang, fallback),
    lecture: deckInfo(deck),
    course: courseInfo(course, deck.lang),
    words: words(deck.lang),
  };
}

export function deckInfo(deck: Deck) {
  return {
    id: deck.lectureId,
    lang: deck.lang,
    title: deck.title,
    subtitle: deck.subtitle,
    author: deck.author,
    institute: deck.institute,
    date: deck.date,
    logo: deck.logo,
    /** The date as the lecture's language writes it, when it is an ISO date; else as written. */
    dateText: deck.date && isIsoDate(deck.date) ? formatDate(deck.date, deck.lang) : deck.date,
    /** The lecture's number in the course, from its file name ("03-…" is lecture 3). */
    number: /^\d+/.test(deck.lectureId) ? Number(/^\d+/.exec(deck.lectureId)![0]) : undefined,
  };
}

function isIsoDate(text: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text);
}

export function courseInfo(course: Course, lang: string) {
  return {
    title: textOr(course.config.title, lang, course.config.languages[0]!),
    subtitle: textIn(course.config.subtitle, lang),
    author: courseAuthor(course.config, lang),
    languages: course.config.languages,
  };
}

/**
 * Slides rendered before, by all they are rendered from, for one set of
 * templates and one fact store (a live site keeps them between rebuilds).
 */
export interface SlideRenderCache {
  templates?: TemplateRegistry;
  store?: Course['store'];
  slides: Map<string, string>;
}

/** The cache is emptied past this many slides. */
const RENDERED_LIMIT = 20_000;

/**
 * The deck's slides, each through the template of its kind, the sources
 * slide last; `notes: false` leaves the speaker notes out. With a cache, a
 * slide rendered before from the same slide, deck, course and facts is
 * taken from it.
 */
export function renderSlides(deck: Deck, course: Course, templates: TemplateRegistry, notes = true, cache?: SlideRenderCache): string[] {
  const shared = deckShared(deck, course);
  const slides = [...deck.slides, ...(hasSourcesSlide(deck) ? [sourcesSlide(deck)] : [])];
  const render = (slide: Slide) => templates.render(`slide-${slide.kind}`, slideData(deck, slide, course, notes, shared));
  if (!cache) return slides.map(render);
  if (cache.templates !== templates || cache.store !== course.store || cache.slides.size > RENDERED_LIMIT) Object.assign(cache, { templates, store: course.store, slides: new Map() });
  // What a slide's data holds besides the slide: the lecture, the course, the sources' order (its citation numbers) and the language.
  const around = JSON.stringify([notes, deck.lang, shared.lecture, shared.course, deck.sources]);
  return slides.map((slide) => {
    const key = `${around}\n${JSON.stringify(slide)}`;
    let html = cache.slides.get(key);
    if (html === undefined) cache.slides.set(key, (html = render(slide)));
    return html;
  });
}

/** The reveal.js plugins a deck loads beyond the speaker notes and zoom, shipped in output/assets. */
export function deckPlugins(deck: Deck) {
  return { mermaid: deck.mermaid, chalkboard: deck.options.chalkboard, menu: deck.options.menu };
}

/** What a deck page shows around its slides. */
export interface DeckPage {
  /** The path from the page to output/assets (default: ../../assets). */
  assets?: string;
  /** The slides, each rendered (default: rendered here, with their notes). */
  slides?: string[];
  /** The small menu leading to the course home, the other languages and the PDFs (see site/deck-menu.ts). */
  menu?: unknown;
  /** Canonical link and Open Graph metadata (see site/page-meta.ts). */
  meta?: unknown;
  /** Slides typeset before, for a page rendered again (see typeset-deck.ts). */
  typesetCache?: SlideTypesetCache;
}

/** The accessible names deck.js gives reveal.js's arrows, which it would leave in English. */
function arrowNames(lang: string) {
  const { previousSlide, nextSlide, slideAbove, slideBelow } = siteWords(lang);
  return { left: previousSlide, right: nextSlide, up: slideAbove, down: slideBelow };
}

/** A reveal.js deck page. */
export function renderDeck(deck: Deck, course: Course, templates: TemplateRegistry, page: DeckPage = {}): string {
  const html = (slides: string) => templates.render('deck', {
    lecture: deckInfo(deck),
    course: courseInfo(course, deck.lang),
    words: words(deck.lang),
    arrows: arrowNames(deck.lang),
    lang: deck.lang,
    theme: deck.theme,
    palette: deck.palette && { name: deck.palette, dark: QUARTO_THEMES[deck.palette] === 'dark' },
    assets: page.assets ?? '../../assets',
    home: '../../index.html',
    menu: page.menu,
    meta: page.meta,
    reveal: { ...REVEAL_CONFIG, ...deck.options.reveal },
    css: deck.css,
    plugins: deckPlugins(deck),
    codeWrap: deck.options.codeWrap,
    slides,
  });
  return typesetDeck(html, page.slides ?? renderSlides(deck, course, templates), deck.lang, page.typesetCache);
}
