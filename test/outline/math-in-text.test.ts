import { describe, expect, it } from 'vitest';
import { renderOutlineBody } from '../helpers/render-outline.js';

describe('$$…$$ inside a paragraph', () => {
  it('is a displayed formula, as in Pandoc and Quarto, with no dollar left in the text', async () => {
    const { html, diagnostics } = await renderOutlineBody('## Energy\n\nThe relation $$E = mc^2$$ holds, and so does $a + b$.\n');
    expect(diagnostics.list).toEqual([]);
    expect(html).toContain('<span class="math display"><span class="katex-display">');
    expect(html).not.toMatch(/\$/);
    // The inline formula next to it stays inline.
    expect(html.match(/katex-display/g)).toHaveLength(1);
  });

  it('stays text when it is never closed, and money stays money', async () => {
    const { html } = await renderOutlineBody('## Prices\n\nIt cost $$5 then $6.\n');
    expect(html).toContain('It cost $$5 then $6.');
  });
});
