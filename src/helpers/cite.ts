import type { HelperOptions } from 'handlebars';
import { escapeHtml } from '../html/escape-html.js';
import { citeLink, resolveFact, type LectureScope } from './lecture-scope.js';

/** `{{cite "id"}}`: a citation mark in the lecture's citation style, linking to its sources slide. */
export function citeHelper(scope: LectureScope) {
  return function (this: unknown, id: unknown, options: HelperOptions) {
    const fact = resolveFact(scope, 'cite', id, options);
    if (!fact) return '';
    return citeLink(scope, fact, ` data-fact="${escapeHtml(fact.id)}"`);
  };
}
