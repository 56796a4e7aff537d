import { citationStyle } from '../bibliography/citation-style.js';
import type { Course } from '../course/load-course.js';
import { peopleOf } from '../facts/fact-schema.js';
import { words } from '../facts/words.js';
import type { Deck } from '../outline/compile-lecture.js';
import { searchIndexScript } from '../search/search-index.js';
import { searchDocuments } from '../search/search-documents.js';
import { deckDir, otherLanguages, pdfLinks, readerLinks, under } from '../site/deck-links.js';
import { pageMeta } from '../site/page-meta.js';
import type { PdfState, PdfStates } from '../site/pdf-ledger.js';
import { languageName, siteWords, type SiteWords } from '../site/site-words.js';
import { sitemap } from '../site/sitemap.js';
import { sortBy, surnameKey, titleKey } from './collate.js';
import { factView, sourceReferences } from './fact-view.js';
import { courseInfo, hasSourcesSlide, renderDeck, renderSlides } from './render-deck.js';
import type { TemplateRegistry } from './template-registry.js';
import { typesetHtml } from '../typeset/typeset-html.js';

export interface SiteOptions {
  /** Speaker notes (and the facts listed with them) in the public decks. */
  notes: boolean;
  /** The address the site is published at (sitemap, canonical links, Open Graph). */
  siteUrl?: string;
  /** The PDFs the output has for a deck whose slides, notes included, render as `slides`. */
  pdfStates(deck: Deck, slides: string): PdfStates;
  /** A language's course reader in the output, asked once the language's decks are rendered. */
  readerState?(lang: string): PdfState | undefined;
}

/** A deck's page, and with notes kept private, the lecturer's version of it (which `serve` shows). */
export interface DeckPageResult {
  html: string;
  lecturerHtml?: string;
  states: PdfStates;
}

/** Where each fact is used: lecture, language, slide (counted from 1, as the deck counts) and the slide's id. */
export type FactUsage = Map<string, Array<{ lectureId: string; lang: string; title: string; slide: number; slideId: string }>>;

