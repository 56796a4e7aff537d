import type { TypografRule } from 'typograf';
import { languageOf } from './rule-language.js';

const CLOSING = '»“”’‘';

/**
 * One full stop where a quotation ends a sentence: "…end.”." loses the
 * second. Russian keeps the stop outside the quotation («…конец».), the
 * other languages inside it; a question or exclamation mark inside ends the
 * sentence by itself.
 */
export const quotePunctuation: TypografRule = {
  name: 'common/punctuation/lecternQuotePunctuation',
  index: '+10',
  handler(text, _settings, context) {
    const doubled = new RegExp(`([.!?…])([${CLOSING}]+)\\.`, 'g');
    const ru = languageOf(context) === 'ru';
    return text.replace(doubled, (_all, mark: string, quotes: string) => (ru && mark === '.' ? `${quotes}.` : `${mark}${quotes}`));
  },
};
