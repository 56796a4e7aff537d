import { parse } from '@citation-js/name';

const collators = new Map<string, Intl.Collator>();

/** The language's collation order: "Ежов" after "Бухарин", "Öffentlichkeit" beside "Offen". */
export function collator(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })));
  return c;
}

/**
 * The key a person is sorted by: surname first ("Stalin, Joseph",
 * "Ribbentrop, Joachim von"), a parenthesised alias dropped.
 */
export function surnameKey(name: string): string {
  const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
  // A name of only spaces (or only an alias) has nothing to parse: the name parser throws on an empty one.
  if (!plain) return plain;
  const parsed = parse(plain);
  if (!parsed.family) return plain;
  return [parsed.family, [parsed.given, parsed['dropping-particle'], parsed['non-dropping-particle']].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** The articles a title may open with, which an index passes over ("The Old Guard" under O). */
const ARTICLES: Record<string, string[]> = {
  en: ['the', 'a', 'an'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines'],
  fr: ['le', 'la', 'les', 'un', 'une', "l'", 'l’'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', "l'", 'l’', "un'", 'un’'],
};

/**
 * The key a title is sorted by, as a reader looks it up: without the
 * quotation marks, brackets or dashes it opens with, and without a leading
 * article of its language ("“Trotskyite”" under T, "The Old Guard" under O).
 */
export function titleKey(title: string, lang: string): string {
  const plain = title.replace(/^[\p{P}\p{S}\s]+/u, '');
  for (const article of ARTICLES[lang.split('-')[0]!] ?? []) {
    const elided = /['’]$/.test(article);
    const head = plain.slice(0, article.length);
    if (head.toLocaleLowerCase(lang) !== article) continue;
    const rest = plain.slice(article.length);
    if (elided ? rest.length > 0 : /^\s+\S/u.test(rest)) return rest.replace(/^[\p{P}\p{S}\s]+/u, '');
  }
  return plain;
}

/** Sorts in place by a key, in the language's collation, ties broken by the key's code points for a stable order. */
export function sortBy<T>(list: T[], key: (item: T) => string, lang: string): T[] {
  // A collator loads the language's collation tables: none for a list with nothing to order.
  if (list.length < 2) return list;
  const compare = collator(lang).compare;
  return list.sort((a, b) => compare(key(a), key(b)) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
