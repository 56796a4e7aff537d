import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { hasWords, WORD_LANGUAGES } from '../facts/words.js';
import type { YamlSource } from './read-yaml.js';

/** Warns, at its place in course.yaml, about each language Lectern has no words in: its labels fall back to English. */
export function warnUntranslatedLanguages(languages: string[], yaml: YamlSource, diagnostics: Diagnostics): void {
  languages.forEach((lang, i) => {
    if (hasWords(lang)) return;
    diagnostics.warning(yaml.file, yaml.locate(['languages', i]), 'untranslated-language', `Lectern has no words of its own in "${lang}": its labels (Sources, Slide, Page, …) fall back to English`, {
      hint: `Lectern speaks ${WORD_LANGUAGES.join(', ')}; the course's own text is used as written`,
    });
  });
}
