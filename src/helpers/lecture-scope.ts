import type { HelperOptions } from 'handlebars';
import type { LangText } from '../course/course-schema.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../facts/did-you-mean.js';
import type { Fact, FactType } from '../facts/fact-schema.js';
import type { FactStore } from '../facts/fact-store.js';
import { textIn } from '../facts/format-fact.js';
import { toPosition } from '../diagnostics/position.js';
import { helperMark } from '../markdown/helper-html.js';
import { textWithMath } from '../markdown/math-in-text.js';
import { escapeHtml } from '../html/escape-html.js';

/** What the fact helpers of one lecture share: where they are, what they may use, what they record. */
export interface LectureScope {
  lang: string;
  file: string;
  /** Lines before the outline's body (its front matter). */
  lineOffset: number;
  /** Body lines (0-based) that the lines of the text the helpers run on come from, when included files added lines. */
  bodyLines?: number[];
  store: FactStore;
  diagnostics: Diagnostics;
  translations: 'strict' | 'fallback';
  fallbackLang: string;
  locales?: Record<string, string>;
  /** Facts the lecture uses, in order of first use. */
  used: Map<string, Position>;
  /** Source ids in order of first citation: the numbering of the sources slide. */
  citedSources: string[];
  /** Citation marks in the lecture's citation style (default: the numbers of the sources slide in brackets). */
  citeMark?: (sourceIds: string[], numbers: number[]) => string;
  /** The HTML the helpers inserted, in order: the expanded outline holds a mark for each (see markHtml). */
  inserted: string[];
}

/** The outline position of a helper call (Handlebars: 1-based lines, 0-based columns). */
export function helperPosition(scope: LectureScope, options: HelperOptions): Position {
  const loc = (options as HelperOptions & { loc?: { start: { line: number; column: number } } }).loc;
  // Handlebars counts lines from 1 and columns from 0.
  if (!loc) return { line: scope.lineOffset + 1, column: 1 };
  const line = scope.bodyLines ? (scope.bodyLines[loc.start.line - 1] ?? loc.start.line - 1) + 1 : loc.start.line;
  return toPosition(line, loc.start.column, { columnBase: 0, lineOffset: scope.lineOffset });
}

/** Looks a fact up for a helper, reporting unknown ids and wrong types where the helper stands. */
export function resolveFact(
  scope: LectureScope,
  helper: string,
  id: unknown,
  options: HelperOptions,
  types?: FactType[],
): Fact | undefined {
  const at = helperPosition(scope, options);
  if (typeof id !== 'string' || !id) {
    scope.diagnostics.error(scope.file, at, 'helper-arguments', `{{${helper}}} needs a fact id`, {
      hint: `write {{${helper} "fact-id"}}`,
    });
    return undefined;
  }
  const entry = scope.store.get(id);
  if (!entry && scope.store.invalidFacts.has(id)) return undefined;
  if (!entry) {
    const guess = didYouMean(id, scope.store.facts.keys());
    scope.diagnostics.error(scope.file, at, 'unknown-fact', `unknown fact "${id}"${guess ? ` — did you mean "${guess}"?` : ''}`, {
      hint: 'facts are defined in facts/*.yaml; check the id',
      needs: 'facts',
    });
    return undefined;
  }
  if (types && !types.includes(entry.fact.type)) {
    scope.diagnostics.error(
      scope.file,
      at,
      'wrong-fact-type',
      `{{${helper} "${id}"}} needs a fact of type ${types.join(' or ')}, but "${id}" is ${article(entry.fact.type)}`,
      { hint: helper === 'name' || helper === 'date' ? `use {{fact "${id}"}} for its title` : undefined },
    );
    return undefined;
  }
  if (!scope.used.has(id)) scope.used.set(id, at);
  return entry.fact;
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/**
 * The text of a fact's key in the lecture's language. A missing translation
 * is reported where the helper stands and where the fact is written, and
 * falls back to `fallback` (else the default language, else any).
 */
export function localise(scope: LectureScope, fact: Fact, key: string, options: HelperOptions, fallback?: string): string {
  const text = (fact as Fact & Record<string, unknown>)[key] as LangText | undefined;
  if (text === undefined) return '';
  const found = textIn(text, scope.lang);
  if (found !== undefined) return found;
  const report = scope.translations === 'fallback' ? 'warning' : 'error';
  const what = key === 'translations' ? `quote "${fact.id}" has no "${scope.lang}" translation` : `the ${key} of "${fact.id}" has no "${scope.lang}" text`;
  const entry = scope.store.get(fact.id);
  const add = key === 'translations' ? `add "${scope.lang}: …" under "translations:"` : `add "${scope.lang}: …" to "${key}:"`;
  const shown = key === 'translations' ? 'the original' : `the "${scope.fallbackLang}" text`;
  scope.diagnostics[report](scope.file, helperPosition(scope, options), 'missing-translation', what, {
    hint: `${entry ? `${add} of the fact, written at the place below` : add}${report === 'error' ? `, or set "translations: fallback" in course.yaml to show ${shown}` : ''}`,
    related: entry ? [{ file: entry.file, start: entry.locate([key]), message: `fact "${fact.id}": ${add}` }] : undefined,
  });
  return fallback ?? textIn(text, scope.fallbackLang) ?? Object.values(text)[0] ?? '';
}

/**
 * Stands a helper's HTML aside and returns the mark that takes its place in
 * the expanded outline; Markdown puts the HTML back as it is, whatever
 * `html` says about the author's own.
 */
export function markHtml(scope: LectureScope, html: string): string {
  return html ? helperMark(scope.inserted.push(html) - 1) : '';
}

/** A fact's inserted text, escaped (its $…$ formulas typeset) and marked with the fact it came from. */
export function factSpan(id: string, text: string, cls = 'fact'): string {
  return `<span class="${cls}" data-fact="${escapeHtml(id)}">${textWithMath(text)}</span>`;
}

/** The numbers of a fact's sources on the lecture's sources slide, numbering new ones. */
export function citeNumbers(scope: LectureScope, fact: Fact): number[] {
  return [...new Set(fact.sources.map((c) => c.source))].map((source) => {
    let n = scope.citedSources.indexOf(source);
    if (n < 0) n = scope.citedSources.push(source) - 1;
    return n + 1;
  }).sort((a, b) => a - b);
}

/** A fact's citation mark, linking to the sources slide: its sources' numbers, or the style's own mark ("(Conquest 1990)"). */
export function citeLink(scope: LectureScope, fact: Fact, attributes = ''): string {
  const numbers = citeNumbers(scope, fact);
  const text = scope.citeMark ? scope.citeMark([...new Set(fact.sources.map((c) => c.source))], numbers) : `[${numbers.join(', ')}]`;
  return `<a class="cite"${attributes} href="#/sources">${escapeHtml(text)}</a>`;
}
