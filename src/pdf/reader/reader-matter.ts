import type { Course } from '../../course/load-course.js';
import { textOr } from '../../facts/format-fact.js';
import { words } from '../../facts/words.js';
import { escapeHtml } from '../../html/escape-html.js';
import { textWithMath } from '../../markdown/math-in-text.js';
import type { Deck } from '../../outline/compile-lecture.js';
import { citationStyle } from '../../bibliography/citation-style.js';
import { factView, sourceViews } from '../../render/fact-view.js';
import { languageName } from '../handout/handout-cover.js';
import { handoutWords } from '../handout/handout-words.js';
import { courseAuthor } from '../../course/course-author.js';

/** A line of the reader's table of contents and a bookmark: its title and first page (1-based, as printed). */
export interface ContentsEntry {
  title: string;
  page: number;
}

/** The reader's cover: course, subtitle, lecturer, language, and what it is. */
export function readerCover(course: Course, lang: string): string {
  const w = handoutWords(lang);
  const fallback = course.config.languages[0]!;
  const subtitle = course.config.subtitle ? textOr(course.config.subtitle, lang, fallback) : '';
  const rows: Array<[string, string | undefined]> = [
    [w.lecturer, courseAuthor(course.config, lang)],
    [w.language, languageName(lang)],
  ];
  return [
    '<div class="handout-cover reader-cover">',
    `<p class="cover-lecture">${escapeHtml(w.courseReader)}</p>`,
    `<h1>${escapeHtml(textOr(course.config.title, lang, fallback))}</h1>`,
    subtitle ? `<p class="cover-subtitle">${escapeHtml(subtitle)}</p>` : '',
    '<dl>',
    ...rows.filter(([, v]) => v).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v!)}</dd>`),
    '</dl>',
    '</div>',
  ].join('');
}

/** The table of contents, with a page number for each entry. */
export function readerContents(lang: string, entries: ContentsEntry[]): string {
  const rows = entries.map((e) => `<li><span class="toc-title">${escapeHtml(e.title)}</span><span class="toc-page">${e.page}</span></li>`);
  return `<h2>${escapeHtml(handoutWords(lang).contents)}</h2><ol class="reader-toc">${rows.join('')}</ol>`;
}

/** The back matter, each part starting on a new page: the glossary, the people and one bibliography for the course. */
export function readerBackMatter(course: Course, decks: Deck[], lang: string): Array<{ title: string; html: string }> {
  const w = words(lang);
  const fallback = course.config.languages[0]!;
  const ids = [...course.store.facts.keys()].sort();
  const views = (type: string) =>
    ids
      .filter((id) => course.store.get(id)!.fact.type === type)
      .map((id) => factView(course.store, id, lang, fallback)!)
      .sort((a, b) => a.label.localeCompare(b.label, lang));
  const entry = (label: string, value: string | undefined, text: string | undefined) =>
    `<dt>${textWithMath(label)}${value ? ` (${textWithMath(value)})` : ''}</dt><dd>${text ? textWithMath(text) : ''}</dd>`;
  const terms = views('term');
  const people = views('person');
  // One bibliography for the course, in the course's citation style, sources numbered by first use.
  const sourceIds = [...new Set(decks.flatMap((d) => d.sources))];
  const sources = sourceViews(course.store, sourceIds, lang, fallback, citationStyle(course.config, course.root, lang));
  const parts = [
    terms.length && { title: w.glossary, html: `<h2>${escapeHtml(w.glossary)}</h2><dl>${terms.map((t) => entry(t.label, undefined, t.value)).join('')}</dl>` },
    people.length && { title: w.people, html: `<h2>${escapeHtml(w.people)}</h2><dl>${people.map((p) => entry(p.label, p.value, p.summary)).join('')}</dl>` },
    sources.length && {
      title: handoutWords(lang).bibliography,
      html: `<h2>${escapeHtml(handoutWords(lang).bibliography)}</h2><div class="bibliography csl-bib-body">${sources
        .map((source) => `<div class="csl-entry">${source.entry}</div>`)
        .join('')}</div>`,
    },
  ];
  return parts.filter((p): p is { title: string; html: string } => Boolean(p));
}