export function factUsage(decks: Deck[]): FactUsage {
  const usage: FactUsage = new Map();
  for (const deck of decks) {
    for (const slide of deck.slides) {
      for (const id of slide.facts) {
        const list = usage.get(id) ?? [];
        list.push({ lectureId: deck.lectureId, lang: deck.lang, title: deck.title, slide: slide.index + 1, slideId: slide.id ?? String(slide.index) });
        usage.set(id, list);
      }
    }
  }
  return usage;
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
export function deckPath(deck: Deck): string {
  return `${deckDir(deck)}/index.html`;
}

/** A deck's page with its menu and metadata; its lecturer's version when the notes are private. */
export function renderDeckPage(deck: Deck, decks: Deck[], course: Course, templates: TemplateRegistry, options: SiteOptions): DeckPageResult {
  const withNotes = renderSlides(deck, course, templates).join('\n');
  const states = options.pdfStates(deck, withNotes);
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
  const page = (slides: string) => renderDeck(deck, course, templates, { slides, menu, meta });
  const html = page(options.notes ? withNotes : renderSlides(deck, course, templates, false).join('\n'));
  return { html, lecturerHtml: options.notes ? undefined : page(withNotes), states };
}

export type CoursePagesOptions = Omit<SiteOptions, 'pdfStates'> & { states: Map<string, PdfStates> };

/** The pages about the whole course: the home, and per language its home, search, fact index, people and glossary. */
export function renderCoursePages(course: Course, decks: Deck[], templates: TemplateRegistry, options: CoursePagesOptions): Map<string, string> {
  const files = new Map<string, string>();
  const langs = course.config.languages.filter((lang) => decks.some((d) => d.lang === lang));
  const homeLang = langs[0] ?? course.config.languages[0]!;
  const lectureIds = [...new Set(decks.map((d) => d.lectureId))].sort();
  const deckView = (deck: Deck, prefix: string) => {
    const pdfs = under(prefix, pdfLinks(deck, options.states.get(deckDir(deck)) ?? {}));
    return { lang: deck.lang, id: deck.lectureId, title: deck.title, subtitle: deck.subtitle, href: `${prefix}${deckPath(deck)}`, count: deck.slides.length + (hasSourcesSlide(deck) ? 1 : 0), pdfs, stale: pdfs.some((p) => !p.current) };
  };
  const lectures = lectureIds.map((id, n) => ({
    id,
    label: `${siteWords(homeLang).lecture} ${n + 1}`,
    decks: langs.map((lang) => {
      const deck = decks.find((d) => d.lectureId === id && d.lang === lang);
      return deck ? deckView(deck, '') : { lang };
    }),
  }));
  const nav = (prefix: string) => ({
    home: `${prefix}index.html`,
    langs: langs.map((lang) => ({
      lang,
      name: languageName(lang),
      words: { ...words(lang), ...siteWords(lang) },
      home: `${prefix}${lang}/index.html`,
      search: `${prefix}${lang}/search.html`,
      facts: `${prefix}${lang}/facts.html`,
      people: `${prefix}${lang}/people.html`,
      glossary: `${prefix}${lang}/glossary.html`,
    })),
  });
  const columns = langs.map((lang) => ({ lang, name: languageName(lang) }));
  const readers = new Map(langs.map((lang) => [lang, readerLinks(lang, options.readerState?.(lang))]));
  const footer = [...readers.values()].some((links) => links.length) ? langs.map((lang) => ({ lang, links: readers.get(lang)! })) : [];
  files.set('index.html', page(templates, 'home', homeLang, '', 'index.html', course, options, { lectures, langs: columns, nav: nav(''), readers: footer }));

  const usage = factUsage(decks);
  const involved = involvement(course);
  const fallback = course.config.languages[0]!;
  for (const lang of langs) {
    const link = (page: string) => (id: string) => ({ id, label: factView(course.store, id, lang, fallback)!.label, href: `${page}.html#${id}` });
    const references = sourceReferences(course.store, lang, fallback, citationStyle(course.config, course.root, lang));
    const view = (id: string) => {
      const fact = factView(course.store, id, lang, fallback, [], undefined, undefined, references)!;
      const uses = (usage.get(id) ?? [])
        .filter((u) => u.lang === lang)
        .map((u) => ({ ...u, href: `${u.lectureId}/index.html#/${encodeURIComponent(u.slideId)}` }));
      const people = peopleOf(course.store.get(id)!.fact).filter((p) => course.store.get(p)?.fact.type === 'person').map(link('people'));
      return { ...fact, uses, people, involvedIn: (involved.get(id) ?? []).map(link('facts')) };
    };
    const ids = [...course.store.facts.keys()].sort();
    const byType = (type: string) => ids.filter((id) => course.store.get(id)!.fact.type === type).map(view);
    const data = { nav: nav('../'), lang };
    const people = sortBy(byType('person'), (p) => surnameKey(p.label), lang);
    const terms = sortBy(byType('term'), (t) => titleKey(t.label, lang), lang);
    const groups = factGroups(ids.map(view), lang, people);
    const facts = groups.flatMap((g) => g.facts);
    const own = decks.filter((d) => d.lang === lang).sort((a, b) => (a.lectureId < b.lectureId ? -1 : 1));
    const at = (name: SitePage, body: Record<string, unknown>) =>
      files.set(`${lang}/${name === 'lang-home' ? 'index' : name}.html`, page(templates, name, lang, '../', `${lang}/${name === 'lang-home' ? 'index' : name}.html`, course, options, { ...data, ...body }));
    at('lang-home', { decks: own.map((d) => deckView(d, '../')), readers: under('../', readers.get(lang)!) });
    at('facts', { groups });
    at('people', { people });
    at('glossary', { terms });
    at('search', {});
    files.set(`${lang}/search-index.js`, searchIndexScript(searchDocuments({ decks: own, facts, people, terms, notes: options.notes })));
  }
  if (options.siteUrl) {
    const pages = [...files.keys(), ...decks.map(deckPath)].filter((p) => p.endsWith('.html')).sort();
    files.set('sitemap.xml', sitemap(options.siteUrl, pages));
  }
  return files;
}

/** The order the fact index lists the types of fact in; any other type follows. */
const TYPE_ORDER = ['event', 'person', 'figure', 'quote', 'term', 'place', 'document'];

/**
 * The fact index in groups, one per type of fact, each in the language's
 * order of what the reader sees: titles without opening quotation marks or
 * articles, people by surname (as the people page has them).
 */
function factGroups<T extends { type: string; label: string; id: string }>(facts: T[], lang: string, people: T[]): Array<{ type: string; heading: string; facts: T[] }> {
  const types = [...new Set(facts.map((f) => f.type))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return types.map((type) => ({
    type,
    heading: siteWords(lang).typeGroups[type as keyof SiteWords['typeGroups']] ?? type,
    facts: type === 'person' ? people : sortBy(facts.filter((f) => f.type === type), (f) => titleKey(f.label, lang), lang),
  }));
}

const rank = (type: string) => (TYPE_ORDER.includes(type) ? TYPE_ORDER.indexOf(type) : TYPE_ORDER.length);

/** For each person, the facts that name them (people: or speaker:), in the store's order (by date, then id). */
function involvement(course: Course): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  for (const fact of course.store.query({})) {
    for (const person of peopleOf(fact)) {
      if (course.store.get(person)?.fact.type !== 'person') continue;
      const list = byPerson.get(person) ?? [];
      list.push(fact.id);
      byPerson.set(person, list);
    }
  }
  return byPerson;
}

type SitePage = 'home' | 'lang-home' | 'facts' | 'people' | 'glossary' | 'search';

/** The word each course page is titled with (the homes take the course's title). */
const PAGE_TITLES: Record<Exclude<SitePage, 'home' | 'lang-home'>, (lang: string) => string> = {
  facts: (lang) => words(lang).factIndex,
  people: (lang) => words(lang).people,
  glossary: (lang) => words(lang).glossary,
  search: (lang) => siteWords(lang).search,
};

function page(templates: TemplateRegistry, name: SitePage, lang: string, prefix: string, path: string, course: Course, options: Omit<SiteOptions, 'pdfStates'>, data: Record<string, unknown>): string {
  const common = { lang, words: { ...words(lang), ...siteWords(lang) }, course: courseInfo(course, lang), assets: `${prefix}assets` };
  const body = templates.render(name, { ...common, ...data });
  const title = name === 'home' || name === 'lang-home' ? common.course.title : `${PAGE_TITLES[name](lang)}${common.words.dash}${common.course.title}`;
  const meta = pageMeta(options.siteUrl, { path, title, description: common.course.subtitle, lang, siteName: common.course.title });
  return typesetHtml(templates.render('site', { ...common, ...data, page: name, title, body, meta, search: `${prefix}${lang}/search.html` }), lang);
}
