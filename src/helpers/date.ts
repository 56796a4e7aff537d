import type { HelperOptions } from 'handlebars';
import { formatDate } from '../facts/format-fact.js';
import { factSpan, helperPosition, resolveFact, type LectureScope } from './lecture-scope.js';

/** `{{date "id"}}`: the date of an event, document or quote at its own precision; a person's life span. */
export function dateHelper(scope: LectureScope) {
  return function (this: unknown, id: unknown, options: HelperOptions) {
    const fact = resolveFact(scope, 'date', id, options, ['event', 'document', 'quote', 'person', 'figure']);
    if (!fact) return '';
    const value =
      fact.type === 'person'
        ? fact.born && fact.died
          ? { from: fact.born, to: fact.died }
          : fact.born
        : fact.type === 'figure'
          ? fact.asOf
          : 'date' in fact
            ? fact.date
            : undefined;
    if (value === undefined) {
      scope.diagnostics.error(scope.file, helperPosition(scope, options), 'helper-arguments', `fact "${fact.id}" has no date`, {
        hint: 'add "date:" to the fact',
      });
      return '';
    }
    return factSpan(fact.id, formatDate(value, scope.lang, scope.locales));
  };
}
