import type { HelperDelegate } from 'handlebars';
import type Handlebars from 'handlebars';
import type { OutlineHelper, OutlineHelpers } from '../outline/evaluate-outline.js';
import { didYouMean } from '../facts/did-you-mean.js';
import { citeHelper } from './cite.js';
import { dateHelper } from './date.js';
import { factHelper } from './fact.js';
import { factsHelper } from './facts.js';
import { figureHelper } from './figure.js';
import { helperPosition, markHtml, type LectureScope } from './lecture-scope.js';
import { nameHelper } from './name.js';
import { quoteHelper } from './quote.js';
import { termHelper } from './term.js';
import { timelineHelper } from './timeline.js';

/** The fact helpers by name: each takes the lecture's scope and returns the Handlebars helper. */
export const FACT_HELPERS: Record<string, (scope: LectureScope) => HelperDelegate> = {
  fact: factHelper,
  date: dateHelper,
  name: nameHelper,
  figure: figureHelper,
  quote: quoteHelper,
  term: termHelper,
  cite: citeHelper,
  timeline: timelineHelper,
  facts: factsHelper,
};

/** The positional arguments each fact helper reads, by name; named ones (tag="…") are read by the helper. */
export const HELPER_ARGUMENTS: Record<keyof typeof FACT_HELPERS, string[]> = {
  fact: ['id', 'field'],
  date: ['id'],
  name: ['id'],
  figure: ['id'],
  quote: ['id'],
  term: ['id'],
  cite: ['id'],
  timeline: [],
  facts: [],
};

/** Warns about the arguments of a call past those its helper reads, which would otherwise be dropped in silence. */
function warnExtraArguments(scope: LectureScope, name: string, args: unknown[], options: Handlebars.HelperOptions): void {
  const names = HELPER_ARGUMENTS[name] ?? [];
  if (args.length <= names.length) return;
  const extra = args.slice(names.length).map((a) => JSON.stringify(a)).join(', ');
  const usage = `{{${[name, ...names.map((n) => `"${n}"`)].join(' ')}}}`;
  scope.diagnostics.warning(scope.file, helperPosition(scope, options), 'helper-arguments', `{{${name}}} takes ${names.length ? `${names.length === 1 ? 'one argument' : `${names.length} arguments`} (${names.join(', ')})` : 'only named arguments (key="value")'}: ${extra} is ignored`, {
    hint: `write ${usage}; docs/authoring.md lists the helpers`,
  });
}

/** {{#each}} iterations a lecture may run in all: enough for every fact of a large course, a few times over. */
export const MAX_ITERATIONS = 100_000;

/**
 * The fact helpers bound to one lecture, the report of a call to a helper that
 * does not exist, and the lecture's loop budget: nested loops multiply (k
 * levels of {{#each (facts)}} over m facts run m^k times), so past
 * MAX_ITERATIONS a loop reports once and renders nothing.
 */
export function factHelpers(scope: LectureScope): OutlineHelpers {
  const helpers = Object.fromEntries(
    Object.entries(FACT_HELPERS).map(([name, make]) => {
      const helper = make(scope) as OutlineHelper;
      // Helpers escape what they insert themselves and return HTML, which a mark stands for until Markdown is rendered.
      // The options come last; a call with fewer arguments than the helper reads ({{date}}) gets undefined for the rest,
      // and one with more has the rest left out (and reported).
      const marked: OutlineHelper = function (this: unknown, ...args: unknown[]) {
        const options = args.pop() as Handlebars.HelperOptions;
        warnExtraArguments(scope, name, args, options);
        const positional = Array.from(HELPER_ARGUMENTS[name] ?? [], (_, i) => args[i]);
        const out = helper.apply(this, [...positional, options]);
        return typeof out === 'string' ? markHtml(scope, out) : out;
      };
      return [name, marked];
    }),
  );
  const known = [...Object.keys(FACT_HELPERS), 'each', 'if', 'unless', 'with'];
  const missing: OutlineHelper = (...args: unknown[]) => {
    const options = args.at(-1) as Handlebars.HelperOptions & { name: string };
    const guess = didYouMean(options.name, known);
    scope.diagnostics.error(
      scope.file,
      helperPosition(scope, options),
      'unknown-helper',
      `unknown helper "${options.name}"${guess ? ` — did you mean "${guess}"?` : ''}`,
      { hint: `the fact helpers are ${Object.keys(FACT_HELPERS).join(', ')}; write \\{{ for literal braces` },
    );
    return '';
  };
  let reported = false;
  const loops = {
    max: MAX_ITERATIONS,
    exceeded: (options: Handlebars.HelperOptions) => {
      if (reported) return;
      reported = true;
      scope.diagnostics.error(scope.file, helperPosition(scope, options), 'helper-arguments', `{{#each}} loops run more than ${MAX_ITERATIONS} times in this lecture`, {
        hint: 'nested {{#each}} loops multiply: loop over fewer facts (facts tag="…"), or nest fewer loops',
      });
    },
  };
  return { helpers, missing, loops };
}
