import { plainText } from '../html/plain-text.js';
import { cslItems, formatBibliography, type CitationMarker } from '../bibliography/format-bibliography.js';
import { authorIn } from '../bibliography/short-title.js';
import type { Fact } from '../facts/fact-schema.js';
import type { FactStore } from '../facts/fact-store.js';
import { formatDate, formatFigure, textIn, textOr } from '../facts/format-fact.js';
import { joinRange } from '../typeset/range-dash.js';

/** What templates show of a fact: its label and value in one language, its sources and disputes. */
export interface FactView {
  id: string;
  type: string;
  label: string;
  value?: string;
  summary?: string;
  /** What a person was ("party leader"). */
  role?: string;
  /** The citation mark of all the fact's sources, as the slide shows it: "(Conquest 1990; Getty 1993)", "[1, 3]". */
  mark?: string;
  /** Each source: its number on the sources slide, its mark in the citation style, its author and title. */
  citations: Array<{ number?: number; mark?: string; source: string; quote?: string; note?: string; page?: string }>;
  disputes: Array<{ field?: string; value: string; source: string; quote?: string; note?: string }>;
}

export interface SourceView {
  id: string;
  number: number;
  /** The reference in the lecture's citation style, as HTML. */
  entry: string;
  author?: string;
  title: string;
  year?: string;
  url?: string;
  kind: string;
}

const text = textOr;

/** The fact's main value, as the slide would show it. */
function valueOf(fact: Fact, lang: string, fallback: string, locales?: Record<string, string>): string | undefined {
  switch (fact.type) {
    case 'event':
      return formatDate(fact.date, lang, locales);
    case 'document':
    case 'quote':
      return fact.date ? formatDate(fact.date, lang, locales) : undefined;
    case 'person':
      if (fact.born && fact.died) return formatDate({ from: fact.born, to: fact.died }, lang, locales);
      return fact.born || fact.died ? joinRange(fact.born ? formatDate(fact.born, lang, locales) : '?', fact.died ? formatDate(fact.died, lang, locales) : '', lang) : undefined;
    case 'figure':
      return formatFigure(fact, lang, locales);
    case 'term':
      return text(fact.definition, lang, fallback);
    default:
      return undefined;
  }
}

function disputedValue(value: unknown, fact: Fact, lang: string, locales?: Record<string, string>): string {
  if (typeof value === 'number' && fact.type !== 'figure' && /^\d{4}$/.test(String(value))) return formatDate(String(value), lang, locales);
  if (typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return formatDate(value, lang, locales);
  if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
    return formatDate(value as { from: string; to: string }, lang, locales);
  }
  if (Array.isArray(value)) return value.length === 2 ? joinRange(String(value[0]), String(value[1]), lang) : value.join('–');
  if (value && typeof value === 'object') return textIn(value as Record<string, string>, lang) ?? JSON.stringify(value);
  return String(value);
}

export function factView(
  store: FactStore,
  id: string,
  lang: string,
  fallback: string,
  sourceNumbers: string[] = [],
  locales?: Record<string, string>,
  marker?: CitationMarker,
  references?: Map<string, string>,
): FactView | undefined {
  const fact = store.get(id)?.fact;
  if (!fact) return undefined;
  const sourceTitle = (sourceId: string) => {
    const reference = references?.get(sourceId);
    if (reference) return reference;
    const source = store.sources.get(sourceId)?.source;
    return source ? [authorIn(source, lang, fallback), text(source.title, lang, fallback)].filter(Boolean).join(', ') : sourceId;
  };
  const number = (sourceId: string) => {
    const n = sourceNumbers.indexOf(sourceId);
    return n < 0 ? undefined : n + 1;
  };
  const mark = (ids: string[]) => {
    const numbers = ids.map(number);
    return marker && numbers.every((n) => n !== undefined) ? marker(ids, (numbers as number[]).sort((a, b) => a - b)) || undefined : undefined;
  };
  return {
    id,
    type: fact.type,
    label: text(fact.type === 'person' ? fact.name : fact.type === 'quote' ? fact.title ?? fact.text : fact.title, lang, fallback),
    value: valueOf(fact, lang, fallback, locales),
    summary: fact.summary ? text(fact.summary, lang, fallback) : undefined,
    role: fact.type === 'person' && fact.role ? text(fact.role, lang, fallback) : undefined,
    mark: mark([...new Set(fact.sources.map((c) => c.source))]),
    citations: fact.sources.map((c) => ({
      number: number(c.source),
      mark: mark([c.source]),
      source: sourceTitle(c.source),
      quote: c.quote,
      note: c.note ? text(c.note, lang, fallback) : undefined,
      page: c.page,
    })),
    disputes: fact.disputed.map((d) => ({
      field: d.field,
      value: disputedValue(d.value, fact, lang, locales),
      source: sourceTitle(d.source),
      quote: d.quote,
      note: d.note ? text(d.note, lang, fallback) : undefined,
    })),
  };
}

/**
 * The sources of a lecture as its sources slide lists them: each formatted
 * as a reference in the citation style (`entry`, HTML), in the style's order,
 * with its number in the order of first citation and its plain fields.
 */
export function sourceViews(store: FactStore, ids: string[], lang: string, fallback: string, style: string): SourceView[] {
  const known = ids.filter((id) => store.sources.has(id));
  const entries = formatBibliography(cslItems(store, known, lang, fallback), style, lang);
  return entries.flatMap(({ id, html }) => {
    const source = store.sources.get(id)?.source;
    if (!source) return [];
    return [
      {
        id,
        number: ids.indexOf(id) + 1,
        entry: html,
        author: authorIn(source, lang, fallback),
        title: text(source.title, lang, fallback),
        year: source.year === undefined ? undefined : String(source.year),
        url: source.url,
        kind: source.kind,
      },
    ];
  });
}

/** Each source of the course as its bibliography writes it, as text: how a page that lists facts names their sources. */
export function sourceReferences(store: FactStore, lang: string, fallback: string, style: string): Map<string, string> {
  const entries = formatBibliography(cslItems(store, [...store.sources.keys()].sort(), lang, fallback), style, lang);
  return new Map(entries.map(({ id, html }) => [id, withoutFinalStop(plainText(html))]));
}

/** A reference's closing full stop, which a colon follows on the page; an abbreviation's ("n.d.", "S.") stays. */
function withoutFinalStop(reference: string): string {
  const last = reference.split(/\s/).at(-1) ?? '';
  return /^[^.]{2,}\.$/.test(last) ? reference.slice(0, -1) : reference;
}
