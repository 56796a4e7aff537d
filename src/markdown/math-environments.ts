import type { StateBlock } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';

/**
 * The LaTeX environments KaTeX sets as displayed formulas, which Quarto
 * (through MathJax) reads as math when written on their own lines, without
 * `$$`: equation and alignment environments, cases, matrices, arrays and
 * commutative diagrams. `multline`, `eqnarray` and `flalign` are missing:
 * KaTeX has none of them.
 */
export const MATH_ENVIRONMENTS: ReadonlySet<string> = new Set([
  'equation', 'equation*', 'align', 'align*', 'alignat', 'alignat*', 'gather', 'gather*',
  'aligned', 'alignedat', 'gathered', 'split',
  'cases', 'dcases', 'rcases', 'drcases',
  'matrix', 'matrix*', 'pmatrix', 'pmatrix*', 'bmatrix', 'bmatrix*', 'Bmatrix', 'Bmatrix*',
  'vmatrix', 'vmatrix*', 'Vmatrix', 'Vmatrix*', 'smallmatrix',
  'array', 'darray', 'CD',
]);

/** Environments LaTeX numbers line by line: set in their starred form, as Quarto shows them, since `{#eq-id}` numbers a formula. */
const NUMBERED = new Set(['equation', 'align', 'alignat', 'gather']);

const BEGIN = /^\\begin\{([A-Za-z]+\*?)\}/;
/** What may follow `\end{…}` on its line: the `{#eq-id}` that numbers the formula. */
const LABEL = /^\{#(eq-[\w-]+)\}$/;

/** Where the environment opened on a line closes: its line and the offset after `\end{name}`, nested ones of the same name counted. */
function findEnd(state: StateBlock, startLine: number, endLine: number, name: string): { line: number; offset: number } | undefined {
  const marks = new RegExp(`\\\\(begin|end)\\{${name.replace('*', '\\*')}\\}`, 'g');
  let depth = 0;
  for (let line = startLine; line < endLine; line++) {
    const text = lineText(state, line);
    for (const m of text.matchAll(marks)) {
      depth += m[1] === 'begin' ? 1 : -1;
      if (depth === 0) return { line, offset: m.index + m[0].length };
    }
  }
  return undefined;
}

const lineText = (state: StateBlock, line: number) => state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);

/**
 * `\begin{align}` … `\end{align}` on lines of their own, outside `$$`: a
 * displayed formula, as Quarto shows it; KaTeX sets the environment itself,
 * without numbering its lines. `{#eq-id}` after `\end{…}` numbers it; other
 * text after it is a paragraph of its own. Unclosed, it is reported and stays
 * text.
 */
export function mathEnvironment(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  // Asked at every line of every paragraph: only a line starting with a backslash can open an environment.
  if (state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!) !== 0x5c) return false;
  const name = BEGIN.exec(lineText(state, startLine))?.[1];
  if (!name || !MATH_ENVIRONMENTS.has(name)) return false;
  if (silent) return true;
  const end = findEnd(state, startLine, endLine, name);
  if (!end) {
    (state.env as MarkdownEnv).report?.(startLine, 'unclosed-math', `"\\begin{${name}}" is never closed`, `end the formula with "\\end{${name}}"`);
    return false;
  }
  const lines = [];
  for (let line = startLine; line < end.line; line++) lines.push(lineText(state, line));
  const last = lineText(state, end.line);
  lines.push(last.slice(0, end.offset));
  const rest = last.slice(end.offset).trim();
  const id = LABEL.exec(rest)?.[1];
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  const tex = lines.join('\n').trim();
  token.content = NUMBERED.has(name) ? `\\begin{${name}*}${tex.slice(`\\begin{${name}}`.length, -`\\end{${name}}`.length)}\\end{${name}*}` : tex;
  token.map = [startLine, end.line + 1];
  if (id) token.attrSet('id', id);
  if (rest && !id) {
    state.push('paragraph_open', 'p', 1).map = [end.line, end.line + 1];
    const inline = state.push('inline', '', 0);
    inline.content = rest;
    inline.map = [end.line, end.line + 1];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
  }
  state.line = end.line + 1;
  return true;
}
