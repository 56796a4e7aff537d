import type { Position } from './diagnostic.js';

/** Maps offsets in a text to 1-based line:column positions. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

/**
 * Converts a parser's own numbering to Lectern's 1-based line:column.
 * `lineBase` and `columnBase` say where the parser starts counting (0 or 1);
 * `lineOffset` shifts positions in an embedded text (an outline body after its front matter).
 */
export function toPosition(
  line: number,
  column: number,
  { lineBase = 1, columnBase = 1, lineOffset = 0 }: { lineBase?: 0 | 1; columnBase?: 0 | 1; lineOffset?: number } = {},
): Position {
  return { line: line - lineBase + 1 + lineOffset, column: column - columnBase + 1 };
}
