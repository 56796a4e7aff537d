import type { TypografRule } from 'typograf';

/** Abbreviations of one word that stand before the word or number they belong to: "ca. 5 g", "Prof. Dr. Roth", "S. 12". */
const SINGLE = /(?<![\p{L}\p{N}.])(ca|Nr|S|Abb|Kap|Bd|Jh|Prof|Dr|Dipl|Hrsg|St)\. (?=[\p{L}\p{N}])/gu;

/** Abbreviations of two or three letters with a full stop each: "z. B.", "d. h.", "u. a.", "i. d. R.". */
const MULTI = /(?<![\p{L}\p{N}])([a-zäöü])\. ?([a-zäöüA-Z])\.(?: ?([A-Z])\.)?(?=\s|$|[,;:)])/gu;

/**
 * German abbreviations stay with what follows them and keep their parts
 * together, as German typesetting sets them: "ca.⍽5⍽g", "z.⍽B.⍽bei",
 * "Prof.⍽Dr.⍽Roth". typograf knows Russian abbreviations only.
 */
export const germanAbbreviations: TypografRule = {
  name: 'de/nbsp/lecternAbbreviations',
  handler(text) {
    return text
      .replace(MULTI, (_all, a: string, b: string, c?: string) => [a, b, c].filter(Boolean).map((letter) => `${letter}.`).join('\u00a0'))
      .replace(/(?<![\p{L}\p{N}])((?:[a-zäöü]\.\u00a0)+[a-zäöüA-Z]\.) (?=[\p{L}\p{N}])/gu, '$1\u00a0')
      .replace(SINGLE, '$1.\u00a0');
  },
};
