import type { HelperDelegate } from 'handlebars';
import type Handlebars from 'handlebars';
import { didYouMean } from '../facts/did-you-mean.js';
import { citeHelper } from './cite.js';
import { dateHelper } from './date.js';
import { factHelper } from './fact.js';
import { factsHelper } from './facts.js';
import { figureHelper } from './figure.js';
import { helperPosition, markHtml, type LectureScope } from './lecture-scope.js';
import { nameHelper } from './name.js';
import { quoteHelper } from './quote.js';
import { timelineHelper } from './timeline.js';

/** The fact helpers by name: each takes the lecture's scope and returns the Handlebars helper. */
export const FACT_HELPERS: Record<string, (scope: LectureScope) => HelperDelegate> = {
  fact: factHelper,
  date: dateHelper,
  name: nameHelper,
  figure: figureHelper,
  quote: quoteHelper,
  cite: citeHelper,
  timeline: timelineHelper,
  facts: factsHelper,
};

/** Registers the fact helpers on a Handlebars instance, and reports calls of helpers that do not exist. */
export function registerFactHelpers(hbs: typeof Handlebars, scope: LectureScope): void {
  for (const [name, make] of Object.entries(FACT_HELPERS)) {
    const helper = make(scope);
    // Helpers escape what they insert themselves and return HTML, which a mark stands for until Markdown is rendered.
    hbs.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const out = (helper as (...a: unknown[]) => unknown).apply(this, args);
      return typeof out === 'string' ? new hbs.SafeString(markHtml(scope, out)) : out;
    });
  }
  limitIterations(hbs, scope);
  // Handlebars' log helper prints to the console: in the middle of lectern's output (check --format json on stdout).
  hbs.unregisterHelper('log');
  const known = [...Object.keys(FACT_HELPERS), 'each', 'if', 'unless', 'with', 'lookup'];
  hbs.registerHelper('helperMissing', function (...args: unknown[]) {
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
  });
}

/** {{#each}} iterations a lecture may run in all: enough for every fact of a large course, a few times over. */
export const MAX_ITERATIONS = 100_000;

/**
 * Nested loops multiply: k levels of {{#each (facts)}} over m facts run m^k
 * times, which never ends for a dozen levels. {{#each}} counts what it walks
 * against the lecture's budget, and past it reports once and renders nothing.
 */
function limitIterations(hbs: typeof Handlebars, scope: LectureScope): void {
  const each = hbs.helpers.each as HelperDelegate;
  let iterations = 0;
  let reported = false;
  hbs.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    if (context && typeof context === 'object') {
      iterations += (context as { size?: number }).size ?? Object.keys(context).length;
    }
    if (iterations > MAX_ITERATIONS) {
      if (!reported) {
        reported = true;
        scope.diagnostics.error(scope.file, helperPosition(scope, options), 'helper-arguments', `{{#each}} loops run more than ${MAX_ITERATIONS} times in this lecture`, {
          hint: 'nested {{#each}} loops multiply: loop over fewer facts (facts tag="…"), or nest fewer loops',
        });
      }
      return '';
    }
    return each.call(this, context, options);
  });
}
