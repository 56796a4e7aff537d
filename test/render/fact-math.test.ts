import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { check } from '../../src/check.js';
import { formulasIn, textWithMath } from '../../src/markdown/math-in-text.js';
import { courseWithMathTerm } from '../helpers/course-files.js';
import { summarise } from '../helpers/render-outline.js';
import { tempDir } from '../helpers/paths.js';

describe('formulas in plain text', () => {
  it('are read as in outlines: no space inside the dollars, money and \\$ left alone', () => {
    expect(formulasIn('$x$ and $a + b$').map((f) => f.tex)).toEqual(['x', 'a + b']);
    expect(formulasIn('It cost $5 and $6; $ x $; \\$y\\$')).toEqual([]);
    expect(textWithMath('A <b> & \\$5')).toBe('A &lt;b&gt; &amp; $5');
    expect(textWithMath('$x$ <')).toMatch(/^<span class="katex">.*<\/span> &lt;$/);
  });
});

describe('a fact whose text holds $…$', () => {
  let out = '';
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  /** The HTML of a fact's text, without KaTeX's own copy of the TeX (its annotation), where a "$" would be no fault. */
  const shown = (html: string) => html.replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, '');

  beforeAll(async () => {
    out = join(tempDir(), 'out');
    const result = await build({ course: courseWithMathTerm('It holds $\\\\sigma^2 = E[(X-\\\\mu)^2]$.'), out, langs: ['en'] });
    expect(result.diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
  }, 60_000);

  it('shows KaTeX\'s formulas on the slide and in the notes, with no dollar left', () => {
    const deck = read('en/01-demo/index.html');
    const slide = deck.slice(deck.indexOf('<h2>Variance</h2>'), deck.indexOf('</section>', deck.indexOf('<h2>Variance</h2>')));
    const [content, notes] = slide.split('<aside class="notes">') as [string, string];
    expect(content).toMatch(/<strong class="term"><span class="fact" data-fact="variance">Variance <span class="katex">/);
    expect(content).toMatch(/In short: <span class="fact" data-fact="variance">It holds <span class="katex">/);
    expect(notes).toMatch(/<strong>Variance <span class="katex">/);
    expect(notes).toMatch(/: It holds <span class="katex">/);
    expect(notes).toMatch(/As <span class="katex">.*\\to \\infty/);
    expect(shown(slide)).not.toContain('$');
  });

  it('shows them on the glossary and the fact index, which load KaTeX\'s stylesheet', () => {
    for (const page of ['en/glossary.html', 'en/facts.html']) {
      const html = read(page);
      expect(html).toContain('<link rel="stylesheet" href="../assets/katex/katex.min.css">');
      expect(html).toMatch(/<dt id="variance">Variance <span class="katex">/);
      expect(shown(html)).not.toContain('$');
    }
    // Pages without a formula do without the stylesheet.
    expect(read('en/people.html')).not.toContain('katex');
  });
});

describe('a formula KaTeX cannot read in a fact', () => {
  it('is reported at its place in the facts file', async () => {
    const { diagnostics } = await check({ course: courseWithMathTerm('Broken $\\\\frac{1}$ here.') });
    const found = summarise(diagnostics).filter((d) => d.includes('cannot be typeset'));
    expect(found).toEqual([expect.stringMatching(/^4:\d+ error the formula "\$\\frac\{1\}\$" of "variance" cannot be typeset: /)]);
    const d = diagnostics.list.find((x) => x.ruleId === 'math')!;
    expect(d.file).toMatch(/facts\/terms\.yaml$/);
    expect(d.hint).toMatch(/KaTeX/);
  });
});
