import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

/** Quarto's conditional content, decided for the revealjs format. */
describe('conditional content', () => {
  it.each([
    ['content-hidden when-format="revealjs"', false],
    ['content-hidden when-format="html"', false],
    ['content-hidden when-format="pdf"', true],
    ['content-hidden unless-format="revealjs"', true],
    ['content-hidden', false],
    ['content-visible when-format="pdf"', false],
    ['content-visible when-format="latex, pdf"', false],
    ['content-visible when-format="revealjs"', true],
    ['content-visible unless-format="pdf"', true],
    ['content-visible unless-format="html"', false],
    ['content-visible', true],
  ])('::: {.%s} is shown: %s', async (attributes, shown) => {
    const { html, diagnostics } = await renderOutlineBody(`## Slide\n\nBefore.\n\n::: {.${attributes}}\nConditional words.\n:::\n\nAfter.\n`);
    expect(html.includes('Conditional words.')).toBe(shown);
    expect(html).toContain('After.');
    expect(html).not.toContain('content-');
    expect(summarise(diagnostics)).toEqual([]);
  });

  it('may hold whole slides', async () => {
    const { html } = await renderOutlineBody(
      '## Kept\n\nOne.\n\n::: {.content-visible when-format="revealjs"}\n## Deck only\n\nTwo.\n:::\n\n::: {.content-hidden when-format="revealjs"}\n## Not in the deck\n\nThree.\n:::\n',
    );
    expect(html.match(/<section/g)?.length).toBe(2);
    expect(html).toContain('Deck only');
    expect(html).not.toContain('Not in the deck');
  });

  it('keeps the kinds of div inside shown content, and reports a condition on metadata', async () => {
    const { html, diagnostics } = await renderOutlineBody('## S\n\n::: {.content-visible when-meta="draft"}\n::: {.callout-note}\nNoted.\n:::\n:::\n');
    expect(html).toContain('callout-note');
    expect(html).toContain('Noted.');
    expect(summarise(diagnostics)).toEqual(['6:1 warning attribute "when-meta" is not supported by Lectern: the condition is decided by the format alone']);
  });
});

describe('raw TeX blocks', () => {
  it('draw {=latex} as {=tex}, through KaTeX, as the compatibility table says', async () => {
    const tex = await renderOutlineBody('## M\n\n```{=tex}\n\\begin{aligned} a &= b \\end{aligned}\n```\n');
    const latex = await renderOutlineBody('## M\n\n```{=latex}\n\\begin{aligned} a &= b \\end{aligned}\n```\n');
    expect(latex.html).toContain('class="katex');
    expect(latex.html).toBe(tex.html);
    expect(summarise(latex.diagnostics)).toEqual([]);
    const docs = readFileSync(join(REPO, 'docs/authoring.md'), 'utf8');
    expect(docs).toMatch(/\{=tex\}.*\{=latex\}.*\| rendered \|/);
    expect(docs).toMatch(/content-visible when-format.*\| rendered \|/);
  });
});

describe('classes on a slide\'s heading', () => {
  it('are warned about when nothing styles them, as a div\'s are', async () => {
    const { diagnostics } = await renderOutlineBody('## X {.nonsense .smaller}\n\nText.\n\n::: {.nonsense}\nBoxed.\n:::\n');
    expect(summarise(diagnostics)).toEqual([
      '4:1 warning slide class "nonsense" means nothing to Lectern: nothing styles it',
      '8:1 warning div class "nonsense" means nothing to Lectern: nothing styles it',
    ]);
  });
});
