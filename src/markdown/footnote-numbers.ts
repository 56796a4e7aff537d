import type { MarkdownIt } from 'markdown-it';

/** A footnote's list item carries its number, so that the second footnote of a lecture is listed as 2 on whatever slide. */
export function footnoteNumbersPlugin(md: MarkdownIt): void {
  md.renderer.rules.footnote_open = (tokens, idx) => {
    const { id, subId } = tokens[idx]!.meta as { id: number; subId?: number };
    return `<li id="fn${id + 1}${subId ? `:${subId}` : ''}" class="footnote-item" value="${id + 1}">`;
  };
}
