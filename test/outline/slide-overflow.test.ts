import { describe, expect, it } from 'vitest';
import { OVERFLOW_HINT } from '../../src/outline/estimate-height.js';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

const items = (n: number) => Array.from({ length: n }, (_, i) => `- point ${i} with a few words`).join('\n');
const code = (n: number) => Array.from({ length: n }, (_, i) => `x${i} = ${i}`).join('\n');

/** build and check report slides clearly taller than the slide, without a browser; body lines start at 4. */
describe('overflow, estimated at build time', () => {
  it('reports a slide whose content is clearly taller than the slide, at its heading, with a hint', async () => {
    const { diagnostics } = await renderOutlineBody(`## Full\n\n${items(16)}\n`);
    expect(summarise(diagnostics)).toEqual(["4:1 warning the slide's content is about 229px taller than the slide; the largest part is a list"]);
    expect(diagnostics.list[0]!.hint).toMatch(/split the slide/);
  });

  it('reports twelve one-line bullets, which overrun the slide in the browser, and leaves eleven alone', async () => {
    const bullets = (n: number) => Array.from({ length: n }, (_, i) => `- Bullet number ${i} here`).join('\n');
    expect(summarise((await renderOutlineBody(`## Twelve\n\n${bullets(12)}\n`)).diagnostics)).toEqual([
      "4:1 warning the slide's content is about 16px taller than the slide; the largest part is a list",
    ]);
    expect(summarise((await renderOutlineBody(`## Eleven\n\n${bullets(11)}\n`)).diagnostics)).toEqual([]);
  });

  it('gives the hint the PDF export gives', async () => {
    const { diagnostics } = await renderOutlineBody(`## Full\n\n${items(16)}\n`);
    expect(diagnostics.list[0]!.hint).toBe(OVERFLOW_HINT);
    expect(OVERFLOW_HINT).toContain('{.smaller} or {.scrollable}');
  });

  it('leaves alone a slide that fits, a .smaller one that fits once smaller, and a .scrollable one', async () => {
    for (const body of [`## Fits\n\n${items(8)}\n`, `## Small {.smaller}\n\n${items(13)}\n`, `## Scrolls {.scrollable}\n\n${items(30)}\n`]) {
      expect(summarise((await renderOutlineBody(body)).diagnostics)).toEqual([]);
    }
  });

  it('names an executable cell when it is what takes the room', async () => {
    const { diagnostics } = await renderOutlineBody(`## Cell\n\nIntro.\n\n\`\`\`{r}\n${code(40)}\n\`\`\`\n\n${items(6)}\n`);
    expect(summarise(diagnostics)).toContain(
      "4:1 warning the slide's content is about 275px taller than the slide; the largest part is a {r} cell shown as code (Lectern does not run it)",
    );
  });
});
