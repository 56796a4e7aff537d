import type { MarkdownIt, StateBlock } from 'markdown-it';

/** `. . .` on a line of its own: what follows appears on the next step. */
function pause(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  // The rule is asked at every line of every paragraph: most lines are told apart by their first character.
  if (state.src.charCodeAt(start) !== 0x2e) return false;
  const text = state.src.slice(start, state.eMarks[startLine]);
  if (!/^\. \. \.\s*$/.test(text)) return false;
  if (silent) return true;
  const token = state.push('pause', '', 0);
  token.block = true;
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

export function pausePlugin(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'pause', pause, { alt: ['paragraph'] });
  md.renderer.rules.pause = () => '';
}
