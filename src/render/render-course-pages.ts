import { citationStyle } from '../bibliography/citation-style.js';
import type { Course } from '../course/load-course.js';
import { peopleOf } from '../facts/fact-schema.js';
import { words } from '../facts/words.js';
import type { Deck } from '../outline/compile-lecture.js';
import { searchIndexScript } from '../search/search-index.js';
import { searchDocuments } from '../search/search-documents.js';
import { deckDir, deckPath, pdfLinks, readerLinks, under } from '../site/deck-links.js';
import { pageMeta } from '../site/page-meta.js';
import { NO_CACHE, type PageCache } from '../site/page-cache.js';
import type { PdfStates } from '../site/pdf-ledger.js';
import { languageName, siteWords, type SiteWords } from '../site/site-words.js';
import { sitemap } from '../site/sitemap.js';
import { typesetHtml } from '../typeset/typeset-html.js';
import { sortBy, surnameKey, titleKey } from './collate.js';
import { factView, sourceReferences } from './fact-view.js';
import { courseInfo, hasSourcesSlide } from './render-deck.js';
import type { SiteOptions } from './render-site.js';
import type { TemplateRegistry } from './template-registry.js';

export type CoursePagesOptions = Omit<SiteOptions, 'pdfStates'> & {
  states: Map<string, PdfStates>;
  /** What the pages were made from last time (a live site keeps it between rebuilds). */
  cache?: PageCache;
};

/**
 * The pages about the whole course: the home, and per language its home,
 * search, fact index, people and glossary. With a cache, a page is made
 * again only when what it is made from changed: the fact pages and the
 * search index of a language when the facts, or where its decks use them,
 * changed; the search index also when one of its decks was compiled again.
 */
export function renderCoursePages(course: Course, decks: Deck[], templates: TemplateRegistry, options: CoursePagesOptions): Map<string, string> {
  return new Map(coursePages(course, decks, templates, options));
}

/** The course pages as renderCoursePages makes them, one by one: a live site lets the watcher in between them. */
export function* coursePages(course: Course, decks: Deck[], templates: TemplateRegistry, options: CoursePagesOptions): Generator<[string, string]> {
  const made: string[] = [];
  const cache = options.cache ?? NO_CACHE;
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
  /** A page made from `data`, or from `body()` where `key` says what that is made from (`data` is small, `body()` may not be). */
  const at = (name: SitePage, lang: string, prefix: string, data: Record<string, unknown>, key?: string, body: () => Record<string, unknown> = () => ({})): [string, string] => {
    const path = name === 'home' ? 'index.html' : `${lang}/${name === 'lang-home' ? 'index' : name}.html`;
    const input = `${JSON.stringify([name, lang, data])}\n${key ?? JSON.stringify(body())}`;
    made.push(path);
    return [path, cache.memo(path, input, () => page(templates, name, lang, prefix, path, course, options, { ...data, ...body() }))];
  };
  yield at('home', homeLang, '', { lectures, langs: columns, nav: nav(''), readers: footer });

  const ids = [...course.store.facts.keys()].sort();
  const involved = cache.ofStore(course.store, 'involvement', () => involvement(course));
  for (const lang of langs) {
    // In the order of `decks`, which is the order each fact lists its uses in.
    const inLang = decks.filter((d) => d.lang === lang);
    const own = [...inLang].sort((a, b) => (a.lectureId < b.lectureId ? -1 : 1));
    const uses = `${cache.idOf(course.store)}\n${inLang.map(usageKey).join('\n')}`;
    const known = () => cache.ofStore(course.store, `facts:${lang}`, () => factsWithoutUses(course, ids, lang, involved));
    const facts = once(() => cache.memo(`facts:${lang}`, uses, () => factPages(known(), inLang)));
    const data = { nav: nav('../'), lang };
    yield at('lang-home', lang, '../', { ...data, decks: own.map((d) => deckView(d, '../')), readers: under('../', readers.get(lang)!) });
    yield at('facts', lang, '../', data, uses, () => ({ groups: facts().groups }));
    // The people and the terms are fewer than the facts: their pages are made again only when what they show changed.
    yield at('people', lang, '../', data, undefined, () => ({ people: facts().people }));
    yield at('glossary', lang, '../', data, undefined, () => ({ terms: facts().terms }));
    yield at('search', lang, '../', data);
    const searched = `${uses}\n${options.notes}\n${own.map((d) => cache.idOf(d)).join(',')}`;
    const index = `${lang}/search-index.js`;
    made.push(index);
    yield [index, cache.memo(index, searched, () => searchIndexScript(searchDocuments({ decks: own, ...facts(), notes: options.notes })))];
  }
  if (options.siteUrl) {
    const pages = [...made, ...decks.map(deckPath)].filter((p) => p.endsWith('.html')).sort();
    yield ['sitemap.xml', sitemap(options.siteUrl, pages)];
  }
}

