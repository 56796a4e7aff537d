import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { renderSlides } from '../../src/render/render-deck.js';
import { BUILTIN_TEMPLATES, TemplateRegistry } from '../../src/render/template-registry.js';
import { miniCourse, renderOutlineBody } from '../helpers/render-outline.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * What Lectern does not render of Quarto's syntax is never dropped in
 * silence: each construct gives exactly one warning, at its place, with a
 * hint. Front matter takes lines 1–9 here, so the body starts on line 10.
 */
const FRONT_MATTER = 'execute:\n  echo: false\nformat:\n  revealjs:\n    multiplex: true\n  pdf: default\n';
const BODY = [
  '## Unsupported', //  8
  '', //                9
  '```{python}', //    10
  '#| echo: false', // 13
  'print(1)', //       12
  '```', //            13
  '', //               14
  '```{dot}', //       15
  'digraph { a -> b }', // 18
  '```', //            17
  '', //               18
  '```{=typst}', //    19
  '#pagebreak()', //   20
  '```', //            21
  '', //               22
  'A break {{< pagebreak >}} and {{< meta nowhere >}}.', // 25
  '', //               24
  '::: {.my-box}', //  25
  'Boxed.', //         26
  ':::', //            27
  '', //               28
  '::: {layout-valign="top"}', // 31
  'One', //            30
  '', //               31
  '', //               32
  ':::', //            33
  '', //               34
  '::: {.callout-tip collapse="true"}', // 37
  'Folded.', //        36
  ':::', //            37
  '', //               38
  'See @fig-missing `x`{=typst}.', // 41
  '',
].join('\n');

describe('Quarto constructs Lectern does not render', () => {
  it('each give exactly one positioned warning with a hint', async () => {
    const { diagnostics } = await renderOutlineBody(BODY, { frontMatter: FRONT_MATTER });
    const found = diagnostics.sorted().map((d) => `${d.start.line}:${d.start.column} ${d.severity} ${d.ruleId} ${d.message}`);
    expect(found).toEqual([
      '3:1 warning unknown-key front-matter key "execute" is not used by Lectern: it is ignored',
      '7:5 warning unknown-option revealjs option "multiplex" is not supported by Lectern: it is ignored',
      '8:3 warning unknown-format format "pdf" is not built: Lectern makes reveal.js decks',
      '12:1 warning executable-cell a {python} cell is shown as code: Lectern does not run code',
      '17:1 warning executable-cell a {dot} diagram is shown as code: Lectern draws mermaid diagrams only',
      '21:1 warning raw-format a raw "typst" block is left out of the deck',
      '25:9 warning unknown-shortcode unknown shortcode "pagebreak": it renders nothing',
      '25:31 warning unknown-meta no metadata "nowhere" in the front matter or course.yaml',
      '27:1 warning unknown-class div class "my-box" means nothing to Lectern: nothing styles it',
      '31:1 warning unsupported-attribute attribute "layout-valign" is not supported by Lectern: it is ignored',
      '37:1 warning unsupported-attribute attribute "collapse" is not supported by Lectern: it is ignored',
      '41:5 warning unknown-reference "@fig-missing" refers to no figure',
      '41:18 warning raw-format a raw "typst" span is left out of the deck',
    ]);
    expect(diagnostics.list.every((d) => d.hint)).toBe(true);
  });

  it('reports a reference to no figure at its own column, each where it stands', async () => {
    const body = '## Refs\n\n- first, @fig-a and @fig-b\n- again @fig-a,\n  and @fig-a\n';
    const { diagnostics } = await renderOutlineBody(body);
    expect(diagnostics.sorted().map((d) => `${d.start.line}:${d.start.column} ${d.message}`)).toEqual([
      '6:10 "@fig-a" refers to no figure',
      '6:21 "@fig-b" refers to no figure',
      '7:9 "@fig-a" refers to no figure',
      '8:7 "@fig-a" refers to no figure',
    ]);
  });

  it('reports a reference to no table or equation, with how to give one its id', async () => {
    const { diagnostics } = await renderOutlineBody('## Refs\n\nSee @tbl-none and @eq-none.\n');
    expect(diagnostics.sorted().map((d) => `${d.start.line}:${d.start.column} ${d.message} (${d.hint})`)).toEqual([
      '6:5 "@tbl-none" refers to no table (give a table\'s caption the id, ": Caption {#tbl-none}", or fix the reference)',
      '6:19 "@eq-none" refers to no equation (end the formula with "$$ {#eq-none}", or fix the reference)',
    ]);
  });

  it('shows Quarto`s institute on the title slide, without a warning', async () => {
    const { deck, diagnostics } = await renderOutlineBody('## A slide\n', { frontMatter: 'institute: [Example University, Another College]\n' });
    expect(diagnostics.list).toEqual([]);
    const c = await miniCourse();
    const [title] = renderSlides(deck!, c, new TemplateRegistry([BUILTIN_TEMPLATES], diagnostics));
    expect(title).toContain('<p class="institute">Example University, Another College</p>');
  });

  it('shows an executable cell as highlighted code without its option lines', async () => {
    const { html } = await renderOutlineBody('## Cell\n\n```{python}\n#| echo: false\n#| fig-cap: "x"\nprint(1)\n```\n');
    expect(html).toContain('<pre><code class="hljs language-python"><span class="hljs-built_in">print</span>(<span class="hljs-number">1</span>)');
    expect(html).not.toContain('#|');
  });
});

describe('a deck written in Quarto syntax, using every construct Lectern renders', () => {
  it('checks with 0 warnings', () => {
    const course = join(FIXTURES, 'quarto-course');
    expect(readFileSync(join(course, '01-demo.en.qmd'), 'utf8')).toContain('panel-tabset');
    const result = runCli(['check', course]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/0 errors, 0 warnings/);
  });
});
