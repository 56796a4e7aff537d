import type { HelperOptions } from 'handlebars';
import { formatFigure } from '../facts/format-fact.js';
import { factSpan, localise, resolveFact, type LectureScope } from './lecture-scope.js';

/** `{{figure "id"}}`: a number with its unit, locale grouping, "about" and range. */
export function figureHelper(scope: LectureScope) {
  return function (this: unknown, id: unknown, options: HelperOptions) {
    const fact = resolveFact(scope, 'figure', id, options, ['figure']);
    if (fact?.type !== 'figure') return '';
    if (fact.unit !== undefined) localise(scope, fact, 'unit', options);
    return factSpan(fact.id, formatFigure(fact, scope.lang, scope.locales), 'fact figure');
  };
}
