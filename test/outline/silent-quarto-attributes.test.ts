import { describe, expect, it } from 'vitest';
import { renderOutlineBody } from '../helpers/render-outline.js';

const warnings = (list: Array<{ ruleId?: string; message: string; start: { line: number } }>) => list.map((d) => `${d.start.line} ${d.ruleId}: ${d.message}`);

describe('Quarto attributes that would do nothing', () => {
  it('a class that acts inside a slide, put on its heading, is warned about', async () => {
    const { diagnostics, html } = await renderOutlineBody('## Big {.r-fit-text}\n\nText.\n\n## Small {.smaller}\n\nText.\n');
    expect(warnings(diagnostics.list)).toEqual(['4 misplaced-class: class "r-fit-text" acts on an element inside a slide, not on a slide: it does nothing here']);
    expect(html).toContain('class="smaller"');
  });

  it('fig-cap and fig-pos on an image are warned about and left out of the HTML', async () => {
    const { diagnostics, html } = await renderOutlineBody('## Plot\n\nSee it.\n\n![A curve](plot.png){fig-cap="Eine Kurve" fig-pos="h"}\n');
    expect(warnings(diagnostics.list).filter((w) => w.includes('unsupported-attribute'))).toEqual([
      '8 unsupported-attribute: attribute "fig-cap" is not read on an image: it is ignored',
      '8 unsupported-attribute: attribute "fig-pos" is not read on an image: it is ignored',
    ]);
    expect(html).not.toMatch(/fig-cap|fig-pos/);
  });

  it('an aligned image alone on its slide is stretched on the side it names, its caption too', async () => {
    const { html } = await renderOutlineBody('## Plot\n\n![A curve](plot.png){fig-align="right" width="30%"}\n');
    expect(html).toMatch(/<img [^>]*class="r-stretch quarto-figure-right"/);
    expect(html).toContain('<p class="caption quarto-figure-right">A curve</p>');
  });
});
