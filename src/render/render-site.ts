import type { Course } from '../course/load-course.js';
import { words } from '../facts/words.js';
import type { Deck } from '../outline/compile-lecture.js';
import { deckDir, deckPath, otherLanguages, pdfLinks, under } from '../site/deck-links.js';
import { pageMeta } from '../site/page-meta.js';
import type { PdfState, PdfStates } from '../site/pdf-ledger.js';
import { siteWords } from '../site/site-words.js';
import { renderCoursePages } from './render-course-pages.js';
import { courseInfo, renderDeck, renderSlides, type SlideRenderCache } from './render-deck.js';
import type { TemplateRegistry } from './template-registry.js';
import type { SlideTypesetCache } from './typeset-deck.js';

export interface SiteOptions {
  /** Speaker notes (and the facts listed with them) in the public decks. */
  notes: boolean;
  /** The address the site is published at (sitemap, canonical links, Open Graph). */
  siteUrl?: string;
  /** The PDFs the output has for a deck whose slides, notes included, render as `slides`. */
  pdfStates(deck: Deck, slides: string): PdfStates;
  /** A language's course reader in the output, asked once the language's decks are rendered. */
  readerState?(lang: string): PdfState | undefined;
  /** Slides rendered and typeset before (a live site keeps them between rebuilds). */
  typesetCache?: SlideTypesetCache;
  slideCache?: SlideRenderCache;
}

/** A deck's page, and with notes kept private, the lecturer's version of it (which `serve` shows). */
export interface DeckPageResult {
  html: string;
  lecturerHtml?: string;
  states: PdfStates;
}

/** Every file of the site but the assets: decks, the course home, and per language its home, search, fact index, people and glossary. */
export function renderSite(course: Course, decks: Deck[], templates: TemplateRegistry, options: SiteOptions): Map<string, string> {
  const files = new Map<string, string>();
  const states = new Map<string, PdfStates>();
  for (const deck of decks) {
    const page = renderDeckPage(deck, decks, course, templates, options);
    files.set(deckPath(deck), page.html);
    states.set(deckDir(deck), page.states);
  }
  for (const [path, html] of renderCoursePages(course, decks, templates, { ...options, states })) files.set(path, html);
  return files;
}

/** Where a deck's page goes in the output. */
export { deckPath };

/** A deck's page with its menu and metadata; its lecturer's version when the notes are private. */
export function renderDeckPage(deck: Deck, decks: Deck[], course: Course, templates: TemplateRegistry, options: SiteOptions): DeckPageResult {
  const withNotes = renderSlides(deck, course, templates, true, options.slideCache);
  const states = options.pdfStates(deck, withNotes.join('\n'));
  const info = courseInfo(course, deck.lang);
  const menu = {
    words: { ...words(deck.lang), ...siteWords(deck.lang) },
    home: `../index.html`,
    search: `../search.html`,
    languages: under('../../', otherLanguages(deck, decks)),
    pdfs: under('../../', pdfLinks(deck, states)).filter((p) => p.current),
  };
  const meta = pageMeta(options.siteUrl, {
    path: deckPath(deck),
    title: deck.title,
    description: deck.subtitle ?? info.subtitle,
    lang: deck.lang,
    siteName: info.title,
    image: states.slides === 'current' ? `${deckDir(deck)}/title.png` : undefined,
  });
  const page = (slides: string[]) => renderDeck(deck, course, templates, { slides, menu, meta, typesetCache: options.typesetCache });
  const html = page(options.notes ? withNotes : renderSlides(deck, course, templates, false, options.slideCache));
  return { html, lecturerHtml: options.notes ? undefined : page(withNotes), states };
}

