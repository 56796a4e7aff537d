import type { MarkdownIt, StateCore } from 'markdown-it';
import { formulaAt } from './formula-span.js';
import type { MarkdownEnv } from './markdown-env.js';

/** A pipe table's delimiter row (`|---|:--:|`), at any blockquote depth. */
const DELIMITER = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A fence that opens or closes a code block: its character and length. */
const FENCE = /^[ \t>]{0,3}(`{3,}|~{3,})/;

/**
 * The spans of a table row that its pipes must not split, as Pandoc reads a
 * row: code spans (a run of backticks to the next run of the same length)
 * and formulas (see formulaAt).
 */
function protectedSpans(row: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '\\') i++;
    else if (ch === '`') {
      let n = 1;
      while (row[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let end = row.indexOf(fence, i + n);
      while (end >= 0 && row[end + n] === '`') end = row.indexOf(fence, end + n + 1);
      if (end < 0) i += n - 1;
      else {
        spans.push([i + n, end]);
        i = end + n - 1;
      }
    } else if (ch === '$') {
      const formula = formulaAt(row, i);
      if (formula) {
        spans.push([formula.from, formula.to]);
        i = formula.end - 1;
      } else if (row[i + 1] === '$') i++;
    }
  }
  return spans;
}

/** The row with each bare pipe inside code or a formula escaped, so that it stays in its cell. */
export function escapeCellPipes(row: string): string {
  if (!row.includes('`') && !row.includes('$')) return row;
  let out = '';
  let last = 0;
  for (const [from, to] of protectedSpans(row)) {
    out += row.slice(last, from) + row.slice(from, to).replace(/(?<!\\)\|/g, '\\|');
    last = to;
  }
  return out + row.slice(last);
}

/** The cells of a row, as markdown-it splits it: at pipes not escaped, the outer ones left out. */
export function cellCount(row: string): number {
  const text = row.replace(/^[ \t>]*/, '').trim();
  const pipes = text.match(/(?<!\\)\|/g)?.length ?? 0;
  return pipes + 1 - (text.startsWith('|') ? 1 : 0) - (text.endsWith('|') && !text.endsWith('\\|') && text.length > 1 ? 1 : 0);
}

/**
 * Before the blocks are parsed, the rows of each pipe table get their pipes
 * inside code and formulas escaped (Pandoc does not split a cell there;
 * markdown-it, as GitHub does, would), and a row with more cells than the
 * table has columns, whose last cells would be left out, is reported.
 */
function tableCells(state: StateCore): void {
  const src = state.src;
  if (!src.includes('|') || !src.includes('-')) return;
  const lines = src.split('\n');
  let changed = false;
  let fence = '';
  for (let i = 0; i < lines.length; i++) {
    const opening = FENCE.exec(lines[i]!)?.[1];
    if (opening && (!fence || (opening[0] === fence[0] && opening.length >= fence.length))) fence = fence ? '' : opening;
    if (fence || i === 0 || !DELIMITER.test(lines[i]!) || !lines[i]!.includes('|') || !lines[i - 1]!.includes('|')) continue;
    const header = escapeCellPipes(lines[i - 1]!);
    changed ||= header !== lines[i - 1];
    lines[i - 1] = header;
    const columns = cellCount(header);
    for (let row = i + 1; row < lines.length && lines[row]!.includes('|'); row++) {
      const escaped = escapeCellPipes(lines[row]!);
      changed ||= escaped !== lines[row];
      lines[row] = escaped;
      const cells = cellCount(escaped);
      if (cells > columns) {
        (state.env as MarkdownEnv).warn?.(
          row,
          'table-cells',
          `this row has ${cells} cells but the table has ${columns} columns: the last ${cells - columns === 1 ? 'one is' : `${cells - columns} are`} left out`,
          'add the column to the header and the delimiter row, or write a pipe that belongs to the text as \\|',
        );
      }
    }
  }
  if (changed) state.src = lines.join('\n');
}

export function tableCellsPlugin(md: MarkdownIt): void {
  md.core.ruler.after('normalize', 'table_cells', tableCells);
}
