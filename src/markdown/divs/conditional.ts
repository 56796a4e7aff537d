import type { MarkdownEnv } from '../markdown-env.js';
import { divMeta, type DivKind } from './div-kind.js';

/**
 * The format names that select a Lectern deck in Quarto's conditions: its own
 * (`revealjs`) and those Quarto counts every HTML format as.
 */
const DECK_FORMATS = new Set(['revealjs', 'html', 'html:js', 'html5', 'html4']);

const CLASSES = ['content-visible', 'content-hidden'];

/** Whether one of the formats a `when-format` / `unless-format` value names (comma- or space-separated) is the deck's. */
function namesDeck(value: string): boolean {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((format) => DECK_FORMATS.has(format.toLowerCase()));
}

/**
 * Quarto's conditional content, by its rules for the revealjs format:
 * `::: {.content-visible when-format="revealjs"}` shows its content only in
 * the deck, `unless-format` the other way round, and `.content-hidden` is
 * the opposite of `.content-visible`. Shown content takes the place of the
 * div (a div may hold whole slides); hidden content is not rendered at all.
 * `when-meta` / `unless-meta` are reported and left out of the decision.
 */
export const conditional: DivKind = {
  matches: (meta) => meta.classes.some((c) => CLASSES.includes(c)),
  transform(state, open, close) {
    const tokens = state.tokens;
    const meta = divMeta(tokens[open]!);
    const env = state.env as MarkdownEnv;
    const line = tokens[open]!.map?.[0] ?? 0;
    let selected = true;
    for (const [key, value] of meta.values) {
      if (key === 'when-format') selected &&= namesDeck(value);
      else if (key === 'unless-format') selected &&= !namesDeck(value);
      else if (key === 'when-meta' || key === 'unless-meta') {
        env.warn?.(line, 'unsupported-attribute', `attribute "${key}" is not supported by Lectern: the condition is decided by the format alone`, 'use when-format or unless-format, or remove the condition');
      }
    }
    const shown = meta.classes.includes('content-visible') ? selected : !selected;
    if (!shown) {
      tokens.splice(open, close - open + 1);
      return -(close - open + 1);
    }
    for (let i = open + 1; i < close; i++) tokens[i]!.level--;
    tokens.splice(close, 1);
    tokens.splice(open, 1);
    return -2;
  },
};
