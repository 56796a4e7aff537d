import { textIn, textOr } from '../facts/format-fact.js';
import type { Source } from '../facts/fact-schema.js';

/** Words a derived short title keeps at most (Chicago's rule for short titles). */
const SHORT_WORDS = 4;

/** A title's main part: before its subtitle or its bracketed description. */
const MAIN_TITLE = /^(.*?)(?:\s*[:(]|\.\s|$)/u;

/**
 * The short title of a source, in a language: the one sources.yaml gives,
 * else the title's main part, cut to four words. An author-date style files
 * a source without an author under its title and cites it by its short
 * title: the reader finds the entry only if the short title is its start.
 */
export function shortTitle(source: Source, lang: string, fallback: string): string {
  const given = textIn(source.short, lang) ?? (textIn(source.title, lang) === undefined ? textIn(source.short, fallback) : undefined);
  if (given) return given;
  const title = textOr(source.title, lang, fallback);
  const main = MAIN_TITLE.exec(title)?.[1]?.trim() || title;
  const words = main.split(/\s+/);
  return words.length > SHORT_WORDS + 1 ? words.slice(0, SHORT_WORDS).join(' ') : main;
}

/** The author as a language names them: a source may give its author per language ({en: …, ru: …}). */
export function authorIn(source: Source, lang: string, fallback: string): string | undefined {
  return source.author === undefined ? undefined : textOr(source.author, lang, fallback);
}

/** How a source is named where it speaks for itself (a quotation without a speaker): its author, else its short title. */
export function sourceShortName(source: Source, lang: string, fallback: string): string {
  return authorIn(source, lang, fallback) ?? shortTitle(source, lang, fallback);
}

const comparable = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[«»“”„"‘’'.,:;!?]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a short title is the start of its title, as a reader looking it up would see: case, quotes and punctuation aside. */
export function startsTitle(short: string, title: string): boolean {
  return comparable(title).startsWith(comparable(short));
}
