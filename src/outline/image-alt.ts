import type { Token } from 'markdown-it';

/** The 0-based lines (in the parsed Markdown) of the images written with no alt text (`![](x.png)`, and no Quarto `fig-alt`). */
export function imagesWithoutAlt(tokens: Token[]): number[] {
  const lines: number[] = [];
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    for (const child of token.children ?? []) {
      const figAlt = (child.meta as { alt?: string } | null)?.alt ?? child.attrGet('fig-alt') ?? child.attrGet('data-fig-alt');
      if (child.type === 'image' && !child.content.trim() && !String(child.attrGet('alt') ?? '').trim() && !String(figAlt ?? '').trim()) lines.push(line);
    }
  }
  return lines;
}
