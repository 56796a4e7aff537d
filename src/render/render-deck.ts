import { citationStyle } from '../bibliography/citation-style.js';
import type { Course } from '../course/load-course.js';
import { formatDate, textIn, textOr } from '../facts/format-fact.js';
import { words } from '../facts/words.js';
import type { Deck } from '../outline/compile-lecture.js';
import type { Slide } from '../outline/slide.js';
import { factView, sourceViews } from './fact-view.js';
import type { TemplateRegistry } from './template-registry.js';
import { typesetHtml } from '../typeset/typeset-html.js';

/** reveal.js settings every deck starts from; the deck page passes them to Reveal.initialize(). */
export const REVEAL_CONFIG = {
  width: 1280,
  height: 720,
  margin: 0.05,
  center: false,
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
    classes: ['sources-slide'],
    attributes: [],
    content: '',
    notes: '',
    facts: [],
  };
}

/** The data a slide template receives. Its shape is public: course templates rely on it. */
export function slideData(deck: Deck, slide: Slide, course: Course) {
  const fallback = course.config.languages[0]!;
  return {
    slide,
    lecture: deckInfo(deck),
    course: courseInfo(course, deck.lang),
    words: words(deck.lang),
    facts: slide.facts.flatMap((id) => factView(course.store, id, deck.lang, fallback, deck.sources) ?? []),
    sources: slide.kind === 'sources' ? sourceViews(course.store, deck.sources, deck.lang, fallback, citationStyle(course.config, course.root, deck.lang)) : [],
  };
}

export function deckInfo(deck: Deck) {
  return {
    id: deck.lectureId,
    lang: deck.lang,
    title: deck.title,
    subtitle: deck.subtitle,
    author: deck.author,
    date: deck.date,
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
    author: course.config.author,
    languages: course.config.languages,
  };
}

/** The deck's slides, each through the template of its kind, the sources slide last. */
export function renderSlides(deck: Deck, course: Course, templates: TemplateRegistry): string[] {
  return [...deck.slides, sourcesSlide(deck)].map((slide) => templates.render(`slide-${slide.kind}`, slideData(deck, slide, course)));
}

/** A reveal.js deck page; `assets` is the path from the page to output/assets. */
export function renderDeck(deck: Deck, course: Course, templates: TemplateRegistry, assets = '../../assets'): string {
  const html = templates.render('deck', {
    lecture: deckInfo(deck),
    course: courseInfo(course, deck.lang),
    words: words(deck.lang),
    lang: deck.lang,
    theme: deck.theme,
    assets,
    home: '../../index.html',
    reveal: REVEAL_CONFIG,
    slides: renderSlides(deck, course, templates).join('\n'),
  });
  return typesetHtml(html, deck.lang);
}
