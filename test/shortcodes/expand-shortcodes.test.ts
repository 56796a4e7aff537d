import { describe, expect, it } from 'vitest';
import { parseShortcode } from '../../src/shortcodes/expand-shortcodes.js';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

/** Front matter takes lines 1–3 of a fixture, so its body starts on line 4. */
describe('shortcodes', () => {
  it('parses positional and named arguments, quoted or not', () => {
    expect(parseShortcode('video "a b.mp4" width=640 title="A clip" start=\'3\'')).toEqual({
      name: 'video',
      args: ['a b.mp4'],
      named: { width: '640', title: 'A clip', start: '3' },
    });
  });

  it('never reach Handlebars: a deck full of them has no helper syntax error', async () => {
    const { diagnostics, html } = await renderOutlineBody('## A\n\n{{< kbd m >}} {{< meta title >}} {{fact "first-trial"}}\n');
    expect(summarise(diagnostics)).toEqual([]);
    expect(html).toContain('<kbd>m</kbd> Fixture <span');
  });

  it('reports an unknown shortcode where it stands, once, and renders nothing', async () => {
    const { diagnostics, html } = await renderOutlineBody('## A\n\nSee {{< pagebreak >}} and {{< var version >}}.\n');
    expect(summarise(diagnostics)).toEqual([
      '6:5 warning unknown shortcode "pagebreak": it renders nothing',
      '6:27 warning unknown shortcode "var": it renders nothing',
    ]);
    expect(html).toContain('<p>See  and .</p>');
    expect(diagnostics.list[0]!.hint).toMatch(/include, kbd, meta, video/);
  });

  it('reports missing arguments, metadata and files', async () => {
    const { diagnostics } = await renderOutlineBody(
      '## A\n\n{{< meta >}} {{< meta nope.deeper >}}\n\n{{< video videos/none.mp4 >}}\n\n{{< include _none.md >}}\n\n{{< include ../../package.json >}}\n',
    );
    expect(summarise(diagnostics)).toEqual([
      '6:1 warning {{< meta >}} needs a key',
      '6:14 warning no metadata "nope.deeper" in the front matter or course.yaml',
      '8:1 error video "videos/none.mp4" not found',
      '10:1 warning included file "_none.md" not found',
      '12:1 warning included file "../../package.json" lies outside the course',
    ]);
  });

  it('refuses a video address that is neither a course file nor http(s)', async () => {
    const { diagnostics, html } = await renderOutlineBody('## A\n\n{{< video javascript:alert(1) >}}\n');
    expect(summarise(diagnostics)).toEqual(['6:1 error video "javascript:alert(1)" is neither a file of the course nor an http(s) address']);
    expect(html).not.toContain('javascript');
  });

  it('reads metadata from the front matter first, then course.yaml, in the lecture language', async () => {
    const { html } = await renderOutlineBody('## A\n\n{{< meta subtitle >}} / {{< meta title >}} / {{< meta languages >}}\n', { frontMatter: 'subtitle: Sub\n' });
    expect(html).toContain('<p>Sub / Fixture / en, ru</p>');
  });

  it('reports problems inside an included file at its own lines, and lines after the include at theirs', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{< include parts/_keys.md >}}\n\n{{fact "nope"}}\n');
    expect(summarise(diagnostics)).toEqual(['8:1 error unknown fact "nope"', '3:1 warning unknown shortcode "nope": it renders nothing']);
    const files = diagnostics.sorted().map((d) => d.file.split('/').at(-1));
    expect(files).toEqual(['fixture.en.md', '_keys.md']);
  });

  it('stops an include that includes itself', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\n{{< include parts/_loop.md >}}\n');
    expect(summarise(diagnostics)).toEqual(['1:1 warning "_loop.md" includes itself']);
  });
});
