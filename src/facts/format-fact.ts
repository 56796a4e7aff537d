import type { LangText } from '../course/course-schema.js';
import type { DateOrRange, Fact } from './fact-schema.js';
import { CLOSED_RANGE_DASH, joinRange, spacedRangeDash } from '../typeset/range-dash.js';
import { words } from './words.js';

/** Languages whose dates read better in a regional form than in the bare language's default. */
const DEFAULT_LOCALES: Record<string, string> = { en: 'en-GB' };

export function localeFor(lang: string, locales: Record<string, string> = {}): string {
  return locales[lang] ?? DEFAULT_LOCALES[lang] ?? lang;
}

/** Text in a language, else in the fallback language, else the first there is: for labels that must show something. */
export function textOr(text: LangText | undefined, lang: string, fallback: string): string {
  return textIn(text, lang) ?? textIn(text, fallback) ?? (text && typeof text === 'object' ? (Object.values(text)[0] ?? '') : '');
}

/** Text in a language: undefined when it has no such translation. */
export function textIn(text: LangText | undefined, lang: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[lang];
}

type Precision = 'year' | 'month' | 'day';

function precision(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, p: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${p}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, OPTIONS[p])));
  return f;
}

function toDate(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y!);
  return date;
}

/**
 * Day ranges ("19–24 August") close up around their dash, ranges of full
 * dates take the language's spaced dash (see range-dash.ts); a day is bound
 * to its month by a non-breaking space, and in Russian "г." to its year.
 */
function typeset(text: string, lang: string): string {
  const closed = text
    .replace(/(^|\D)(\d{1,2})[\s\u2009]+–[\s\u2009]+(\d)/g, '$1$2–$3')
    .replace(/[\s\u2009]+–[\s\u2009]+/g, spacedRangeDash(lang));
  const days = closed.replace(/(^|[^\d\p{L}])(\d{1,2}\.?) (?=\p{L})/gu, '$1$2\u00a0');
  return lang === 'ru' ? days.replace(/[ \u202f](гг?\.)/g, '\u00a0$1') : days;
}

/** Russian writes a year with "г." and a span of years with "гг.". */
function yearText(text: string, lang: string, span: boolean): string {
  return lang === 'ru' ? `${text}\u00a0${span ? 'гг.' : 'г.'}` : text;
}

const formattedDates = new Map<string, string>();

/** A date or range at its own precision: "19 August 1936", «август 1936 г.», "19–24 August 1936". */
export function formatDate(value: DateOrRange, lang: string, locales?: Record<string, string>): string {
  const locale = localeFor(lang, locales);
  // A course names the same dates on many slides, in notes and on timelines: format each once.
  const key = `${locale}|${lang}|${typeof value === 'string' ? value : `${value.from}/${value.to}`}`;
  let text = formattedDates.get(key);
  if (text === undefined) formattedDates.set(key, (text = formatDateUncached(value, lang, locale)));
  return text;
}

function formatDateUncached(value: DateOrRange, lang: string, locale: string): string {
  if (typeof value === 'string') {
    if (precision(value) === 'year') return yearText(String(Number(value)), lang, false);
    return typeset(formatter(locale, precision(value)).format(toDate(value)), lang);
  }
  const [p, q] = [precision(value.from), precision(value.to)];
  if (p === 'year' && q === 'year') return yearText(joinRange(String(Number(value.from)), String(Number(value.to)), lang), lang, true);
  if (p === q) return typeset(formatter(locale, p).formatRange(toDate(value.from), toDate(value.to)), lang);
  return joinRange(formatDateUncached(value.from, lang, locale), formatDateUncached(value.to, lang, locale), lang);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
}

/** A figure with locale grouping, "about" when approximate, its range and unit. */
export function formatFigure(fact: Extract<Fact, { type: 'figure' }>, lang: string, locales?: Record<string, string>): string {
  const nf = numberFormat(localeFor(lang, locales));
  // A range of figures is closed up whatever its digit groups: "680 000–750 000".
  const number = fact.range ? `${nf.format(fact.range[0])}${CLOSED_RANGE_DASH}${nf.format(fact.range[1])}` : nf.format(fact.value!);
  const unit = textIn(fact.unit, lang);
  const about = fact.approx ? `${words(lang).about}\u00a0` : '';
  return `${about}${number}${unit ? `\u00a0${unit}` : ''}`;
}
