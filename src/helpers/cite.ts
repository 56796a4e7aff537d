import type { HelperOptions } from 'handlebars';
import { escapeHtml } from '../html/escape-html.js';
import { citeNumbers, resolveFact, type LectureScope } from './lecture-scope.js';

/** `{{cite "id"}}`: a citation mark linking to the lecture's sources slide. */
export function citeHelper(scope: LectureScope) {
  return function (this: unknown, id: unknown, options: HelperOptions) {
    const fact = resolveFact(scope, 'cite', id, options);
    if (!fact) return '';
    const numbers = citeNumbers(scope, fact).join(', ');
    return `<a class="cite" data-fact="${escapeHtml(fact.id)}" href="#/sources">[${numbers}]</a>`;
  };
}
