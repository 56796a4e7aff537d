/** Handout paper: its CSS size name, and width and height in millimetres. */
export const PAPER = { A4: { size: 'A4', width: 210, height: 297 }, Letter: { size: 'letter', width: 215.9, height: 279.4 } } as const;
export type Paper = keyof typeof PAPER;

/** Page margins in millimetres; the running header and footer stand in them. */
export const MARGIN = { top: 18, bottom: 16, side: 14 };

/**
 * The handout's @page rule: the paper, with no margin of the browser's own,
 * since each page the layout script makes is exactly one sheet and carries
 * its margins, header and footer itself. Added after reveal.js's own
 * (slide-sized) rule, so this one wins.
 */
export function pageCss(paper: Paper): string {
  return `@page { size: ${PAPER[paper].size} portrait; margin: 0; }`;
}
