import { describe, expect, it } from 'vitest';
import { MATH_ENVIRONMENTS } from '../../src/markdown/math-environments.js';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

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

describe('a LaTeX environment on lines of its own, outside $$', () => {
  it('is a displayed formula that KaTeX sets, as Quarto shows it', async () => {
    const { html, diagnostics } = await renderOutlineBody('## Algebra\n\n\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n\nAfter it.\n');
    expect(diagnostics.list).toEqual([]);
    expect(html).toContain('<div class="math display"><span class="katex-display">');
    // Both rows and the alignment are KaTeX's, no LaTeX left as text; the rows are not numbered, as in Quarto.
    expect(html).toContain('<annotation encoding="application/x-tex">\\begin{align*}\na &amp;= b \\\\\nc &amp;= d\n\\end{align*}</annotation>');
    expect(html).not.toContain('eqn-num');
    expect(html).not.toMatch(/<p>[^<]*\\begin|\{align\}<\/p>/);
    expect(html).toContain('<p>After it.</p>');
  });

  it.each([...MATH_ENVIRONMENTS])('reads \\begin{%s} as KaTeX sets it', async (name) => {
    const argument = name.startsWith('align') && name.includes('at') ? '{2}' : name.includes('array') ? '{cc}' : '';
    const body = name === 'CD' ? 'A @>a>> B' : name.startsWith('equation') ? 'a = b' : 'a & b \\\\\nc & d';
    const { html, diagnostics } = await renderOutlineBody(`## M\n\n\\begin{${name}}${argument}\n${body}\n\\end{${name}}\n`);
    expect(diagnostics.list).toEqual([]);
    expect(html).toContain('<div class="math display"><span class="katex-display">');
    expect(html).not.toContain('katex-error');
  });

  it('interrupts a paragraph, counts nested environments, takes a {#eq-} label and keeps text after \\end as a paragraph', async () => {
    const { html, diagnostics } = await renderOutlineBody(
      '## M\n\nWe have\n\\begin{equation}\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n\\end{equation} {#eq-pair}\n\nSee @eq-pair.\n\n\\begin{gather*} x \\end{gather*} and more.\n',
    );
    expect(diagnostics.list).toEqual([]);
    expect(html).toContain('<p>We have</p>');
    expect(html).toContain('<div class="math display" id="eq-pair">');
    // Numbered once, by its label.
    expect(html.match(/\(1\)/g)).toHaveLength(1);
    expect(html).not.toContain('eqn-num');
    expect(html).toMatch(/See <a href="#\/eq-pair"[^>]*>Equation\s1<\/a>/);
    expect(html).toContain('<p>and more.</p>');
    expect(html.match(/katex-display/g)).toHaveLength(2);
  });

  it('reports an environment never closed, at its line, and keeps the text', async () => {
    const { html, diagnostics } = await renderOutlineBody('## M\n\n\\begin{align}\na &= b\n\n## Next\n');
    expect(summarise(diagnostics)).toEqual([expect.stringMatching(/^6:1 error "\\begin\{align\}" is never closed$/)]);
    expect(diagnostics.list[0]!.hint).toBe('end the formula with "\\end{align}"');
    expect(html).toContain('Next');
  });

  it('leaves other environments and a \\begin inside a line as text', async () => {
    const { html } = await renderOutlineBody('## M\n\n\\begin{itemize} x \\end{itemize}\n\nText \\begin{align} inside.\n');
    expect(html).not.toContain('katex');
  });
});

describe('numbered items', () => {
  it('an id given twice is reported at the second, and references go to the first', async () => {
    const { diagnostics, html } = await renderOutlineBody('## Two\n\n$$a$$ {#eq-a}\n\n$$b$$ {#eq-a}\n\nSee @eq-a.\n');
    expect(diagnostics.list.map((d) => [d.start.line, d.ruleId, d.message])).toEqual([
      [8, 'duplicate-id', 'the id "eq-a" is given twice: references to it go to the first (Equation\u00a01)'],
    ]);
    expect(html).toContain('class="quarto-xref">Equation\u00a01</a>');
  });

  it('a formula that cannot be typeset is reported as written, without the number Lectern adds', async () => {
    const { diagnostics } = await renderOutlineBody('## Bad\n\n$$\\frac{1}{$$ {#eq-bad}\n');
    expect(diagnostics.list).toHaveLength(1);
    expect(diagnostics.list[0]!.message).toMatch(/^the formula cannot be typeset: /);
    expect(diagnostics.list[0]!.message).not.toContain('\\tag');
  });
});
