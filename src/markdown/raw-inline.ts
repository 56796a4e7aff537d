import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';
import { sourcePlaces } from './source-places.js';

const RAW = /^\{=([\w-]+)\}/;

/**
 * Pandoc's raw inline content, `` `<b>x</b>`{=html} ``: HTML is put in as it
 * is when the course allows HTML (shown as code otherwise, as raw blocks
 * are), TeX is typeset as a formula, any other format is left out with a
 * warning. Runs before markdown-it-attrs, which would drop the `{=…}`.
 */
function rawInline(state: StateCore): void {
  const env = state.env as MarkdownEnv;
  const tokens = state.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const inline = tokens[t]!;
    const children = inline.children;
    if (inline.type !== 'inline' || !children || !inline.content.includes('{=')) continue;
    const place = sourcePlaces(state, inline);
    for (let i = 0; i < children.length - 1; i++) {
      const code = children[i]!;
      const next = children[i + 1]!;
      const m = code.type === 'code_inline' && next.type === 'text' ? RAW.exec(next.content) : null;
      if (!m) continue;
      next.content = next.content.slice(m[0].length);
      const format = m[1]!;
      if (format === 'html') {
        if (state.md.options.html) retype(code, 'html_inline');
      } else if (format === 'tex' || format === 'latex') retype(code, 'math_inline');
      else {
        const at = place(`${code.markup}${code.content}${code.markup}${m[0]}`);
        env.warn?.(at.line, 'raw-format', `a raw "${format}" span is left out of the deck`, 'decks are HTML: write the span as {=html}, or as Markdown', at.column);
        children.splice(i, 1);
      }
    }
  }
}

function retype(token: Token, type: string): void {
  token.type = type;
  token.markup = '';
}

export function rawInlinePlugin(md: MarkdownIt): void {
  md.core.ruler.before('curly_attributes', 'raw_inline', rawInline);
}
