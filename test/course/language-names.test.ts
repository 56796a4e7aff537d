import { afterEach, describe, expect, it } from 'vitest';
import { langCode } from '../../src/course/course-schema.js';
import { OWN_LANGUAGE_NAMES, ownLanguageName } from '../../src/course/language-names.js';
import { languageName } from '../../src/site/site-words.js';

const DisplayNames = Intl.DisplayNames;
afterEach(() => {
  Intl.DisplayNames = DisplayNames;
});

/** Counts the Intl.DisplayNames made from now on. */
function countDisplayNames(): { made: number } {
  const count = { made: 0 };
  Intl.DisplayNames = new Proxy(DisplayNames, {
    construct(target, args: ConstructorParameters<typeof DisplayNames>) {
      count.made++;
      return new target(...args);
    },
  });
  return count;
}

describe('the languages Lectern has its own words for', () => {
  it('are named as ICU names them, and known to it', () => {
    const known = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    for (const [lang, name] of Object.entries(OWN_LANGUAGE_NAMES)) {
      expect(name).toBe(new Intl.DisplayNames([lang], { type: 'language' }).of(lang));
      expect(known.of(lang), lang).toBeDefined();
    }
  });

  it('are checked and named without loading ICU\'s language names; other languages ask ICU', () => {
    const displayNames = countDisplayNames();
    expect(langCode.safeParse('ru').success).toBe(true);
    expect([languageName('en'), languageName('ru')]).toEqual(['English', 'Русский']);
    expect(displayNames.made).toBe(0);
    expect(langCode.safeParse('pt-BR').success).toBe(true);
    expect(langCode.safeParse('xx').success).toBe(false);
    expect(ownLanguageName('pt')).toBe('português');
    expect(displayNames.made).toBe(2);
  });
});
