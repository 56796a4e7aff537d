import type { HelperOptions } from 'handlebars';
import type { LectureScope } from './lecture-scope.js';

/**
 * `(facts tag="…" type="…" person="…" from="…" to="…")`: the matching facts for
 * `{{#each}}`, each with its `id` and `type`; render their text with the
 * other helpers (`{{fact id}}`, `{{date id}}`), which mark them as used.
 */
export function factsHelper(scope: LectureScope) {
  return function (this: unknown, options: HelperOptions) {
    const hash = options.hash as Record<string, unknown>;
    const str = (v: unknown) => (v === undefined ? undefined : String(v));
    return scope.store
      .query({ tag: str(hash.tag), type: str(hash.type), from: str(hash.from), to: str(hash.to), person: str(hash.person) })
      .map((f) => ({ id: f.id, type: f.type, tags: f.tags }));
  };
}
