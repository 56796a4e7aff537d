import type { Token } from 'markdown-it';

/** The 0-based lines (in the parsed Markdown) of the images written with no alt text (`![](x.png)`). */
export function imagesWithoutAlt(tokens: Token[]): number[] {
  const lines: number[] = [];
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    for (const child of token.children ?? []) {
      if (child.type === 'image' && !child.content.trim() && !String(child.attrGet('alt') ?? '').trim()) lines.push(line);
    }
  }
  return lines;
}
