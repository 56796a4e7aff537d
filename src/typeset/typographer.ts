import { LECTERN_RULES } from './rules/index.js';
import { Typograf } from './typograf-class.js';

/** Typograf's locale for a language Lectern typesets; undefined for one it does not know. */
export function typografLocale(lang: string): string | undefined {
  const base = lang.split('-')[0]!;
  if (base === 'en') return lang === 'en-GB' ? 'en-GB' : 'en-US';
  return Typograf.hasLocale(lang) ? lang : Typograf.hasLocale(base) ? base : undefined;
}

/**
 * Rules left off: "(c)" is a list label in lecture notes as often as a
 * copyright sign, a bracket may belong to the word before it ("ВКП(б)"),
 * and digits are not phone numbers. Rules turned on: a number
 * bound to the word after it (units, "1936 г."). typograf's quotation rule
 * runs through Lectern's, once per run of text.
 */
const DISABLED = ['common/symbols/copy', 'common/space/beforeBracket', 'ru/other/phone-number', 'common/punctuation/quote'];
const ENABLED = ['common/nbsp/afterNumber'];

let registered = false;
const typographers = new Map<string, Typograf>();

/** One configured typograf per locale, Lectern's rules added once. */
export function typographer(locale: string): Typograf {
  if (!registered) {
    for (const rule of Object.values(LECTERN_RULES)) {
      if (Typograf.getRule(rule.name)) continue;
      const settings = rule.name.endsWith('QuotesPerRun') ? Typograf.getRule('common/punctuation/quote')!.settings : rule.settings;
      Typograf.addRule({ ...rule, settings: settings as Record<string, unknown> });
    }
    registered = true;
  }
  let tp = typographers.get(locale);
  if (!tp) {
    tp = new Typograf({ locale: [locale], disableRule: DISABLED, enableRule: ENABLED, processingSeparateParts: false });
    // Russian binds its short words and prepositions to the next word; English and German only one-letter words ("a", "I").
    if (locale !== 'ru') {
      tp.setSetting('common/nbsp/afterShortWord', 'lengthShortWord', 1);
      tp.disableRule('common/nbsp/afterShortWordByList');
    }
    typographers.set(locale, tp);
  }
  return tp;
}
