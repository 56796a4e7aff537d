import type { TypografContext } from 'typograf';

/** The language a typograf run works in: "en" for en-US, as Lectern names it. */
export function languageOf(context: TypografContext): string {
  return String(context.prefs.locale[0] ?? 'en').split('-')[0]!;
}
