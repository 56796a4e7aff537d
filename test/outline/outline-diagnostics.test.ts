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

  it('reports an HTML comment never closed at its opening, with the slides it hides', async () => {
    const { diagnostics, deck } = await renderOutlineBody('## A\n\n  <!-- draft\n\n## B\n\nText.\n\n---\n\n# Part two\n');
    expect(summarise(diagnostics)).toEqual(['6:3 error the HTML comment opened here is never closed: it hides the rest of the lecture (3 slides)']);
    expect(diagnostics.sorted()[0]).toMatchObject({ ruleId: 'unclosed-comment', hint: 'close it with "-->"' });
    expect(deck?.slides.length).toBe(2);
  });

  it('reports a code fence never closed, which shows the following slides as code', async () => {
    // The second fence has an info string, so it cannot close the first: the block runs to the end.
    const { diagnostics } = await renderOutlineBody('## A\n\n```python\nx = 1\n\n## B\n\nLost?\n\n```python\ny = 2\n');
    expect(summarise(diagnostics)).toEqual(['6:1 error the code block opened here is never closed: it shows the rest of the lecture as code (1 slide)']);
    expect(diagnostics.sorted()[0]).toMatchObject({ ruleId: 'unclosed-code', hint: 'close it with a line holding only "```"' });
  });

  it('reports a code fence never closed inside a div at the fence, not at the div whose ":::" it takes for code', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n::: notes\n```python\nx = 1\n:::\n\n## B\n');
    expect(summarise(diagnostics)).toEqual(['7:1 error the code block opened here is never closed, so "::: notes" around it is not either']);
    expect(diagnostics.sorted()[0]).toMatchObject({ ruleId: 'unclosed-code', hint: 'close the code block with a line holding only "```"' });
  });

  it('reports a Handlebars comment never closed where it opens', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{!-- a closed one --}} and {{!-- an open one\n\n## B\n');
    expect(summarise(diagnostics)).toEqual(['6:29 error the comment "{{!--" opened here is never closed: it hides the rest of the lecture']);
    expect(diagnostics.sorted()[0]).toMatchObject({ ruleId: 'helper-syntax', hint: 'close it with "--}}"' });
  });

  it('reports a raw <pre> never closed', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n<pre>\nx\n\n## B\n');
    expect(summarise(diagnostics)).toEqual(['6:1 error the <pre> element opened here is never closed: it takes in the rest of the lecture (1 slide)']);
  });

  it('says nothing of comments and fences that are closed, or left open at the end with no slide after them', async () => {
    const closed = [
      '## A\n\n<!-- one line -->\n\n## B\n',
      '## A\n\n<!--\nseveral\nlines\n-->\n\n## B\n',
      '## A\n\n<!-->\n\n## B\n',
      '## A\n\n````md\n```\n## Not a slide\n```\n````\n\n## B\n',
      '## A\n\n~~~\ncode\n~~~~\n\n## B\n',
      '## A\n\n- item\n\n  ```\n  in a list\n\n## B\n',
      '## A\n\n<pre>x</pre>\n\n## B\n',
    ];
    const atTheEnd = ['## A\n\n```bash\nls\n', '## A\n\n<!-- notes to self\nmore text\n', '## A\n\n```yaml\nkey: value\n# a comment\n'];
    for (const body of [...closed, ...atTheEnd]) {
      const { diagnostics } = await renderOutlineBody(body);
      expect(summarise(diagnostics), body).toEqual([]);
    }
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
