import type { HelperOptions } from 'handlebars';
import { factSpan, localise, resolveFact, type LectureScope } from './lecture-scope.js';

/** `{{name "id"}}`: a person's name. */
export function nameHelper(scope: LectureScope) {
  return function (this: unknown, id: unknown, options: HelperOptions) {
    const fact = resolveFact(scope, 'name', id, options, ['person']);
    if (fact?.type !== 'person') return '';
    return factSpan(fact.id, localise(scope, fact, 'name', options));
  };
}
