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
  const parsed = parse(plain);
  if (!parsed.family) return plain;
  return [parsed.family, [parsed.given, parsed['dropping-particle'], parsed['non-dropping-particle']].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** Sorts in place by a key, in the language's collation, ties broken by the key's code points for a stable order. */
export function sortBy<T>(list: T[], key: (item: T) => string, lang: string): T[] {
  const compare = collator(lang).compare;
  return list.sort((a, b) => compare(key(a), key(b)) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
