import { describe, expect, it } from 'vitest';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

/** Front matter takes lines 1–3 of a fixture, so its body starts on line 4. */
describe('outline diagnostics', () => {
  it('reports an unknown fact at the helper, with a did-you-mean', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\nHeld {{date "first-trail"}}.\n');
    expect(summarise(diagnostics)).toEqual(['6:6 error unknown fact "first-trail" — did you mean "first-trial"?']);
  });

  it('reports a helper used on the wrong type of fact', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{name "first-trial"}}\n');
    expect(summarise(diagnostics)).toEqual(['6:1 error {{name "first-trial"}} needs a fact of type person, but "first-trial" is an event']);
  });

  it('reports a missing translation in the lecture language', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{fact "first-trial"}}\n', { lang: 'fr' });
    expect(summarise(diagnostics)).toEqual(['6:1 error the title of "first-trial" has no "fr" text']);
  });

  it('reports bad helper arguments and unknown helpers', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{fact}} {{fact "zinoviev" "colour"}} {{dat "x"}}\n');
    expect(summarise(diagnostics)).toEqual([
      '6:1 error {{fact}} needs a fact id',
      '6:10 error {{fact}} has no field "colour"',
      '6:39 error unknown helper "dat" — did you mean "date"?',
    ]);
  });

  it('reports a Handlebars syntax error at its line', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\nText\n\n{{#each (facts tag="trials")}}\n- x\n');
    expect(summarise(diagnostics)).toEqual(['8:1 error {{#each}} is never closed']);
  });

  it('reports an unclosed fenced div at its opening line', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n::: notes\nSay this.\n');
    expect(summarise(diagnostics)).toEqual(['6:1 error "::: notes" is never closed']);
  });

  it('reports a missing image and one outside the course', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n![x](images/nope.png)\n\n![y](../../etc/passwd)\n');
    expect(summarise(diagnostics)).toEqual([
      '6:1 error image "images/nope.png" not found',
      '8:1 error image path "../../etc/passwd" leads outside the course',
    ]);
  });

  it('warns about an image without alt text, and not about one with it', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n![a dot](images/dot.png)\n\nText ![](images/dot.png)\n\n![ ](images/dot.png)\n');
    expect(summarise(diagnostics)).toEqual([
      '8:1 warning an image has no alt text: a screen reader cannot say what it shows, and search cannot find it',
      '10:1 warning an image has no alt text: a screen reader cannot say what it shows, and search cannot find it',
    ]);
  });

  it('warns about two slides given the same {#id}, and keeps ids unique', async () => {
    const { diagnostics, html } = await renderOutlineBody('## A {#same}\n\n## B {#same}\n\n## A\n');
    expect(summarise(diagnostics)).toEqual(['6:1 warning the slide id "same" is used by another slide of this lecture']);
    expect(html).toContain('<section id="same">');
    expect(html).toContain('<section id="b">');
    expect(html).toContain('<section id="a">');
  });

  it('collects every problem of an outline in one run', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{date "nope"}}\n\n## B\n\n{{figure "zinoviev"}}\n\n![x](missing.png)\n');
    expect(diagnostics.count('error')).toBe(3);
  });

  it('reports bad front matter at its line', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n', { frontMatter: 'lang: [en\n' });
    expect(summarise(diagnostics)[0]).toMatch(/^[34]:\d+ error /);
  });
});
