import type { Cite, CslItem } from '@citation-js/core';
import type { FactStore } from '../facts/fact-store.js';
import { citeWith, cslLocale, isNumericStyle, registerStyle, writesSourceLanguage } from './csl-styles.js';
import { sourceToCsl } from './source-to-csl.js';

/** One entry of a bibliography: the source's id and its reference, formatted as HTML by the style. */
export interface BibliographyEntry {
  id: string;
  html: string;
}

/** The CSL records of sources, in the given order, in a lecture's language. */
export function cslItems(store: FactStore, ids: string[], lang: string, fallback: string): CslItem[] {
  return ids.flatMap((id) => {
    const entry = store.sources.get(id);
    return entry ? [sourceToCsl(entry.source, lang, fallback, entry.record)] : [];
  });
}

/**
 * A lecture's sources as a bibliography in a citation style, in the style's
 * order: a numeric style keeps the order of first citation, which its
 * numbers follow; an author-date style sorts by author.
 */
export function formatBibliography(items: CslItem[], style: string, lang: string): BibliographyEntry[] {
  if (!items.length) return [];
  const template = registerStyle(style);
  const Cite = citeWith(template);
  const cite = new Cite(items);
  const inLocale = new Map<string, Map<string, string>>();
  const entries = (locale: string) => {
    let byId = inLocale.get(locale);
    if (!byId) {
      const list = cite.format('bibliography', { format: 'html', template, lang: cslLocale(locale), asEntryArray: true }) as Array<[string, string]>;
      inLocale.set(locale, (byId = new Map(list)));
    }
    return byId;
  };
  // A style that writes each reference in its source's language formats the whole list in that language too, so that a numeric style's numbers stay the lecture's.
  const languageOf = (id: string) => (writesSourceLanguage(style) && String(items.find((item) => item.id === id)?.language ?? '').split('-')[0]) || lang;
  return [...entries(lang)].map(([id, html]) => {
    const source = languageOf(id);
    return { id, html: entryBody(source === lang ? html : (entries(source).get(id) ?? html)) };
  });
}

/** A citeproc entry without its wrapper `<div class="csl-entry">`, which the template writes; its web addresses made links. */
function entryBody(html: string): string {
  const body = html.trim().replace(/^<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>$/, '$1').trim();
  return body.replace(/\bhttps?:\/\/(?:[\w\-.~:/?#[\]@!$()*+,;=%]|&#38;)+?(?=[.,;]?(?:[\s<&"']|$))/g, (url) => `<a href="${url}">${url}</a>`);
}

/** Makes the citation marks of one language's lectures: `(sources, numbers) => plain text`, escaped where it is written. */
export type CitationMarker = (sourceIds: string[], numbers: number[]) => string;

const markers = new WeakMap<FactStore, Map<string, CitationMarker>>();

/**
 * Citation marks in a style: a numeric style's marks are the numbers of the
 * sources slide ("[1, 3]"); an author-date style's come from the style,
 * disambiguated across the whole course ("(Conquest 1990; Getty 1993a)").
 */
export function citationMarker(store: FactStore, style: string, lang: string, fallback: string): CitationMarker {
  let byStyle = markers.get(store);
  if (!byStyle) markers.set(store, (byStyle = new Map()));
  const key = `${style}\u0000${lang}`;
  let marker = byStyle.get(key);
  if (marker) return marker;
  const template = registerStyle(style);
  if (isNumericStyle(template)) {
    marker = (_ids, numbers) => `[${numbers.join(', ')}]`;
  } else {
    let cite: Cite | undefined;
    const marks = new Map<string, string>();
    marker = (ids) => {
      const sorted = [...new Set(ids)].filter((id) => store.sources.has(id)).sort();
      if (!sorted.length) return '';
      const memo = sorted.join('\u0000');
      let mark = marks.get(memo);
      if (mark === undefined) {
        cite ??= new (citeWith(template))(cslItems(store, [...store.sources.keys()].sort(), lang, fallback).map(shortTitled));
        mark = String(cite.format('citation', { format: 'text', template, lang: cslLocale(lang), entry: sorted }));
        marks.set(memo, mark);
      }
      return mark;
    };
  }
  byStyle.set(key, marker);
  return marker;
}

/** In a citation mark, a work without an author goes by its short title when it has one. */
function shortTitled(item: CslItem): CslItem {
  return !item.author && !item.editor && item['title-short'] ? { ...item, title: item['title-short'] } : item;
}
