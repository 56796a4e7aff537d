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
      // The options come last; a call with fewer arguments than the helper names ({{date}}) gets undefined for the rest.
      const marked: OutlineHelper = function (this: unknown, ...args: unknown[]) {
        const options = args.pop();
        const positional = [...args, ...Array<undefined>(Math.max(0, helper.length - 1 - args.length)).fill(undefined)];
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
