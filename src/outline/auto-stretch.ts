import type { Token } from 'markdown-it';
import type { Figure } from '../markdown/figures.js';

function figureOf(token: Token): Figure | undefined {
  return (token.meta as { figure?: Figure } | null)?.figure;
}

/**
 * Quarto's auto-stretch: on a slide whose only image stands alone in a
 * top-level paragraph, the image fills the height the rest of the slide
 * leaves free (reveal.js's r-stretch), on the side its `fig-align` names.
 * Not when the image has a height, is placed absolutely or is a fragment,
 * nor on a `.nostretch` slide.
 */
export function autoStretch(content: Token[], slideClasses: string[]): void {
  if (slideClasses.includes('nostretch')) return;
  let images = 0;
  let candidate: { paragraph: Token; image: Token } | undefined;
  for (let i = 0; i < content.length; i++) {
    const token = content[i]!;
    const children = token.children;
    if (children) for (let j = 0; j < children.length; j++) if (children[j]!.type === 'image') images++;
    if (token.type === 'paragraph_open' && token.level === 0 && content[i + 1]?.children?.length) {
      const image = (content[i + 1]!.children ?? []).find((c) => c.type === 'image');
      if (image && figureOf(token)?.image === image) candidate = { paragraph: token, image };
      else if (image && content[i + 1]!.children!.filter((c) => c.type !== 'softbreak' && !(c.type === 'text' && !c.content.trim())).length === 1) {
        candidate = { paragraph: token, image };
      }
    }
  }
  if (images !== 1 || !candidate) return;
  const { paragraph, image } = candidate;
  const classes = String(image.attrGet('class') ?? '').split(/\s+/).filter(Boolean);
  const style = String(image.attrGet('style') ?? '');
  if (image.attrGet('height') !== null || /height/.test(style) || classes.some((c) => c === 'absolute' || c === 'fragment' || c === 'nostretch')) return;
  const figure = figureOf(paragraph);
  if (figure?.fragment) return;
  image.attrJoin('class', 'r-stretch');
  if (figure?.align) image.attrJoin('class', `quarto-figure-${figure.align}`);
  paragraph.meta = { ...(paragraph.meta as object), figure: { ...(figure ?? { image }), stretch: true } };
}
