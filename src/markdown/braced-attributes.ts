import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';

type CoreRule = (state: StateCore) => void;

/** The core ruler's list of rules, which markdown-it keeps without declaring it in its types. */
type RuleList = { __rules__: Array<{ fn: CoreRule }>; __find__: (name: string) => number };

/** Whether a token, or an inline token's children, holds a `{`: every pattern of markdown-it-attrs needs one. */
function holdsBrace(token: Token): boolean {
  if (token.content.includes('{') || token.info.includes('{')) return true;
  const children = token.children;
  if (children) for (let i = 0; i < children.length; i++) if (children[i]!.content.includes('{')) return true;
  return false;
}

/** The top-level blocks of a token stream, as [start, end) ranges: an opening token to its closing one, or a lone token. */
function topLevelBlocks(tokens: Token[]): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth <= 0) {
      blocks.push([start, i + 1]);
      start = i + 1;
      depth = 0;
    }
  }
  if (start < tokens.length) blocks.push([start, tokens.length]);
  return blocks;
}

/**
 * The ranges the attributes rule has to see: each block holding a brace with
 * the blocks on either side (`{.a}` alone in the paragraph after a list
 * belongs to the list), overlapping ranges merged.
 */
export function bracedRanges(tokens: Token[]): Array<[number, number]> {
  const blocks = topLevelBlocks(tokens);
  const ranges: Array<[number, number]> = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const start = block[0];
    const end = block[1];
    let braced = false;
    for (let i = start; i < end && !braced; i++) braced = holdsBrace(tokens[i]!);
    if (!braced) continue;
    const from = blocks[Math.max(0, b - 1)]![0];
    const to = blocks[Math.min(blocks.length - 1, b + 1)]![1];
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  return ranges;
}

/**
 * markdown-it-attrs, its rule run only on the blocks that hold a `{` and
 * their neighbours. Its rule tries each of its patterns at every token of a
 * lecture, which costs as much as parsing it; a pattern reaches no further
 * than the block before, and what it does to a table without braces (count
 * columns for spans set in braces) shows in no output.
 */
export function bracedAttributesPlugin(md: MarkdownIt, options: object): void {
  (markdownItAttrs as unknown as (md: MarkdownIt, options: object) => void)(md, options);
  const ruler = md.core.ruler;
  const list = ruler as unknown as RuleList;
  const attributes = list.__rules__[list.__find__('curly_attributes')]!.fn;
  ruler.at('curly_attributes', (state: StateCore) => {
    const tokens = state.tokens;
    const ranges = bracedRanges(tokens);
    if (!ranges.length) return;
    // The stream is written anew in one pass: splicing each range back in would move the rest of it each time.
    const out: Token[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      for (let i = at; i < start; i++) out.push(tokens[i]!);
      const part = { ...state, tokens: tokens.slice(start, end) } as StateCore;
      attributes(part);
      for (const token of part.tokens) out.push(token);
      at = end;
    }
    for (let i = at; i < tokens.length; i++) out.push(tokens[i]!);
    for (let i = 0; i < out.length; i++) tokens[i] = out[i]!;
    tokens.length = out.length;
  });
}
