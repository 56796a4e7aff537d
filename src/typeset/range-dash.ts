/**
 * How a range is joined, one rule per language. Between two simple ends
 * ("1880–1936", "19–24 August") an en dash, closed up; the typesetting pass
 * keeps it from breaking (see nowrap-ranges.ts). Between ends that hold a space
 * ("23 September 1883 – 25 August 1936", "1885 – May 1939") a spaced dash,
 * bound to the end before it by a no-break space: an en dash in English and
 * German; in Russian the em dash, as typograf and Russian book typography
 * set it ("23 сентября 1883 г. — 25 августа 1936 г.").
 */

/** The dash of a closed range. */
export const CLOSED_RANGE_DASH = '–';

const SPACED: Record<string, string> = { ru: '\u00a0— ' };

/** The dash of a spaced range in a language, with its spaces. */
export function spacedRangeDash(lang: string): string {
  return SPACED[lang.split('-')[0]!] ?? '\u00a0– ';
}

/** Two ends of a range joined by the language's dash: closed between simple ends, spaced when either end holds a space. */
export function joinRange(from: string, to: string, lang: string): string {
  return /\s/.test(from) || /\s/.test(to) ? `${from}${spacedRangeDash(lang)}${to}` : `${from}${CLOSED_RANGE_DASH}${to}`;
}
