import { describe, expect, it } from 'vitest';
import { tableColumns } from '../../src/pptx/table-columns.js';

const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0);

describe('table columns for PowerPoint', () => {
  it('widen a column to its longest word with slack, taking the room from the others, the table keeping its width', () => {
    const widths = tableColumns([100, 500, 400], [100, 80, 60], 8);
    expect(widths[0]).toBeCloseTo(100 * 1.1 + 8);
    expect(total(widths)).toBeCloseTo(1000);
    expect(widths[1]).toBeGreaterThan(80 * 1.1 + 8);
    expect(widths[2]).toBeGreaterThan(60 * 1.1 + 8);
  });

  it('leave columns with room to spare as they are when none is short', () => {
    expect(tableColumns([300, 300], [50, 60], 8)).toEqual([300, 300]);
  });

  it('share a table too narrow for its words in proportion to what each column needs', () => {
    const widths = tableColumns([100, 100], [150, 50], 0);
    expect(total(widths)).toBeCloseTo(200);
    expect(widths[0]! / widths[1]!).toBeCloseTo(3);
  });
});