function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** A fact's use on a slide: lecture, language, slide (counted from 1, as the deck counts), the slide's id and the link to it. */
interface FactUse {
  lectureId: string;
  lang: string;
  title: string;
  slide: number;
  slideId: string;
  href: string;
}

/** Each deck's uses of facts, by fact: a deck not compiled again uses them as before. */
const deckUses = new WeakMap<Deck, Map<string, FactUse[]>>();

function usesIn(deck: Deck): Map<string, FactUse[]> {
  let uses = deckUses.get(deck);
  if (!uses) {
    uses = new Map();
    for (const slide of deck.slides) {
      const slideId = slide.id ?? String(slide.index);
      for (const id of slide.facts) {
        const use = { lectureId: deck.lectureId, lang: deck.lang, title: deck.title, slide: slide.index + 1, slideId, href: `${deck.lectureId}/index.html#/${encodeURIComponent(slideId)}` };
        const list = uses.get(id);
        if (list) list.push(use);
        else uses.set(id, [use]);
      }
    }
    deckUses.set(deck, uses);
  }
  return uses;
}

/** What the fact pages read from a deck: where it uses each fact. */
const usageKeys = new WeakMap<Deck, string>();

function usageKey(deck: Deck): string {
  let key = usageKeys.get(deck);
  if (key === undefined) usageKeys.set(deck, (key = JSON.stringify([deck.lectureId, deck.title, [...usesIn(deck)].map(([id, uses]) => [id, uses.map((u) => [u.slide, u.slideId])])])));
  return key;
}

type KnownFacts = ReturnType<typeof factsWithoutUses>;

/** The facts of a language with where its decks use them, as the fact index, the people page, the glossary and the search list them. */
function factPages(known: KnownFacts, decks: Deck[]) {
  const usage = new Map<string, FactUse[]>();
  for (const deck of decks) {
    for (const [id, uses] of usesIn(deck)) {
      const list = usage.get(id);
      if (list) list.push(...uses);
      else usage.set(id, [...uses]);
    }
  }
  const view = (id: string) => {
    const { fact, people, involvedIn } = known.views.get(id)!;
    return { ...fact, uses: usage.get(id) ?? [], people, involvedIn };
  };
  const people = known.people.map(view);
  const groups = known.groups.map(({ type, heading, ids }) => ({ type, heading, facts: type === 'person' ? people : ids.map(view) }));
  return { groups, people, terms: known.terms.map(view), facts: groups.flatMap((g) => g.facts) };
}

/**
 * What the course pages show of each fact in a language, but where it is
 * used: the fact, the people it names, the facts naming a person; and the
 * order the pages list them in (people by surname, terms and the other
 * facts by title, in the language's collation).
 */
function factsWithoutUses(course: Course, ids: string[], lang: string, involved: Map<string, string[]>) {
  const fallback = course.config.languages[0]!;
  const link = (page: string) => (id: string) => ({ id, label: factView(course.store, id, lang, fallback)!.label, href: `${page}.html#${id}` });
  const references = sourceReferences(course.store, lang, fallback, citationStyle(course.config, course.root, lang));
  const views = new Map(
    ids.map((id) => [
      id,
      {
        fact: factView(course.store, id, lang, fallback, [], undefined, undefined, references)!,
        people: peopleOf(course.store.get(id)!.fact).filter((p) => course.store.get(p)?.fact.type === 'person').map(link('people')),
        involvedIn: (involved.get(id) ?? []).map(link('facts')),
      },
    ]),
  );
  const all = ids.map((id) => views.get(id)!.fact);
  const byType = (type: string) => all.filter((f) => course.store.get(f.id)!.fact.type === type);
  const people = sortBy(byType('person'), (p) => surnameKey(p.label), lang);
  const terms = sortBy(byType('term'), (t) => titleKey(t.label, lang), lang);
  const groups = factGroups(all, lang, people).map(({ type, heading, facts }) => ({ type, heading, ids: facts.map((f) => f.id) }));
  return { views, people: people.map((f) => f.id), terms: terms.map((f) => f.id), groups };
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
  // KaTeX's stylesheet only on the pages that show a formula (a fact's text may hold one).
  const math = body.includes('class="katex"');
  return typesetHtml(templates.render('site', { ...common, ...data, page: name, title, body, meta, math, search: `${prefix}${lang}/search.html` }), lang);
}
