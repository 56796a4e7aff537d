import type { TypografRule } from 'typograf';

/** Two bare numbers joined by a hyphen or dash, spaced or not: "1936-1938", "1936 – 1938", "5 - 10". */
const RANGE = /(^|[^\p{L}\p{N}.,:\/\-–])(\d{1,4})([ \u00a0]?)[-–—]([ \u00a0]?)([1-9]\d{0,3})(?![\p{N}\-–]|[.,]\d)/gu;

/**
 * A range of numbers takes an en dash, closed up, wherever it comes from: the
 * outline, a fact or a formatted date. A spaced dash between numbers of
 * different lengths ("1936 – 2 September") joins two dates: it stays an en
 * dash with its spaces, bound to the number before it.
 */
export const numberRanges: TypografRule = {
  name: 'common/dash/lecternNumberRanges',
  // After the languages' own dash rules, which make a spaced hyphen a dash.
  index: '+5',
  handler(text) {
    return text.replace(RANGE, (all, before: string, from: string, s1: string, s2: string, to: string) => {
      if (!s1 || !s2 || from.length === to.length) return `${before}${from}–${to}`;
      return `${before}${from}\u00a0– ${to}`;
    });
  },
};
