import { describe, expect, it } from 'vitest';
import { renderOutlineBody } from '../helpers/render-outline.js';

describe('{{term}}', () => {
  it('sets a term and its definition one way in every language: the term in bold with a full stop, then the definition', async () => {
    const en = (await renderOutlineBody('\n## T\n\n- {{term "show-trial"}}\n')).html;
    const ru = (await renderOutlineBody('\n## T\n\n- {{term "show-trial"}}\n', { lang: 'ru' })).html;
    const item = (html: string) => /<li>([\s\S]*?)<\/li>/.exec(html)?.[1]?.replace(/<span[^>]*>|<\/span>/g, '');
    expect(item(en)).toBe('<strong class="term">show trial.</strong> A public trial staged for its effect on the public.');
    expect(item(ru)).toBe('<strong class="term">показательный процесс.</strong> Открытый суд, устроенный ради воздействия на публику.');
  });

  it('reports a fact that is not a term', async () => {
    const { diagnostics } = await renderOutlineBody('\n## T\n\n{{term "zinoviev"}}\n');
    expect(diagnostics.list.map((d) => d.message).join('\n')).toMatch(/zinoviev/);
  });
});
