import type { MarkdownIt, StateCore } from 'markdown-it';
import { callout } from './callout.js';
import { conditional } from './conditional.js';
import { closingIndex, divMeta, type DivKind } from './div-kind.js';
import { layout } from './layout.js';
import { tabset } from './tabset.js';

/** The kinds of fenced div Lectern draws its own way, by name. */
export const DIV_KINDS: Readonly<Record<string, DivKind>> = { conditional, callout, tabset, layout };

/** Draws each div of a known kind, innermost first, after the inline content is parsed. */
function drawDivs(state: StateCore): void {
  const kinds = Object.values(DIV_KINDS);
  for (let i = state.tokens.length - 1; i >= 0; i--) {
    const token = state.tokens[i]!;
    if (token.type !== 'fenced_div_open') continue;
    for (const kind of kinds) {
      if (kind.matches(divMeta(token))) kind.transform(state, i, closingIndex(state.tokens, i));
      // A div that gave way to its content, or was left out, is done with.
      if (state.tokens[i] !== token) break;
    }
  }
}

/** Runs before the figures rule, so that each image of a layout grid becomes a figure of its own. */
export function divKindsPlugin(md: MarkdownIt): void {
  md.core.ruler.before('figures', 'div_kinds', drawDivs);
}
