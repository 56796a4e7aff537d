import type { TypografRule } from 'typograf';
import { CLOSED_RANGE_DASH, spacedRangeDash } from '../range-dash.js';
import { MONTHS } from './month-spaces.js';
import { languageOf } from './rule-language.js';

/** Two bare numbers joined by a hyphen or dash, spaced or not: "1936-1938", "1936 – 1938", "5 - 10". */
const RANGE = /(^|[^\p{L}\p{N}.,:\/\-–])(\d{1,4})([ \u00a0]?)[-–—]([ \u00a0]?)([1-9]\d{0,3})(?![\p{N}\-–]|[.,]\d)/gu;

/** A spaced dash between the end of a date (a number, "г.") and the start of the next (a number, a month): "1885 — May 1939". */
const SPACED_DATES = new RegExp(`(\\d|(?<!\\p{L})гг?\\.)[ \\u00a0\\u2009\\u202f]+[–—][ \\u00a0\\u2009\\u202f]+(?=\\d|(?:${MONTHS})(?!\\p{L}))`, 'gu');

/**
 * Ranges take the language's dash wherever they come from: the outline, a
 * fact or a formatted date (see range-dash.ts). Numbers of one length join
 * closed up ("1936–1938"); a spaced dash between numbers of different
 * lengths ("1936 – 2 September") or between dates joins two dates and takes
 * the language's spaced dash. A closed range is kept on one line by the pass (see nowrap-ranges.ts).
 */
export const numberRanges: TypografRule = {
  name: 'common/dash/lecternNumberRanges',
  // After the languages' own dash rules, which make a spaced hyphen a dash (and, in English, an em dash).
  index: '+5',
  handler(text, _settings, context) {
    const spaced = spacedRangeDash(languageOf(context));
    return text
      .replace(RANGE, (all, before: string, from: string, s1: string, s2: string, to: string) => {
        if (!s1 || !s2 || from.length === to.length) return `${before}${from}${CLOSED_RANGE_DASH}${to}`;
        return `${before}${from}${spaced}${to}`;
      })
      .replace(SPACED_DATES, `$1${spaced}`);
  },
};
