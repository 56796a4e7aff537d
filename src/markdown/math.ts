import { createRequire } from 'node:module';
import type { MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';
import { escapeHtml } from '../html/escape-html.js';
import { addReference } from './cross-references.js';
import { formulaAt } from './formula-span.js';
import type { MarkdownEnv } from './markdown-env.js';
import { mathEnvironment } from './math-environments.js';

type Katex = typeof import('katex');
let katex: Katex | undefined;

/**
 * A formula as HTML, or KaTeX's reason when it cannot be read (the HTML then
 * shows the source in red). KaTeX is loaded on the first formula: decks
 * without math never pay for it.
 */
export function typeset(tex: string, displayMode: boolean): { html: string; error?: string } {
  katex ??= createRequire(import.meta.url)('katex') as Katex;
  // KaTeX prints LaTeX-compatibility warnings (strict) and, for characters its fonts lack, "No character
  // metrics" to the console, amid Lectern's own output: the first are turned off, the second muted for the call.
  const warn = console.warn;
  console.warn = () => {};
  const options = { displayMode, output: 'htmlAndMathml', strict: 'ignore' } as const;
  try {
    return { html: katex.renderToString(tex, { ...options, throwOnError: true }) };
  } catch (error) {
    const message = (error as Error).message.replace(/^KaTeX parse error: /, '');
    return { html: katex.renderToString(tex, { ...options, throwOnError: false }), error: message };
  } finally {
    console.warn = warn;
  }
}

/** Typesets every formula once the inline text is parsed, where each one's line is known, and reports those KaTeX cannot read. */
function typesetFormulas(state: { tokens: Token[]; env: MarkdownEnv }): void {
  let numbered = 0;
  const typesetAt = (token: Token, line: number) => {
    // A formula with an `eq-` id is numbered, the number set at its right as LaTeX's \tag sets it.
    const id = String(token.attrGet('id') ?? '');
    let tex = token.content;
    if (id) {
      addReference(state.env, id, `${state.env.equationLabel ?? 'Equation'}\u00a0${++numbered}`, line);
      tex += `\\tag{${numbered}}`;
    }
    const { html, error } = typeset(tex, isDisplayed(token));
    // The number is Lectern's (\tag), not the author's: the message shows what they wrote.
    const message = error && id ? error.replace(/\\tag\{\d+\}/g, '') : error;
    token.meta = { html };
    if (message) state.env.report?.(line, 'math', `the formula cannot be typeset: ${message}`, 'check the LaTeX: KaTeX supports most of it (katex.org/docs/supported)');
  };
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'math_block') typesetAt(token, token.map?.[0] ?? 0);
    const children = token.children;
    if (children) for (let j = 0; j < children.length; j++) if (children[j]!.type === 'math_inline') typesetAt(children[j]!, token.map?.[0] ?? 0);
  }
}

/** `$…$` and, within a line, `$$…$$` (a displayed formula, as Pandoc reads it): see formulaAt. */
function mathInline(state: StateInline, silent: boolean): boolean {
  const formula = formulaAt(state.src, state.pos);
  if (!formula) return false;
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.content = state.src.slice(formula.from, formula.to).trim();
    token.markup = formula.display ? '$$' : '$';
  }
  state.pos = formula.end;
  return true;
}

/** A formula set on a line of its own: a `$$` block, or `$$…$$` within a paragraph. */
const isDisplayed = (token: Token) => token.type === 'math_block' || token.markup === '$$';

/** A closing `$$`, with the `{#eq-id}` that numbers the formula. */
const CLOSE = /^(.*)\$\$\s*(?:\{#(eq-[\w-]+)\})?$/;

/** `$$` … `$$`, on one line or several; `$$ {#eq-id}` closes a numbered one. */
function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  // Asked at every line of every paragraph: a line that starts with a visible ASCII character other than "$" is no formula.
  const code = state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!);
  if (code !== 0x24 && code > 0x20 && code < 0x7f) return false;
  const first = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]).trim();
  if (!first.startsWith('$$')) return false;
  if (silent) return true;
  let content: string;
  let id: string | undefined;
  let last = startLine;
  const single = first.length > 4 ? CLOSE.exec(first.slice(2)) : null;
  if (single) [, content, id] = single as unknown as [string, string, string | undefined];
  else {
    const lines = [first.slice(2)];
    let closed = false;
    while (++last < endLine) {
      const text = state.src.slice(state.bMarks[last]! + state.tShift[last]!, state.eMarks[last]).trim();
      const end = CLOSE.exec(text);
      if (end) {
        lines.push(end[1]!);
        id = end[2];
        closed = true;
        break;
      }
      lines.push(text);
    }
    if (!closed) {
      // Unclosed, it would swallow every slide after it: report it and keep the line as text.
      (state.env as MarkdownEnv).report?.(startLine, 'unclosed-math', '"$$" is never closed', 'end the formula with a line ending in "$$"');
      return false;
    }
    content = lines.join('\n');
  }
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = content.trim();
  token.map = [startLine, last + 1];
  if (id) token.attrSet('id', id);
  state.line = last + 1;
  return true;
}

export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.after('math_block', 'math_environment', mathEnvironment, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.core.ruler.after('inline', 'math_typeset', (state) => typesetFormulas(state as unknown as { tokens: Token[]; env: MarkdownEnv }));
  const html = (token: Token) => (token.meta as { html?: string } | null)?.html ?? typeset(token.content, isDisplayed(token)).html;
  md.renderer.rules.math_inline = (tokens, idx) => (tokens[idx]!.markup === '$$' ? `<span class="math display">${html(tokens[idx]!)}</span>` : html(tokens[idx]!));
  md.renderer.rules.math_block = (tokens, idx) => {
    const id = tokens[idx]!.attrGet('id');
    return `<div class="math display"${id ? ` id="${escapeHtml(String(id))}"` : ''}>${html(tokens[idx]!)}</div>\n`;
  };
}
