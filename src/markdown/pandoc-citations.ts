import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';
import { sourcePlaces } from './source-places.js';

/**
 * Pandoc's citation keys, at the start of a word: `@knuth1984`, `-@knuth1984`
 * (author suppressed), `@{key with spaces}`. A key starts with a letter, digit
 * or `_` and ends with one; punctuation may stand inside it. An `@` after a
 * letter or digit (an e-mail address) starts none.
 */
const KEY = /(?<![\p{L}\p{N}_@\\])-?@(\{[^{}\0]+\}|[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?)/gu;
/** A bracketed citation, `[@key]`, `[@key, p. 5]`, `[see @a; @b]`: brackets holding a key. */
const BRACKETED = /\[[^[\]\0]*\]/g;
/** Quarto's cross-references: `@fig-…`, `@tbl-…`, `@eq-…`, `@sec-…` and the theorem kinds are references, not citations. */
const CROSS_REFERENCE = /^(fig|tbl|eq|sec|lst|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg)-/;

/** The citations of a text: each bracketed group holding a key once, then each key outside brackets. */
function citations(text: string): string[] {
  const keys = (part: string) => [...part.matchAll(KEY)].filter((m) => !CROSS_REFERENCE.test(m[1]!));
  const found: Array<{ index: number; text: string }> = [];
  const taken: Array<[number, number]> = [];
  for (const group of text.matchAll(BRACKETED)) {
    if (!keys(group[0]).length) continue;
    found.push({ index: group.index, text: group[0] });
    taken.push([group.index, group.index + group[0].length]);
  }
  for (const key of keys(text)) {
    if (!taken.some(([from, to]) => key.index >= from && key.index < to)) found.push({ index: key.index, text: key[0] });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.text);
}

/**
 * The text of an inline token as its words run: its text pieces joined, line
 * breaks kept, and anything else (code, math, HTML, an escaped character such
 * as `\@`) a stop that no citation spans.
 */
function runningText(children: Token[]): string {
  return children.map((c) => (c.type === 'text' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : '\0')).join('');
}

/** Warns at each Pandoc citation (`[@key]`, `@key`): Lectern does not read them, and shows them as written. */
function warnPandocCitations(state: StateCore): void {
  const env = state.env as MarkdownEnv;
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.content.includes('@') || !token.children) continue;
    const found = citations(runningText(token.children));
    if (!found.length) continue;
    const place = sourcePlaces(state, token);
    for (const citation of found) {
      const at = place(citation.split('\n')[0]!);
      env.warn?.(at.line, 'pandoc-citation', `"${citation.replace(/\s+/g, ' ')}" is a Pandoc citation, which Lectern does not read: it is shown as written`, 'Lectern cites facts: name the work in a fact\'s sources: (sources.yaml, or sources.bib by its key) and write {{cite "fact-id"}}; write \\@ for an "@" of your own', at.column);
    }
  }
}

/** Runs before markdown-it joins text pieces, while an escaped `\@` is still a piece of its own. */
export function pandocCitationsPlugin(md: MarkdownIt): void {
  md.core.ruler.before('text_join', 'pandoc_citations', warnPandocCitations);
}
