import { describe, expect, it } from 'vitest';
import { cellCount, escapeCellPipes } from '../../src/markdown/table-cells.js';
import { renderOutlineBody } from '../helpers/render-outline.js';

/** A cell's text with each formula as [its TeX]. */
function cellText(cell: string): string {
  let out = '';
  for (let i = 0; i < cell.length; ) {
    if (!cell.startsWith('<span class="katex">', i)) {
      out += cell[i++];
      continue;
    }
    // Skips the formula's spans, nested, and puts its TeX in their place.
    let depth = 0;
    const start = i;
    do {
      const open = cell.indexOf('<span', i);
      const close = cell.indexOf('</span>', i);
      if (open >= 0 && open < close) {
        depth++;
        i = open + 5;
      } else {
        depth--;
        i = close + 7;
      }
    } while (depth > 0);
    out += `[${/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(cell.slice(start, i))?.[1]}]`;
  }
  return out.replace(/<[^>]+>/g, '').trim();
}

/** The text of each cell of each row of the first table. */
function cells(html: string): string[][] {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cellText(cell!)));
}

describe('pipes in table cells', () => {
  it('do not split a cell inside a formula or inline code, as in Pandoc', async () => {
    const { html, diagnostics } = await renderOutlineBody(
      '## Norms\n\n| Name | Value |\n|---|---|\n| Pipe | $|x|$ and $\\lvert y \\rvert$ |\n| $|x|$ | y |\n| Code | `a|b` |\n| Money | $5 | \n',
    );
    expect(diagnostics.list).toEqual([]);
    const rows = cells(html);
    expect(rows[1]![0]).toBe('Pipe');
    expect(rows[1]![1]).toBe('[|x|] and [\\lvert y \\rvert]');
    expect(rows[2]).toHaveLength(2);
    expect(rows[2]).toEqual(['[|x|]', 'y']);
    expect(rows[3]).toEqual(['Code', 'a|b']);
    expect(rows[4]).toEqual(['Money', '$5']);
  });

  it('warns about a row with more cells than the table has columns, naming its line', async () => {
    const { html, diagnostics } = await renderOutlineBody('## Counts\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n');
    expect(cells(html)[1]).toEqual(['1', '2']);
    expect(diagnostics.list).toMatchObject([{ severity: 'warning', ruleId: 'table-cells', start: { line: 8 } }]);
    expect(diagnostics.list[0]!.message).toBe('this row has 3 cells but the table has 2 columns: the last one is left out');
  });

  it('leaves code blocks and escaped pipes as they are', () => {
    expect(escapeCellPipes('| `a\\|b` | c |')).toBe('| `a\\|b` | c |');
    expect(escapeCellPipes('| ``a`|`b`` | $$|y|$$ |')).toBe('| ``a`\\|`b`` | $$\\|y\\|$$ |');
    expect(escapeCellPipes('| $ 5 | 6 $ |')).toBe('| $ 5 | 6 $ |');
    expect(cellCount('| a | b \\| c |')).toBe(2);
    expect(cellCount('a | b')).toBe(2);
  });
});
