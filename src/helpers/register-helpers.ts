import type { HelperDelegate } from 'handlebars';
import type Handlebars from 'handlebars';
import type { OutlineHelper, OutlineHelpers } from '../outline/evaluate-outline.js';
import { didYouMean } from '../facts/did-you-mean.js';
import { citeHelper } from './cite.js';
import { dateHelper } from './date.js';
import { factHelper } from './fact.js';
import { factsHelper } from './facts.js';
import { figureHelper } from './figure.js';
import { helperPosition, type LectureScope } from './lecture-scope.js';
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

/** The fact helpers bound to one lecture, and the report of a call to a helper that does not exist. */
export function factHelpers(scope: LectureScope): OutlineHelpers {
  const helpers = Object.fromEntries(Object.entries(FACT_HELPERS).map(([name, make]) => [name, make(scope) as OutlineHelper]));
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
  return { helpers, missing };
}
