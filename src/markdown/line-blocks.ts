import type { MarkdownIt, StateBlock } from 'markdown-it';

const LINE = /^\|(?: (.*))?$/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/**
 * Pandoc's line blocks: lines that start with "| " keep their breaks and
 * their leading spaces (verse, addresses). A line that starts with a space
 * continues the one before. Tried after tables, which also start with "|".
 */
function lineBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!) !== 0x7c || !LINE.test(lineText(state, startLine))) return false;
  if (silent) return true;
  const lines: string[] = [];
  let next = startLine;
  for (; next < endLine; next++) {
    const text = lineText(state, next);
    const m = LINE.exec(text);
    if (m) lines.push((m[1] ?? '').replace(/^ +/, (spaces) => '\u00a0'.repeat(spaces.length)));
    else if (lines.length && state.sCount[next]! > state.blkIndent && text.trim()) lines[lines.length - 1] += ` ${text.trim()}`;
    else break;
  }
  const open = state.push('line_block_open', 'div', 1);
  open.attrSet('class', 'line-block');
  open.map = [startLine, next];
  const inline = state.push('inline', '', 0);
  // A backslash at a line's end is a hard break.
  inline.content = lines.join('\\\n');
  inline.map = [startLine, next];
  inline.children = [];
  state.push('line_block_close', 'div', -1);
  state.line = next;
  return true;
}

export function lineBlocksPlugin(md: MarkdownIt): void {
  md.block.ruler.after('table', 'line_block', lineBlock);
}
