import type { TypografRule } from 'typograf';

/** Month names as dates are written in English, German and Russian (Russian in both cases). */
export const MONTHS = [
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember',
  'январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]',
].join('|');

// Each pattern matches the space alone and looks at its context from there, the cheap test first
// (a digit before it, a digit after it): trying every month name at every place of a page costs
// several times more.
const DAY_MONTH = new RegExp(`(?<=\\d\\.?) (?=(?:${MONTHS})(?!\\p{L}))(?<=(?<![\\p{L}\\p{N}])\\d{1,2}\\.? )`, 'gu');
const MONTH_YEAR = new RegExp(` (?=\\d{1,4}(?!\\d))(?<=(?<!\\p{L})(?:${MONTHS}) )`, 'gu');

/**
 * A date stays on one line: the day is bound to its month ("19 August",
 * "19. August") and the month to the year or day after it ("August 1936",
 * "August 19"), in every language Lectern typesets.
 */
export const monthSpaces: TypografRule = {
  name: 'common/nbsp/lecternMonthSpaces',
  handler(text) {
    return text.replace(DAY_MONTH, '\u00a0').replace(MONTH_YEAR, '\u00a0');
  },
};
