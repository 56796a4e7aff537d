import { describe, expect, it } from 'vitest';
import { LineIndex, toPosition } from '../../src/diagnostics/position.js';

describe('LineIndex', () => {
  const index = new LineIndex('ab\ncd\n\nef');
  it('maps offsets to 1-based line and column', () => {
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(1)).toEqual({ line: 1, column: 2 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(6)).toEqual({ line: 3, column: 1 });
    expect(index.position(8)).toEqual({ line: 4, column: 2 });
  });
});

describe('toPosition', () => {
  it('converts 0-based parser numbering and shifts embedded text', () => {
    expect(toPosition(0, 0, { lineBase: 0, columnBase: 0 })).toEqual({ line: 1, column: 1 });
    expect(toPosition(3, 4, { lineBase: 1, columnBase: 0, lineOffset: 5 })).toEqual({ line: 8, column: 5 });
  });
});
