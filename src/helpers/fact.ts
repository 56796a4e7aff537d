import type { HelperOptions } from 'handlebars';
import type { Fact } from '../facts/fact-schema.js';
import { factSpan, helperPosition, localise, resolveFact, type LectureScope } from './lecture-scope.js';

const FIELDS = ['title', 'name', 'summary', 'role', 'definition', 'unit', 'kind', 'text'] as const;

/** `{{fact "id"}}`: the fact's title (a person's name); `{{fact "id" "summary"}}`: one of its fields. */
export function factHelper(scope: LectureScope) {
  return function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as HelperOptions;
    const [id, field = 'title'] = args;
    const fact = resolveFact(scope, 'fact', id, options);
    if (!fact) return '';
    if (typeof field !== 'string' || !FIELDS.includes(field as (typeof FIELDS)[number])) {
      scope.diagnostics.error(scope.file, helperPosition(scope, options), 'helper-arguments', `{{fact}} has no field ${JSON.stringify(field)}`, {
        hint: `use one of ${FIELDS.join(', ')}`,
      });
      return '';
    }
    const name = field === 'title' && fact.type === 'person' ? 'name' : field;
    const record = fact as Fact & Record<string, unknown>;
    if (record[name] === undefined) {
      scope.diagnostics.error(scope.file, helperPosition(scope, options), 'helper-arguments', `fact "${fact.id}" has no ${name}`, {
        hint: `add "${name}:" to the fact, or use another field`,
      });
      return '';
    }
    const text = localise(scope, fact, name, options);
    return factSpan(fact.id, text);
  };
}
