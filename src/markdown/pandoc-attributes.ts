import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { toHtmlAttributes } from './html-attributes.js';

/** Rewrites the `{…}` attributes of a token by Pandoc's rules (see html-attributes.ts). */
function rewrite(token: Token): void {
  if (!token.attrs?.length) return;
  const keep = token.attrs.filter(([key]) => key === 'id' || key === 'class' || key === 'src' || key === 'alt' || key === 'href');
  const rest = token.attrs.filter(([key]) => !keep.some(([k]) => k === key)) as Array<[string, string]>;
  if (!rest.length) return;
  const classes = String(token.attrGet('class') ?? '').split(/\s+/).filter(Boolean);
  token.attrs = [...keep, ...toHtmlAttributes(token.tag, classes, rest)];
}

function pandocAttributes(state: StateCore): void {
  for (const token of state.tokens) {
    rewrite(token);
    for (const child of token.children ?? []) rewrite(child);
  }
}

/** Applies Pandoc's attribute rules after markdown-it-attrs has placed the attributes. */
export function pandocAttributesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('pandoc_attributes', pandocAttributes);
}
