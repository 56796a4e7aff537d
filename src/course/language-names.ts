/**
 * The languages Lectern has its own words for, each with its name for itself
 * as ICU gives it. Asking ICU (Intl.DisplayNames) loads its tables of language
 * names, tens of milliseconds of every build: these languages answer without.
 */
export const OWN_LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', ru: 'русский', de: 'Deutsch', fr: 'français', es: 'español', it: 'italiano' };

/** A language's name for itself ("English", "русский", "Deutsch"), or undefined when ICU knows none. */
export function ownLanguageName(lang: string): string | undefined {
  if (Object.hasOwn(OWN_LANGUAGE_NAMES, lang)) return OWN_LANGUAGE_NAMES[lang];
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
  } catch {
    return undefined;
  }
}
