import type { HelperOptions } from 'handlebars';
import { formatDate, textOr } from '../facts/format-fact.js';
import { escapeHtml } from '../html/escape-html.js';
import { citeNumbers, localise, resolveFact, type LectureScope } from './lecture-scope.js';

/**
 * `{{quote "id"}}`: a block quote with speaker, date and source mark. A quote
 * in another language shows its translation, with the original beneath.
 */
export function quoteHelper(scope: LectureScope) {
  return function (this: unknown, id: unknown, options: HelperOptions) {
    const fact = resolveFact(scope, 'quote', id, options, ['quote']);
    if (fact?.type !== 'quote') return '';
    const original = fact.lang === scope.lang;
    const text = original ? fact.text : localise(scope, fact, 'translations', options, fact.text);
    const speakerFact = fact.speaker ? scope.store.get(fact.speaker)?.fact : undefined;
    const speaker = speakerFact?.type === 'person' ? textOr(speakerFact.name, scope.lang, scope.fallbackLang) : undefined;
    if (speakerFact && !scope.used.has(speakerFact.id)) scope.used.set(speakerFact.id, scope.used.get(fact.id)!);
    const by = [speaker && `<span class="speaker">${escapeHtml(speaker)}</span>`, fact.date && escapeHtml(formatDate(fact.date, scope.lang, scope.locales))]
      .filter(Boolean)
      .join(', ');
    const mark = `<a class="cite" href="#/sources">[${citeNumbers(scope, fact).join(', ')}]</a>`;
    return [
      `<blockquote class="fact-quote" data-fact="${escapeHtml(fact.id)}">`,
      `<p>${escapeHtml(text)}</p>`,
      original ? '' : `<p class="original" lang="${escapeHtml(fact.lang)}">${escapeHtml(fact.text)}</p>`,
      `<footer>${by ? `— ${by} ` : ''}${mark}</footer>`,
      '</blockquote>',
    ].join('');
  };
}
