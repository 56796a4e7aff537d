import type { HelperOptions } from 'handlebars';
import { formatDate } from '../facts/format-fact.js';
import { factStart } from '../facts/fact-store.js';
import { escapeHtml } from '../html/escape-html.js';
import { helperPosition, localise, resolveFact, type LectureScope } from './lecture-scope.js';

/** `{{timeline tag="…" person="…" from="…" to="…"}}`: the matching dated facts, in date order. */
export function timelineHelper(scope: LectureScope) {
  return function (this: unknown, options: HelperOptions) {
    const { tag, from, to, person } = options.hash as Record<string, unknown>;
    const query = { tag: str(tag), person: str(person), from: str(from), to: str(to) };
    // The person must be one: a misspelt id would only make the timeline empty.
    if (query.person !== undefined && !resolveFact(scope, 'timeline', query.person, options, ['person'])) return '';
    const facts = scope.store.query(query).filter((f) => (f.type === 'event' || f.type === 'document') && factStart(f) !== undefined);
    if (!facts.length) {
      scope.diagnostics.warning(scope.file, helperPosition(scope, options), 'empty-timeline', `no dated fact matches ${describe(query)}`, {
        hint: `check the tag${query.person ? ', the person' : ''} and the date bounds; events and documents with a date appear on timelines`,
        needs: 'facts',
      });
      return '';
    }
    const items = facts.map((f) => {
      resolveFact(scope, 'timeline', f.id, options);
      const date = 'date' in f && f.date ? formatDate(f.date, scope.lang, scope.locales) : '';
      const title = localise(scope, f, 'title', options);
      return `<li class="timeline-item" data-fact="${escapeHtml(f.id)}"><time>${escapeHtml(date)}</time><span>${escapeHtml(title)}</span></li>`;
    });
    return `<ol class="timeline">${items.join('')}</ol>`;
  };
}

function str(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

function describe(query: Record<string, string | undefined>): string {
  return Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ') || 'the query';
}
