import type { Course } from '../course/load-course.js';

import { words, type Words } from '../facts/words.js';
import type { Deck } from '../outline/compile-lecture.js';
import { sortBy, surnameKey } from './collate.js';
import { factView } from './fact-view.js';
import { courseInfo, renderDeck } from './render-deck.js';
import type { TemplateRegistry } from './template-registry.js';
import { typesetHtml } from '../typeset/typeset-html.js';

export interface SiteOptions {
  /** Link to slides.pdf and handout.pdf beside each deck. */
  pdfs: boolean;
}

/** Where each fact is used: lecture, language, slide. */
export type FactUsage = Map<string, Array<{ lectureId: string; lang: string; title: string; slide: number }>>;

export function factUsage(decks: Deck[]): FactUsage {
  const usage: FactUsage = new Map();
  for (const deck of decks) {
    for (const slide of deck.slides) {
      for (const id of slide.facts) {
        const list = usage.get(id) ?? [];
        list.push({ lectureId: deck.lectureId, lang: deck.lang, title: deck.title, slide: slide.index });
        usage.set(id, list);
      }
    }
  }
  return usage;
}

/** Every file of the site but the assets: decks, the course home, and per language the fact index, people and glossary. */
export function renderSite(course: Course, decks: Deck[], templates: TemplateRegistry, options: SiteOptions): Map<string, string> {
  const files = new Map<string, string>();
  for (const deck of decks) files.set(deckPath(deck), renderDeck(deck, course, templates));
  for (const [path, html] of renderCoursePages(course, decks, templates, options)) files.set(path, html);
  return files;
}

/** A language's name in that language: "English", "русский", "Deutsch". */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Where a deck's page goes in the output. */
export function deckPath(deck: Deck): string {
  return `${deck.lang}/${deck.lectureId}/index.html`;
}

/** The pages about the whole course: the home, and per language the fact index, people and glossary. */
export function renderCoursePages(course: Course, decks: Deck[], templates: TemplateRegistry, options: SiteOptions): Map<string, string> {
  const files = new Map<string, string>();
  const langs = course.config.languages.filter((lang) => decks.some((d) => d.lang === lang));
  const homeLang = langs[0] ?? course.config.languages[0]!;
  const lectureIds = [...new Set(decks.map((d) => d.lectureId))].sort();
  const lectures = lectureIds.map((id) => ({
    id,
    decks: langs.map((lang) => {
      const deck = decks.find((d) => d.lectureId === id && d.lang === lang);
      return deck
        ? { lang, words: words(lang), title: deck.title, subtitle: deck.subtitle, href: `${lang}/${id}/index.html`, slides: `${lang}/${id}/slides.pdf`, handout: `${lang}/${id}/handout.pdf`, studentHandout: `${lang}/${id}/handout-student.pdf`, count: deck.slides.length + 1 }
        : { lang };
    }),
  }));
  const nav = (prefix: string) => ({
    home: `${prefix}index.html`,
    langs: langs.map((lang) => ({ lang, facts: `${prefix}${lang}/facts.html`, people: `${prefix}${lang}/people.html`, glossary: `${prefix}${lang}/glossary.html` })),
  });
  files.set(
    'index.html',
    page(templates, 'home', homeLang, '', course, { lectures, langs, languages: langs.map((lang) => ({ lang, name: languageName(lang) })), pdfs: options.pdfs, nav: nav('') }),
  );

  const usage = factUsage(decks);
  const fallback = course.config.languages[0]!;
  for (const lang of langs) {
    const view = (id: string) => {
      const fact = factView(course.store, id, lang, fallback)!;
      const uses = (usage.get(id) ?? [])
        .filter((u) => u.lang === lang)
        .map((u) => ({ ...u, href: `${u.lectureId}/index.html#/${u.slide}` }));
      return { ...fact, typeLabel: words(lang).types[fact.type as keyof Words['types']] ?? fact.type, uses };
    };
    const ids = [...course.store.facts.keys()].sort();
    const byType = (type: string) => ids.filter((id) => course.store.get(id)!.fact.type === type).map(view);
    const data = { nav: nav('../'), lang };
    files.set(`${lang}/facts.html`, page(templates, 'facts', lang, '../', course, { ...data, facts: ids.map(view) }));
    files.set(`${lang}/people.html`, page(templates, 'people', lang, '../', course, { ...data, people: sortBy(byType('person'), (p) => surnameKey(p.label), lang) }));
    files.set(`${lang}/glossary.html`, page(templates, 'glossary', lang, '../', course, { ...data, terms: sortBy(byType('term'), (t) => t.label, lang) }));
  }
  return files;
}

type SitePage = 'home' | 'facts' | 'people' | 'glossary';

/** The word each course page is titled with (the home page takes the course's title). */
const PAGE_TITLES: Record<Exclude<SitePage, 'home'>, 'factIndex' | 'people' | 'glossary'> = { facts: 'factIndex', people: 'people', glossary: 'glossary' };

function page(templates: TemplateRegistry, name: SitePage, lang: string, prefix: string, course: Course, data: Record<string, unknown>): string {
  const common = { lang, words: words(lang), course: courseInfo(course, lang), assets: `${prefix}assets` };
  const body = templates.render(name, { ...common, ...data });
  const title = name === 'home' ? common.course.title : `${common.words[PAGE_TITLES[name]]} — ${common.course.title}`;
  return typesetHtml(templates.render('site', { ...common, ...data, title, body }), lang);
}
