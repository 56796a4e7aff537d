import type { StateCore, Token } from 'markdown-it';
import type { DivMeta } from '../fenced-div.js';

/** A kind of fenced div that Lectern draws its own way (callouts, tabsets, layout grids). */
export interface DivKind {
  /** Whether a div is of this kind. */
  matches(meta: DivMeta): boolean;
  /**
   * Rewrites the div in place: `open` and `close` are the indexes of its
   * fences in `state.tokens`. Returns how many tokens it added (negative when it removed some).
   */
  transform(state: StateCore, open: number, close: number): number;
}

/** The index of the token that closes the div opened at `open`. */
export function closingIndex(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i]!.type === 'fenced_div_open') depth++;
    else if (tokens[i]!.type === 'fenced_div_close' && --depth === 0) return i;
  }
  return tokens.length - 1;
}

export function divMeta(token: Token): DivMeta {
  return token.meta as unknown as DivMeta;
}

/** A block token holding HTML as it is. */
export function htmlBlock(state: StateCore, html: string, level: number): Token {
  const token = new state.Token('html_block', '', 0);
  token.content = html;
  token.block = true;
  token.level = level;
  return token;
}
