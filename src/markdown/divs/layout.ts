import type { StateCore, Token } from 'markdown-it';
import { divOpenHtml } from '../fenced-div.js';
import type { MarkdownEnv } from '../markdown-env.js';
import { divMeta, htmlBlock, type DivKind } from './div-kind.js';

const KEYS = ['layout', 'layout-ncol', 'layout-nrow'];
/** How cells sit in their grid row (`layout-valign`) and across their column (`layout-align`). */
const ALIGN: Record<string, Record<string, string>> = {
  'layout-valign': { top: 'start', center: 'center', bottom: 'end' },
  'layout-align': { left: 'start', center: 'center', right: 'end' },
};

/** Whether an attribute makes a layout grid. */
export function makesGrid(key: string): boolean {
  return KEYS.includes(key);
}

/** Whether an attribute belongs to a layout grid: one that makes it, or aligns its cells. */
export function isLayoutKey(key: string): boolean {
  return KEYS.includes(key) || Object.hasOwn(ALIGN, key);
}

function gcd(a: number, b: number): number {
  return b ? gcd(b, a % b) : a;
}

/** `layout="[1,20]"` or `"[[1,1],[1]]"` as rows of widths (negative: a gap); undefined when it is not that. */
function parseRows(text: string): number[][] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const rows = Array.isArray(value) && value.every(Array.isArray) ? value : [value];
    return rows.every((r) => Array.isArray(r) && r.length && r.every((w) => typeof w === 'number' && w !== 0)) ? (rows as number[][]) : undefined;
  } catch {
    return undefined;
  }
}

/** The first block tokens of the div's direct children (its cells), paragraphs of several images split first. */
function cells(state: StateCore, open: number, close: number): { starts: number[]; added: number } {
  const tokens = state.tokens;
  const level = tokens[open]!.level + 1;
  let added = 0;
  for (let i = open + 1; i < close + added; i++) {
    const t = tokens[i]!;
    if (t.type !== 'paragraph_open' || t.level !== level) continue;
    const children = (tokens[i + 1]!.children ?? []).filter((c) => c.type !== 'softbreak' && !(c.type === 'text' && !c.content.trim()));
    if (children.length < 2 || !children.every((c) => c.type === 'image')) continue;
    const split: Token[] = children.flatMap((image) => {
      const p = new state.Token('paragraph_open', 'p', 1);
      const inline = new state.Token('inline', '', 0);
      inline.children = [image];
      inline.content = image.content;
      const end = new state.Token('paragraph_close', 'p', -1);
      for (const x of [p, inline, end]) x.level = level;
      p.block = end.block = true;
      p.map = t.map;
      return [p, inline, end];
    });
    tokens.splice(i, 3, ...split);
    added += split.length - 3;
    i += split.length - 1;
  }
  const starts: number[] = [];
  for (let i = open + 1; i < close + added; i++) if (tokens[i]!.level === level && tokens[i]!.nesting >= 0) starts.push(i);
  return { starts, added };
}

function setStyle(token: Token, style: string): void {
  if (token.type === 'fenced_div_open') divMeta(token).values.push(['style', style]);
  else if (token.nesting === 1) token.attrJoin('style', style);
}

/**
 * Quarto's layout grids: `::: {layout-ncol=2}`, `{layout-nrow=2}`,
 * `{layout="[[1,1],[1]]"}` (negative widths are gaps), their cells aligned by
 * `layout-valign` (top, center, bottom) and `layout-align` (left, center, right). Each child block
 * (each image of a paragraph of images) is a cell of a CSS grid.
 */
export const layout: DivKind = {
  matches: (meta) => meta.values.some(([k]) => makesGrid(k)),
  transform(state, open, close) {
    const tokens = state.tokens;
    const meta = divMeta(tokens[open]!);
    const get = (key: string) => meta.values.find(([k]) => k === key)?.[1];
    const { starts, added } = cells(state, open, close);
    const rest = { ...meta, values: meta.values.filter(([k]) => !KEYS.includes(k) && !k.startsWith('layout-')) };
    let columns = 'repeat(1, minmax(0, 1fr))';
    const rows = get('layout') !== undefined ? parseRows(get('layout')!) : undefined;
    let inserted = 0;
    if (get('layout') !== undefined && !rows) {
      (state.env as MarkdownEnv).warn?.(tokens[open]!.map?.[0] ?? 0, 'layout', `layout="${get('layout')}" is not a list of widths`, 'write layout="[1,1]" or layout="[[1,1],[1]]"');
    } else if (rows) {
      const sums = rows.map((r) => r.reduce((a, w) => a + Math.abs(w), 0));
      const total = sums.reduce((a, s) => (a * s) / gcd(a, s), 1);
      columns = `repeat(${total}, minmax(0, 1fr))`;
      let cell = 0;
      rows.forEach((row, r) => {
        for (const width of row) {
          const span = `grid-column:span ${(Math.abs(width) * total) / sums[r]!}`;
          if (width < 0) {
            const at = starts[cell] !== undefined ? starts[cell]! + inserted : close + added + inserted;
            tokens.splice(at, 0, htmlBlock(state, `<div style="${span}"></div>\n`, tokens[open]!.level + 1));
            inserted++;
          } else if (starts[cell] !== undefined) setStyle(tokens[starts[cell++]! + inserted]!, span);
        }
      });
    } else {
      const ncol = Number(get('layout-ncol')) || Math.ceil(starts.length / (Number(get('layout-nrow')) || 1));
      columns = `repeat(${Math.max(1, ncol)}, minmax(0, 1fr))`;
    }
    const valign = ALIGN['layout-valign']![get('layout-valign') ?? ''];
    const align = ALIGN['layout-align']![get('layout-align') ?? ''];
    rest.values.push(['style', `grid-template-columns:${columns}${valign ? `;align-items:${valign}` : ''}${align ? `;justify-items:${align}` : ''}`]);
    meta.openHtml = divOpenHtml(rest, state.md.options.html, ['quarto-layout-panel']);
    return added + inserted;
  },
};
