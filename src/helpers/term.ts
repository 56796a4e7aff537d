import type { HelperOptions } from 'handlebars';
import { factSpan, localise, resolveFact, type LectureScope } from './lecture-scope.js';

/**
 * `{{term "id"}}`: a glossary term with its definition, set one way in every
 * language, as a dictionary sets it: the term in bold ending in a full stop,
 * then the definition.
 */
export function termHelper(scope: LectureScope) {
  return function (this: unknown, id: unknown, options: HelperOptions) {
    const fact = resolveFact(scope, 'term', id, options, ['term']);
    if (fact?.type !== 'term') return '';
    const title = localise(scope, fact, 'title', options);
    const stop = /[.!?…]$/.test(title) ? '' : '.';
    return `<strong class="term">${factSpan(fact.id, title)}${stop}</strong> ${factSpan(fact.id, localise(scope, fact, 'definition', options))}`;
  };
}
