import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { toHtmlAttributes } from './html-attributes.js';

/** Attributes Pandoc's rules leave as they are. */
const KEPT = new Set(['id', 'class', 'src', 'alt', 'href']);

/** Rewrites the `{…}` attributes of a token by Pandoc's rules (see html-attributes.ts). */
function rewrite(token: Token): void {
  const attrs = token.attrs;
  if (!attrs || attrs.every((attr) => KEPT.has(attr[0]))) return;
  const keep = attrs.filter((attr) => KEPT.has(attr[0]));
  const rest = attrs.filter((attr) => !KEPT.has(attr[0])) as Array<[string, string]>;
  const classes = String(token.attrGet('class') ?? '').split(/\s+/).filter(Boolean);
  token.attrs = [...keep, ...toHtmlAttributes(token.tag, classes, rest)];
}

/** Every token and inline child, in indexed loops: the rule runs over each token of a lecture, once, mostly before the code is optimised. */
function pandocAttributes(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    rewrite(token);
    const children = token.children;
    if (children) for (let j = 0; j < children.length; j++) rewrite(children[j]!);
  }
}

/** Applies Pandoc's attribute rules after markdown-it-attrs has placed the attributes. */
export function pandocAttributesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('pandoc_attributes', pandocAttributes);
}
