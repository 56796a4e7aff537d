import type { TypografRule } from 'typograf';
import { germanAbbreviations } from './german-abbreviations.js';
import { monthSpaces } from './month-spaces.js';
import { numberRanges } from './number-ranges.js';
import { quotesPerRun } from './quotes-per-run.js';
import { quotePunctuation } from './quote-punctuation.js';
import { singleQuotes } from './single-quotes.js';

/** Lectern's own typograf rules, by name: what typograf does not know about dates, ranges, nested quotes and German abbreviations. */
export const LECTERN_RULES: Record<string, TypografRule> = {
  'quotes-per-run': quotesPerRun,
  'single-quotes': singleQuotes,
  'month-spaces': monthSpaces,
  'number-ranges': numberRanges,
  'quote-punctuation': quotePunctuation,
  'german-abbreviations': germanAbbreviations,
};
