import type { MarkdownIt, StateCore } from 'markdown-it';
import { escapeHtml } from '../html/escape-html.js';
import type { MarkdownEnv } from './markdown-env.js';
import { sourcePlaces } from './source-places.js';
import { splitText } from './split-text.js';

/** Quarto's cross-reference kinds Lectern numbers: what each is, and how to give one its id. */
const KINDS: Record<string, { what: string; hint: (id: string) => string }> = {
  fig: { what: 'figure', hint: (id) => `give an image the id {#${id}}` },
  tbl: { what: 'table', hint: (id) => `give a table's caption the id, ": Caption {#${id}}"` },
  eq: { what: 'equation', hint: (id) => `end the formula with "$$ {#${id}}"` },
};

const REF = /(^|[^\w@])@((fig|tbl|eq)-[\w-]*\w)/g;

/**
 * Records a numbered item (`fig-…`, `tbl-…`, `eq-…`) under its id, as
 * references name it ("Figure 2"). An id given twice is reported at the
 * second's line, and references keep going to the first.
 */
export function addReference(env: MarkdownEnv, id: string, label: string, line: number): void {
  const refs = (env.crossRefs ??= new Map());
  if (!refs.has(id)) refs.set(id, label);
  else env.warn?.(line, 'duplicate-id', `the id "${id}" is given twice: references to it go to the first (${refs.get(id)})`, 'give each figure, table and equation an id of its own');
}

/** Turns `@fig-id`, `@tbl-id` and `@eq-id` into links that name what they refer to; a reference to nothing is a warning. */
function crossReferences(state: StateCore): void {
  const env = state.env as MarkdownEnv;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'inline' || !/@(fig|tbl|eq)-/.test(token.content)) continue;
    const place = sourcePlaces(state, token);
    splitText(state, token, REF, (m, like) => {
      const [, before, id, kind] = m as unknown as [string, string, string, string];
      const ref = new state.Token('html_inline', '', 0);
      ref.level = like.level;
      const label = env.crossRefs?.get(id);
      if (label !== undefined) ref.content = `${escapeHtml(before)}<a href="#/${escapeHtml(id)}" class="quarto-xref">${escapeHtml(label)}</a>`;
      else {
        const at = place(`@${id}`);
        env.warn?.(at.line, 'unknown-reference', `"@${id}" refers to no ${KINDS[kind]!.what}`, `${KINDS[kind]!.hint(id)}, or fix the reference`, at.column);
        ref.content = `${escapeHtml(before)}<strong class="quarto-xref-missing">?@${escapeHtml(id)}</strong>`;
      }
      return ref;
    });
  }
}

/** Runs last of the core rules: figures, tables and equations are numbered by then. */
export function crossReferencesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('cross_references', crossReferences);
}
