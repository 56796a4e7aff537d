import { localeFor } from '../facts/format-fact.js';

/**
 * Numbers and dates written out in running text, as a reader of the slide
 * sees them: "1 December 1934", «1 декабря 1934 г.», "December 1934",
 * "30,000", «13,8 млн», "50%", and ranges of them: "7–8 nm", "2–3 million"
 * (one finding, from `value` to `high`). Decades ("the 1930s", «1930-е»),
 * ordinals ("7th") and numbers of documents ("Order No. 00447") are names,
 * not data, and are left alone.
 */
export type NumberFinding =
  | { kind: 'date'; text: string; index: number; iso: string }
  | { kind: 'number'; text: string; index: number; value: number; high?: number };

/** Words that multiply the number before them, per language. */
const SCALE_WORDS: Record<string, Record<string, number>> = {
  en: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9 },
  ru: { 'тыс.': 1e3, тысяч: 1e3, тысячи: 1e3, 'млн': 1e6, 'млн.': 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, 'млрд': 1e9, 'млрд.': 1e9 },
  de: { Tausend: 1e3, Millionen: 1e6, Million: 1e6, 'Mio.': 1e6, Milliarden: 1e9 },
  es: { mil: 1e3, millón: 1e6, millones: 1e6, 'mill.': 1e6, 'mil millones': 1e9 },
  it: { mila: 1e3, milione: 1e6, milioni: 1e6, 'mln': 1e6, miliardo: 1e9, miliardi: 1e9 },
};

interface LanguageSyntax {
  /** Month names (every grammatical form the language uses in dates) → month number. */
  months: Map<string, number>;
  date: RegExp;
  number: RegExp;
}

const syntaxes = new Map<string, LanguageSyntax>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACES = ' \u00a0\u202f\u2009';
const LONG_DATE = { year: 'numeric', month: 'long', day: 'numeric' } as const;
/** What stands between the two numbers of a range: a dash, with or without spaces. */
const RANGE_DASH = new RegExp(`^[${SPACES}\u2060]*[-\u2010\u2011\u2012\u2013\u2014\u2212][${SPACES}\u2060]*$`);

function monthNames(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2000, m - 1, 15));
    for (const options of [{ month: 'long' }, { month: 'long', day: 'numeric' }] as const) {
      const parts = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(date);
      const name = parts.find((p) => p.type === 'month')?.value;
      if (name) names.set(name.toLowerCase(), m);
    }
  }
  return names;
}

/** The words a language's dates put between day, month and year: "de" in «1 de diciembre de 1934». */
function dateLinkWords(locale: string): string[] {
  const parts = new Intl.DateTimeFormat(locale, { ...LONG_DATE, timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2000, 11, 1)));
  const inner = parts.slice(1, -1).filter((p) => p.type === 'literal');
  return [...new Set(inner.flatMap((p) => p.value.match(/\p{L}+/gu) ?? []))];
}

function syntaxFor(lang: string): LanguageSyntax {
  let syntax = syntaxes.get(lang);
  if (syntax) return syntax;
  const locale = localeFor(lang);
  const months = monthNames(locale);
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const groupChar = parts.find((p) => p.type === 'group')?.value ?? ',';
  // A space-like group separator may be typed as any space; a comma or point only as itself.
  const group = SPACES.includes(groupChar) ? `[${SPACES}]` : escape(groupChar);
  const month = `(${[...months.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
  const year = '(\\d{4})';
  const day = '(\\d{1,2})\\.?';
  // Between the parts: spaces, and the language's linking word if it has one.
  const links = dateLinkWords(locale).map(escape);
  const sep = `[${SPACES}]+${links.length ? `(?:(?:${links.join('|')})[${SPACES}]+)?` : ''}`;
  // Day month year | month day, year | month year | day month.
  const date = new RegExp(
    `(?<![\\p{L}\\d])(?:${day}${sep}${month}${sep}${year}|${month}[${SPACES}]+${day},?[${SPACES}]+${year}|${month}${sep}${year}|${day}${sep}${month})(?![\\p{L}\\d])`,
    'giu',
  );
  const scales = Object.keys(SCALE_WORDS[lang] ?? {}).sort((a, b) => b.length - a.length).map(escape);
  const number = new RegExp(
    [
      '(?<![\\p{L}\\d.,]|№[ \\u00a0]?|\\bNo\\.[ \\u00a0]?|\\bNr\\.[ \\u00a0]?)',
      `(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?`,
      // A decade or an ordinal is not a quantity.
      '(?!\\d|[’\']?s\\b|-?(?:е|х|ые|ых|й|я|го|му)(?!\\p{L})|st\\b|nd\\b|rd\\b|th\\b)',
      scales.length ? `(?:[${SPACES}]+(${scales.join('|')}))?` : '()',
      '(%)?',
    ].join(''),
    'gu',
  );
  syntax = { months, date, number };
  syntaxes.set(lang, syntax);
  return syntax;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The numbers and dates in a piece of text, in order. */
export function findNumbers(text: string, lang: string): NumberFinding[] {
  const { months, date, number } = syntaxFor(lang);
  const found: NumberFinding[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(date)) {
    const [whole, d1, m1, y1, m2, d2, y2, m3, y3, d4, m4] = m;
    const monthName = (m1 ?? m2 ?? m3 ?? m4)!.toLowerCase();
    const month = months.get(monthName);
    if (!month) continue;
    const day = Number(d1 ?? d2 ?? d4 ?? 0);
    if (day > 31) continue;
    const year = y1 ?? y2 ?? y3;
    const iso = year ? `${year}-${pad(month)}${day ? `-${pad(day)}` : ''}` : `--${pad(month)}-${pad(day)}`;
    found.push({ kind: 'date', text: whole.trim(), index: m.index, iso });
    taken.push([m.index, m.index + whole.length]);
  }
  let previous: { finding: Extract<NumberFinding, { kind: 'number' }>; scaled: boolean } | undefined;
  for (const m of text.matchAll(number)) {
    if (taken.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const [whole, integer, fraction, scale, percent] = m;
    const digits = integer!.replace(/\D/g, '');
    const isYear = !fraction && !scale && !percent && /^\d{4}$/.test(integer!) && Number(digits) >= 1000 && Number(digits) < 2100;
    if (isYear) {
      found.push({ kind: 'date', text: whole, index: m.index, iso: digits });
      previous = undefined;
      continue;
    }
    const factor = scale ? (SCALE_WORDS[lang]?.[scale] ?? 1) : 1;
    const value = Number(`${digits}${fraction ? `.${fraction}` : ''}`);
    const low = previous?.finding;
    if (low && low.high === undefined && RANGE_DASH.test(text.slice(low.index + low.text.length, m.index))) {
      // "7–8 nm", "2–3 million": one range; a scale word after the second number applies to both.
      low.text = text.slice(low.index, m.index + whole.length).trim();
      if (!previous!.scaled) low.value *= factor;
      low.high = value * factor;
      continue;
    }
    const finding = { kind: 'number' as const, text: whole.trim(), index: m.index, value: value * factor };
    found.push(finding);
    previous = { finding, scaled: Boolean(scale) };
  }
  return found.sort((a, b) => a.index - b.index);
}
