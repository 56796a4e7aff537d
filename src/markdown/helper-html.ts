import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';
import { splitText } from './split-text.js';

/**
 * The fact helpers run before Markdown and insert HTML. If that HTML were
 * left in the Markdown, `html: false` would escape it with the author's own,
 * and Markdown would parse the facts' text (a title with `*` in it). So a
 * helper's HTML stands in the expanded outline as a mark, `\ue010N\ue011`,
 * and this plugin puts the N-th piece back verbatim: inline where the mark
 * stands, or as a block where a paragraph holds nothing but a block-level
 * piece (a quote or a timeline on a line of its own).
 */

const MARK = /\ue010(\d+)\ue011/g;
const ONLY_MARK = /^\ue010(\d+)\ue011$/;
const BLOCK_HTML = /^<(blockquote|ol|ul|div|table|figure)[\s>]/;

/** The mark that stands for the n-th piece of helper HTML. */
export function helperMark(n: number): string {
  return `\ue010${n}\ue011`;
}

function pieces(env: MarkdownEnv): string[] {
  return env.helperHtml ?? [];
}

/** Splits the text tokens of an inline token at the marks, each mark becoming a helper_html token. */
function splitInline(state: StateCore, inline: Token, html: string[]): void {
  splitText(state, inline, MARK, (m, like) => {
    const token = new state.Token('helper_html', '', 0);
    token.content = html[Number(m[1])] ?? '';
    token.level = like.level;
    return token;
  });
}

function helperHtml(state: StateCore): void {
  const html = pieces(state.env as MarkdownEnv);
  if (!html.length) return;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'inline') continue;
    const only = ONLY_MARK.exec(token.content.trim());
    const piece = only ? html[Number(only[1])] ?? '' : undefined;
    if (piece !== undefined && BLOCK_HTML.test(piece) && tokens[i - 1]?.type === 'paragraph_open' && tokens[i + 1]?.type === 'paragraph_close') {
      const block = new state.Token('helper_html_block', '', 0);
      block.block = true;
      block.content = `${piece}\n`;
      block.level = tokens[i - 1]!.level;
      block.map = tokens[i - 1]!.map;
      tokens.splice(i - 1, 3, block);
      i--;
      continue;
    }
    splitInline(state, token, html);
  }
}

export function helperHtmlPlugin(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'helper_html', helperHtml);
  md.renderer.rules.helper_html = (tokens, idx) => tokens[idx]!.content;
  md.renderer.rules.helper_html_block = (tokens, idx) => tokens[idx]!.content;
}
