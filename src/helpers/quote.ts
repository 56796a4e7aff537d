import type { HelperOptions } from 'handlebars';
import { sourceShortName } from '../bibliography/short-title.js';
import type { Fact } from '../facts/fact-schema.js';
import { formatDate, textIn, textOr } from '../facts/format-fact.js';
import { normaliseText } from '../facts/normalise-text.js';
import { escapeHtml } from '../html/escape-html.js';
import { citeLink, localise, resolveFact, type LectureScope } from './lecture-scope.js';

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
    const mark = citeLink(scope, fact);
    // An editorial note on the translation stands beside the attribution, outside the quoted words.
    const note = original ? undefined : textIn(fact.translationNote, scope.lang);
    // Without a speaker or a date the quotation is attributed to its source, not to a bare mark.
    const attribution = by || `<cite>${escapeHtml(sourceName(scope, quotedSource(fact)))}</cite>`;
    return [
      `<blockquote class="fact-quote" data-fact="${escapeHtml(fact.id)}">`,
      `<p>${escapeHtml(text)}</p>`,
      original ? '' : `<p class="original" lang="${escapeHtml(fact.lang)}">${escapeHtml(fact.text)}</p>`,
      `<footer>— ${attribution}${note ? ` <span class="translation-note">(${escapeHtml(note)})</span>` : ''} ${mark}</footer>`,
      '</blockquote>',
    ].join('');
  };
}

/**
 * The source a quotation's words come from: the citation whose quote holds
 * them. Another source may be cited beside it to correct it, and must not be
 * taken for its author.
 */
function quotedSource(fact: Extract<Fact, { type: 'quote' }>): string {
  const words = normaliseText(fact.text).text;
  const holding = fact.sources.find((c) => c.quote !== undefined && normaliseText(c.quote).text.includes(words));
  return (holding ?? fact.sources[0]!).source;
}

/** How a quotation without a speaker names its source: the author, else the short title the citation marks use. */
function sourceName(scope: LectureScope, id: string): string {
  const source = scope.store.sources.get(id)?.source;
  return source ? sourceShortName(source, scope.lang, scope.fallbackLang) : id;
}
