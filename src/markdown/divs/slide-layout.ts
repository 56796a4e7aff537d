import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { DivMeta } from '../fenced-div.js';
import { isLayoutKey, makesGrid } from './layout.js';

/** Divs that leave the slide's body (see outline/split-slides.ts): they stay out of its grid. */
const APART = ['notes', 'aside', 'footer'];

function isSlideBreak(token: Token): boolean {
  return token.level === 0 && (token.type === 'hr' || (token.type === 'heading_open' && (token.tag === 'h1' || token.tag === 'h2')));
}

function isApart(token: Token): boolean {
  return token.type === 'fenced_div_open' && token.info.split(' ').some((c) => APART.includes(c));
}

/** The top-level blocks from `start` up to the next slide break: each a run of tokens. */
function blocks(tokens: Token[], start: number): { blocks: Token[][]; end: number } {
  const found: Token[][] = [];
  let i = start;
  while (i < tokens.length && !isSlideBreak(tokens[i]!)) {
    const block: Token[] = [];
    let depth = 0;
    do {
      const t = tokens[i++]!;
      block.push(t);
      depth += t.nesting;
    } while (depth > 0 && i < tokens.length);
    found.push(block);
  }
  return { blocks: found, end: i };
}

/**
 * Layout attributes on a slide's heading (`## Title {layout-ncol=2}`) lay out
 * the slide's content, as Quarto does: its blocks are wrapped in a div with
 * those attributes, which the layout kind then draws as a grid. Notes,
 * asides and the footer stay outside the grid.
 */
function slideLayout(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const heading = tokens[i]!;
    if (!isSlideBreak(heading) || heading.type !== 'heading_open') continue;
    const values = (heading.attrs ?? []).filter(([key]) => isLayoutKey(key));
    if (!values.some(([key]) => makesGrid(key))) continue;
    heading.attrs = heading.attrs!.filter(([key]) => !isLayoutKey(key));
    const start = i + 3;
    const { blocks: found, end } = blocks(tokens, start);
    const inside = found.filter((b) => !isApart(b[0]!)).flat();
    const apart = found.filter((b) => isApart(b[0]!)).flat();
    for (const t of inside) t.level++;
    const open = new state.Token('fenced_div_open', 'div', 1);
    open.block = true;
    open.map = heading.map;
    open.info = '';
    open.meta = { classes: [], values: values.map(([k, v]) => [k, String(v)]) } satisfies DivMeta as unknown as Record<string, unknown>;
    const close = new state.Token('fenced_div_close', 'div', -1);
    close.block = true;
    tokens.splice(start, end - start, open, ...inside, close, ...apart);
    i = start + inside.length + apart.length + 1;
  }
}

/** Runs before the div kinds, which draw the grid. */
export function slideLayoutPlugin(md: MarkdownIt): void {
  md.core.ruler.before('div_kinds', 'slide_layout', slideLayout);
}
