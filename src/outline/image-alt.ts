import type { Token } from 'markdown-it';

/** The 0-based lines (in the parsed Markdown) of the images written with no alt text (`![](x.png)`, and no Quarto `fig-alt`). */
export function imagesWithoutAlt(tokens: Token[]): number[] {
  const lines: number[] = [];
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.map) line = token.map[0];
    const children = token.children;
    if (!children) continue;
    for (let j = 0; j < children.length; j++) {
      const child = children[j]!;
      if (child.type !== 'image') continue;
      const figAlt = (child.meta as { alt?: string } | null)?.alt ?? child.attrGet('fig-alt') ?? child.attrGet('data-fig-alt');
      if (!child.content.trim() && !String(child.attrGet('alt') ?? '').trim() && !String(figAlt ?? '').trim()) lines.push(line);
    }
  }
  return lines;
}
