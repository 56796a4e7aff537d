import type { TypografRule } from 'typograf';
import { languageOf } from './rule-language.js';

/** Nested quotation marks per language: opening and closing. */
const INNER: Record<string, [string, string]> = { en: ['‘', '’'], ru: ['„', '“'], de: ['‚', '‘'] };

/**
 * Straight single quotes that the apostrophe rule left (`'Trotskyist'`):
 * typograf pairs double quotes only, so these become the language's nested
 * marks, opening after a space, bracket or quote, closing elsewhere.
 */
export const singleQuotes: TypografRule = {
  name: 'common/punctuation/lecternSingleQuotes',
  index: '+5',
  handler(text, _settings, context) {
    if (!text.includes("'")) return text;
    const [open, close] = INNER[languageOf(context)] ?? INNER.en!;
    return text
      .replace(/(^|[\s(\[«„“‘"\u00a0\u2014\u2013-])'(?=[\p{L}\p{N}])/gu, `$1${open}`)
      .replace(/'/g, close);
  },
};
