import { describe, expect, it } from 'vitest';
import { typesetHtml } from '../../src/typeset/typeset-html.js';
import { renderOutlineBody } from '../helpers/render-outline.js';

describe('quotation marks in an outline', () => {
  it('follow the language of the span they stand in, not only the lecture\'s', async () => {
    const { html } = await renderOutlineBody('## Zitate\n\nEr sagte "ja". [He said "hello" and \'bye\'.]{lang="en"}\n', { lang: 'de' });
    const text = typesetHtml(html, 'de');
    expect(text).toContain('Er sagte „ja“.');
    expect(text).toContain('<span lang="en">He said “hello” and ‘bye’.</span>');
  });

  it('are curly in a language typograf does not know, as markdown-it sets them', async () => {
    const { html } = await renderOutlineBody('## Quote\n\nHe said "yes".\n', { lang: 'ja' });
    expect(typesetHtml(html, 'ja')).toContain('He said “yes”.');
  });
});
