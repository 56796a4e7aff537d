import { words } from '../../facts/words.js';
import type { Course } from '../../course/load-course.js';
import { formatDate, textIn, textOr } from '../../facts/format-fact.js';
import { escapeHtml } from '../../html/escape-html.js';
import type { Deck } from '../../outline/compile-lecture.js';
import { handoutWords } from './handout-words.js';

export type HandoutVariant = 'lecturer' | 'student';

/** A lecture's number in its course: its place among the course's lectures, in file order, whatever languages are built. */
export function lectureNumber(course: Course, lectureId: string): number {
  const ids = [...new Set(course.outlines.map((o) => o.lectureId))].sort();
  return ids.indexOf(lectureId) + 1;
}

/** A front-matter date as the language writes it: ISO dates formatted, anything else as written. */
export function lectureDate(date: string | undefined, lang: string): string | undefined {
  if (!date) return undefined;
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? formatDate(date, lang) : date;
}

/** A language's own name for itself: "English", "русский", "Deutsch". */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** "Lecture 2: The Moscow show trials", as the reader's contents list it. */
export function lectureHeading(deck: Deck, number: number): string {
  return `${handoutWords(deck.lang).lecture} ${number}: ${deck.title}`;
}

/** "Lecture 2: The Moscow show trials — lecturer's handout", with the language's dash ("… – Handout für Lehrende"). */
export function handoutTitle(deck: Deck, number: number, variant: HandoutVariant): string {
  const w = handoutWords(deck.lang);
  return `${lectureHeading(deck, number)}${words(deck.lang).dash}${variant === 'lecturer' ? w.lecturerHandout : w.studentHandout}`;
}

/** The handout's cover: course, lecture number and title, lecturer, date, language, and which handout it is. */
export function handoutCover(course: Course, deck: Deck, number: number, variant: HandoutVariant | undefined): string {
  const w = handoutWords(deck.lang);
  const fallback = course.config.languages[0]!;
  const courseSubtitle = textIn(course.config.subtitle, deck.lang) ?? (course.config.subtitle ? textOr(course.config.subtitle, deck.lang, fallback) : '');
  const date = lectureDate(deck.date, deck.lang);
  const facts: Array<[string, string | undefined]> = [
    [w.lecturer, deck.lecturer],
    [w.date, date],
    [w.language, languageName(deck.lang)],
  ];
  const variantName = variant === 'lecturer' ? w.lecturerHandout : variant === 'student' ? w.studentHandout : '';
  return [
    '<div class="handout-cover">',
    `<p class="cover-course">${escapeHtml(textOr(course.config.title, deck.lang, fallback))}</p>`,
    `<p class="cover-course-subtitle">${escapeHtml(courseSubtitle)}</p>`,
    `<p class="cover-lecture">${escapeHtml(`${w.lecture} ${number}`)}</p>`,
    `<h1>${escapeHtml(deck.title)}</h1>`,
    deck.subtitle ? `<p class="cover-subtitle">${escapeHtml(deck.subtitle)}</p>` : '',
    '<dl>',
    ...facts.filter(([, v]) => v).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v!)}</dd>`),
    '</dl>',
    variantName ? `<p class="cover-variant">${escapeHtml(variantName[0]!.toUpperCase() + variantName.slice(1))}</p>` : '',
    '</div>',
  ].join('');
}
