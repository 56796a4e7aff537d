import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { addReference } from './cross-references.js';
import type { MarkdownEnv } from './markdown-env.js';

/**
 * Pandoc's table captions: a paragraph `: Caption {#tbl-id}` right after a
 * table becomes its `<caption>`, and the id the table's. A `tbl-` id numbers
 * the table for cross-references ("Table 1: Caption").
 */
function tableCaptions(state: StateCore): void {
  const env = state.env as MarkdownEnv;
  const tokens = state.tokens;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'table_close' || tokens[i + 1]?.type !== 'paragraph_open') continue;
    const [open, inline, close] = tokens.slice(i + 1, i + 4);
    const first = inline?.children?.[0];
    if (!open || !inline || !close || first?.type !== 'text' || !/^:\s/.test(first.content)) continue;
    first.content = first.content.replace(/^:\s+/, '');
    let tableOpen = i;
    while (tableOpen > 0 && !(tokens[tableOpen]!.type === 'table_open' && tokens[tableOpen]!.level === tokens[i]!.level)) tableOpen--;
    const id = open.attrGet('id');
    if (id) {
      tokens[tableOpen]!.attrSet('id', String(id));
      open.attrs = open.attrs!.filter(([k]) => k !== 'id');
      if (String(id).startsWith('tbl-')) {
        const label = `${env.tableLabel ?? 'Table'}\u00a0${++count}`;
        addReference(env, String(id), label, open.map?.[0] ?? 0);
        const prefix = new state.Token('text', '', 0);
        prefix.content = `${label}: `;
        prefix.meta = { generated: true };
        inline.children!.unshift(prefix);
      }
    }
    open.tag = close.tag = 'caption';
    tokens.splice(i + 1, 3);
    tokens.splice(tableOpen + 1, 0, open, inline, close);
    i += 3;
  }
}

/** Whether a text token is Lectern's own words, such as a caption's "Table 1: ", not the author's. */
export function isGeneratedText(token: Token): boolean {
  return (token.meta as { generated?: boolean } | null)?.generated === true;
}

export function tableCaptionsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('table_captions', tableCaptions);
}
