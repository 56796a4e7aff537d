import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { escapeHtml } from '../html/escape-html.js';
import { parseAttributes } from './attributes.js';
import { renderLineSteps, parseLineSteps } from './code-lines.js';
import { highlightCode } from './highlight-code.js';
import { toHtmlAttributes } from './html-attributes.js';
import type { MarkdownEnv } from './markdown-env.js';
import { typeset } from './math.js';

/** What a fence's info string says, Pandoc and Quarto style. */
export interface FenceInfo {
  /** code: highlighted; cell: an executable cell (` ```{python} `); raw: ` ```{=html} `; diagram: mermaid or dot. */
  kind: 'code' | 'cell' | 'raw' | 'diagram';
  lang: string;
  id?: string;
  classes: string[];
  values: Array<[string, string]>;
}

/** ` ```python `, ` ```{.python #id .cls key=val} `, ` ```{python} `, ` ```{r, echo=FALSE} `, ` ```{=html} `, ` ```{mermaid} `. */
export function parseFenceInfo(info: string): FenceInfo {
  const text = info.trim();
  const raw = /^\{=([\w-]+)\}$/.exec(text);
  if (raw) return { kind: 'raw', lang: raw[1]!.toLowerCase(), classes: [], values: [] };
  const cell = /^\{([\w-]+)[,\s]*([\s\S]*)\}$/.exec(text);
  if (cell) {
    const attrs = parseAttributes(`{${cell[2]!.replace(/,/g, ' ')}}`) ?? { classes: [], values: [] };
    const lang = cell[1]!.toLowerCase();
    return { kind: lang === 'mermaid' || lang === 'dot' ? 'diagram' : 'cell', lang, ...attrs };
  }
  const braced = /^([\w+#-]*)\s*(\{[\s\S]*\})?$/.exec(text);
  const attrs = (braced?.[2] && parseAttributes(braced[2])) || { classes: [], values: [] };
  const lang = braced?.[1] || attrs.classes[0] || text.split(/\s+/)[0] || '';
  return { kind: 'code', lang, id: attrs.id, classes: attrs.classes.filter((c) => c !== lang), values: attrs.values };
}

/** Cell option lines (`#| echo: false`, `//|` in ojs, `%%|` in mermaid) at the top of a cell. */
function stripCellOptions(code: string): string {
  const lines = code.split('\n');
  let n = 0;
  while (n < lines.length && /^\s*(?:#|\/\/|%%)\|/.test(lines[n]!)) n++;
  return lines.slice(n).join('\n');
}

/** Keeps fence info strings away from markdown-it-attrs, which would read ` ```{.python} ` as attributes and lose the language. */
function keepFenceInfo(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'fence') continue;
    token.meta = { ...(token.meta as object), fence: parseFenceInfo(token.info) };
    token.info = '';
  }
}

function attributesHtml(pairs: Array<[string, string]>): string {
  return pairs.map(([k, v]) => ` ${escapeHtml(k)}="${escapeHtml(v)}"`).join('');
}

function renderCode(info: FenceInfo, code: string, env: MarkdownEnv): string {
  const lineNumbers = info.values.find(([k]) => k === 'code-line-numbers')?.[1] ?? env.codeLineNumbers;
  const values = info.values.filter(([k]) => k !== 'code-line-numbers');
  const attributes = attributesHtml([...(info.id ? [['id', info.id] as [string, string]] : []), ...toHtmlAttributes('pre', info.classes, values)]);
  const classes = info.classes.map(escapeHtml);
  const html = highlightCode(code, info.lang);
  const codeClass = info.lang ? `hljs language-${escapeHtml(info.lang)}` : 'hljs';
  const steps = lineNumbers && lineNumbers !== 'false' ? parseLineSteps(lineNumbers) : undefined;
  if (steps) return renderLineSteps(html, steps, codeClass, classes, attributes);
  return `<pre${classes.length ? ` class="${classes.join(' ')}"` : ''}${attributes}><code class="${codeClass}">${html}</code></pre>\n`;
}

function renderFence(tokens: Token[], idx: number, options: MarkdownIt['options'], env: MarkdownEnv): string {
  const token = tokens[idx]!;
  const info = (token.meta as { fence?: FenceInfo } | null)?.fence ?? parseFenceInfo(token.info);
  const line = token.map?.[0] ?? 0;
  const code = token.content;
  if (info.kind === 'raw') {
    if (info.lang === 'html') return options.html ? code : `<pre><code class="hljs">${escapeHtml(code)}</code></pre>\n`;
    if (info.lang === 'tex' || info.lang === 'latex') return `<div class="math display">${typeset(code.trim(), true).html}</div>\n`;
    env.warn?.(line, 'raw-format', `a raw "${info.lang}" block is left out of the deck`, 'decks are HTML: write the block as {=html}, or as Markdown');
    return '';
  }
  if (info.kind === 'diagram' && info.lang === 'mermaid') {
    env.mermaid = true;
    return `<pre class="mermaid">${escapeHtml(stripCellOptions(code))}</pre>\n`;
  }
  if (info.kind === 'diagram' || info.kind === 'cell') {
    env.warn?.(
      line,
      'executable-cell',
      info.kind === 'cell' ? `a {${info.lang}} cell is shown as code: Lectern does not run code` : `a {${info.lang}} diagram is shown as code: Lectern draws mermaid diagrams only`,
      info.kind === 'cell' ? 'paste the output (an image, a table) after the code, or write ```' + info.lang + ' to show code on purpose' : 'export the diagram as an image, or write it in mermaid',
    );
    return renderCode({ ...info, kind: 'code', classes: [], values: info.values.filter(([k]) => k === 'code-line-numbers') }, stripCellOptions(code), env);
  }
  return renderCode(info, code, env);
}

/** Fenced code the Pandoc and Quarto way: attributes, executable cells, raw blocks, mermaid, line numbers and steps. */
export function codeBlocksPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'fence_info', keepFenceInfo);
  md.renderer.rules.fence = (tokens, idx, options, env) => renderFence(tokens, idx, options, env as MarkdownEnv);
}
