import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it';
import { escapeHtml } from '../html/escape-html.js';
import { parseAttributes, type Attributes } from './attributes.js';
import { toHtmlAttributes } from './html-attributes.js';
import type { MarkdownEnv } from './markdown-env.js';
import { isScriptAttribute } from './safe-attributes.js';

const OPEN = /^(:{3,})\s*(\S.*)$/;
const CLOSE = /^:{3,}\s*$/;

/**
 * An opening fence: its colons and what follows them, without the optional
 * closing colons (`::: notes :::`). Trimmed in code: a regular expression
 * for the trailing part backtracks badly on long runs of spaces.
 */
function openFence(text: string): { colons: string; info: string } | undefined {
  const m = OPEN.exec(text);
  if (!m) return undefined;
  let end = m[2]!.trimEnd().length;
  while (end > 0 && m[2]![end - 1] === ':') end--;
  return { colons: m[1]!, info: m[2]!.slice(0, end).trimEnd() };
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/**
 * Pandoc fenced divs: `::: notes`, `::: {.column width="40%"}` … `:::`.
 * An opening fence carries attributes, a closing one only colons, so divs
 * nest with fences of the same length. An unclosed div is reported at its
 * opening line and runs to the end of the outline.
 */
function fencedDiv(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  // Asked at every line of every paragraph: a line that does not start with a colon is no fence.
  if (state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!) !== 0x3a) return false;
  const open = openFence(lineText(state, startLine));
  if (!open) return false;
  const attrs = parseAttributes(open.info);
  if (!attrs) return false;
  if (silent) return true;

  let depth = 1;
  let next = startLine;
  /** The line of the code fence open inside the div, if any: its `:::` lines are code. */
  let fence = -1;
  while (++next < endLine) {
    if (state.sCount[next]! < state.blkIndent && state.bMarks[next]! + state.tShift[next]! < state.eMarks[next]!) break;
    const text = lineText(state, next);
    if (/^(```|~~~)/.test(text)) fence = fence < 0 ? next : -1;
    if (fence >= 0) continue;
    if (CLOSE.test(text)) {
      if (--depth === 0) break;
    } else {
      const inner = openFence(text);
      if (inner && parseAttributes(inner.info)) depth++;
    }
  }
  const closed = depth === 0;
  if (!closed) {
    const env = state.env as MarkdownEnv;
    if (fence >= 0) {
      // Its ":::" is there, but taken for code: the code block inside is what is open.
      const marker = lineText(state, fence).slice(0, 3);
      env.report?.(fence, 'unclosed-code', `the code block opened here is never closed, so "${open.colons} ${open.info}" around it is not either`, `close the code block with a line holding only "${marker}"`);
    } else env.report?.(startLine, 'unclosed-div', `"${open.colons} ${open.info}" is never closed`, 'close the block with a line holding only ":::"');
  }

  const token = state.push('fenced_div_open', 'div', 1);
  token.block = true;
  token.map = [startLine, next];
  token.meta = attrs as unknown as Record<string, unknown>;
  token.info = attrs.classes.join(' ');

  const { parentType, lineMax } = state;
  state.parentType = 'fenced_div' as typeof state.parentType;
  state.lineMax = next;
  state.md.block.tokenize(state, startLine + 1, next);
  state.parentType = parentType;
  state.lineMax = lineMax;

  const close = state.push('fenced_div_close', 'div', -1);
  close.block = true;
  state.line = closed ? next + 1 : next;
  return true;
}

/** A fenced div's attributes, and the HTML that a kind of div (callout, tabset, layout) puts in place of its own fences. */
export type DivMeta = Attributes & { openHtml?: string; closeHtml?: string };

/** The `<div>` (`<aside>` for notes) of a fenced div, its attributes by Pandoc's rules. */
export function divOpenHtml(meta: Attributes, html: boolean | undefined, extraClasses: string[] = []): string {
  const { id, classes, values } = meta;
  const tag = classes.includes('notes') ? 'aside' : 'div';
  const all = [...classes, ...extraClasses];
  const safe = html ? values : values.filter(([key, value]) => !isScriptAttribute(key, value));
  const pairs: Array<[string, string]> = [...(id ? [['id', id] as [string, string]] : []), ...(all.length ? [['class', all.join(' ')] as [string, string]] : [])];
  pairs.push(...toHtmlAttributes('div', classes, safe));
  return `<${tag}${pairs.map(([k, v]) => ` ${escapeHtml(k)}="${escapeHtml(v)}"`).join('')}>\n`;
}

function renderOpen(tokens: Token[], idx: number, options: MarkdownIt['options']): string {
  const meta = tokens[idx]!.meta as unknown as DivMeta;
  return meta.openHtml ?? divOpenHtml(meta, options.html);
}

/** The opening token of the div a closing token ends. */
export function openingOf(tokens: Token[], idx: number): Token | undefined {
  let depth = 0;
  for (let i = idx - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.type === 'fenced_div_close') depth++;
    else if (t.type === 'fenced_div_open' && depth-- === 0) return t;
  }
  return undefined;
}

function renderClose(tokens: Token[], idx: number): string {
  const open = openingOf(tokens, idx);
  const meta = open?.meta as DivMeta | undefined;
  return meta?.closeHtml ?? (meta?.classes.includes('notes') ? '</aside>\n' : '</div>\n');
}

/**
 * `::: incremental` makes the items of the lists inside it fragments;
 * `::: nonincremental` turns that off again.
 */
function incrementalLists(state: StateCore): void {
  const stack: boolean[] = [Boolean((state.env as MarkdownEnv).incremental)];
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'fenced_div_open') {
      const classes = token.info.split(' ');
      stack.push(classes.includes('incremental') || (stack.at(-1)! && !classes.includes('nonincremental')));
    } else if (token.type === 'fenced_div_close') stack.pop();
    else if (token.type === 'list_item_open' && stack.at(-1)) token.attrJoin('class', 'fragment');
  }
}

export function fencedDivPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'fenced_div', fencedDiv, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.fenced_div_open = renderOpen;
  md.renderer.rules.fenced_div_close = renderClose;
  md.core.ruler.push('incremental_lists', incrementalLists);
}
