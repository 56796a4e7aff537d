import { describe, expect, it } from 'vitest';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

/** The pandoc-citation warnings of an outline body, as "line:col citation". */
async function citations(body: string): Promise<string[]> {
  const { diagnostics } = await renderOutlineBody(body);
  return diagnostics
    .sorted()
    .filter((d) => d.ruleId === 'pandoc-citation')
    .map((d) => `${d.start.line}:${d.start.column} ${/^"(.*)" is a Pandoc citation/.exec(d.message)?.[1]}`);
}

describe('Pandoc citations', () => {
  it('are each reported where they stand: bracketed, with a locator, author suppressed, in the text, in a heading', async () => {
    const body = [
      '## Zitat [@knuth1984]', // 4
      '',
      'Wie Knuth schreibt [@knuth1984, S. 5], ist das so.', // 6
      'Knuth [-@knuth1984] und @lamport1994 [S. 7] sagen es.', // 7
      'Mehrere: [siehe @a1; auch @b-2, Kap. 1] und @{key with spaces}.', // 8
    ].join('\n');
    expect(await citations(body)).toEqual([
      '4:10 [@knuth1984]',
      '6:20 [@knuth1984, S. 5]',
      '7:7 [-@knuth1984]',
      '7:25 @lamport1994',
      '8:10 [siehe @a1; auch @b-2, Kap. 1]',
      '8:45 @{key with spaces}',
    ]);
  });

  it('say that Lectern does not read them, and how Lectern cites', async () => {
    const { diagnostics } = await renderOutlineBody('## A\n\nSo [@knuth1984].\n');
    expect(summarise(diagnostics)).toEqual(['6:4 warning "[@knuth1984]" is a Pandoc citation, which Lectern does not read: it is shown as written']);
    expect(diagnostics.list[0]!.hint).toMatch(/\{\{cite "fact-id"\}\}/);
  });

  it('leave e-mail addresses, cross-references, escaped and quoted @ alone', async () => {
    const body = [
      '## A {#a}',
      '',
      '$$ x $$ {#eq-x}',
      '',
      'Mail lecturer@uni-bonn.de or <info@example.org>; see @eq-x, [@eq-x], @fig-nope, @tbl-nope, @sec-intro and [-@thm-main].',
      'Write \\@knuth1984 for the text, `@knuth1984` in code, $a@b$ in math, @@ twice, and @ alone.',
    ].join('\n');
    expect(await citations(body)).toEqual([]);
  });
});
