import { describe, expect, it } from 'vitest';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

describe('arguments of the fact helpers', () => {
  it('past those the helper reads are warned about where they stand, naming what it reads', async () => {
    const { html, diagnostics } = await renderOutlineBody('## T\n\nHeld {{date "first-trial" "xx"}}.\n\n{{timeline "x" tag="trials"}}\n');
    expect(summarise(diagnostics)).toEqual([
      '6:6 warning {{date}} takes one argument (id): "xx" is ignored',
      '8:1 warning {{timeline}} takes only named arguments (key="value"): "x" is ignored',
    ]);
    expect(diagnostics.list[0]!.hint).toBe('write {{date "id"}}; docs/authoring.md lists the helpers');
    expect(html).toContain('Held <span');
  });

  it('are not warned about when the helper reads them all', async () => {
    const { diagnostics } = await renderOutlineBody('## T\n\n{{fact "first-trial" "title"}} {{date "first-trial"}}\n');
    expect(summarise(diagnostics)).toEqual([]);
  });
});
