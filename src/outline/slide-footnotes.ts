import type { MarkdownIt, Token } from 'markdown-it';
import type { MarkdownEnv } from '../markdown/markdown-env.js';

/** The footnote definitions of a lecture, by footnote id. */
export type Footnotes = Map<number, Token[]>;

/** Removes markdown-it-footnote's block from the end of the stream, keyed by footnote id. */
export function takeFootnotes(tokens: Token[]): Footnotes {
  const byId: Footnotes = new Map();
  const start = tokens.findIndex((t) => t.type === 'footnote_block_open');
  if (start < 0) return byId;
  const block = tokens.splice(start);
  let current: Token[] | undefined;
  for (const token of block) {
    if (token.type === 'footnote_open') byId.set((token.meta as { id: number }).id, (current = []));
    if (current) current.push(token);
    if (token.type === 'footnote_close') current = undefined;
  }
  return byId;
}

/** The ids of the footnotes a slide references, in order. */
function referencedIds(content: Token[]): number[] {
  const ids: number[] = [];
  for (let i = 0; i < content.length; i++) {
    const children = content[i]!.children;
    if (!children) continue;
    for (let j = 0; j < children.length; j++) {
      const child = children[j]!;
      if (child.type !== 'footnote_ref') continue;
      const id = (child.meta as { id: number }).id;
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** The footnotes referenced on a slide, numbered as their marks (the lecture counts them through). */
export function renderFootnotes(md: MarkdownIt, content: Token[], footnotes: Footnotes, env: MarkdownEnv): string {
  const body = referencedIds(content).flatMap((id) => footnotes.get(id) ?? []);
  if (!body.length) return '';
  return `<div class="footnotes"><ol class="footnotes-list">\n${md.renderer.render(body, md.options, env)}</ol></div>\n`;
}
