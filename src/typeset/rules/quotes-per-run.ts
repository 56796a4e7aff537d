import type { TypografContext, TypografRule } from 'typograf';
import { Typograf } from '../typograf-class.js';

/** Stands between the runs of text typeset in one go: no rule matches across it. */
export const RUN_SEPARATOR = '\n\uE0F0\n';

/**
 * typograf's own quotation rule, applied to each run of a batch apart:
 * quotes nest by counting, so one run's unbalanced mark must not turn the
 * next runs' quotes into inner ones.
 */
export const quotesPerRun: TypografRule = {
  name: 'common/punctuation/lecternQuotesPerRun',
  handler(text, settings, context) {
    const builtin = Typograf.getRule('common/punctuation/quote')!;
    const each = (run: string) => builtin.handler.call(this, run, settings, { ...context, text: run } as TypografContext);
    return text.includes('\uE0F0') ? text.split('\uE0F0').map(each).join('\uE0F0') : each(text);
  },
};
