/** Handout paper: its CSS size name and width in millimetres. */
export const PAPER = { A4: { size: 'A4', width: 210, height: 297 }, Letter: { size: 'letter', width: 215.9, height: 279.4 } } as const;
export type Paper = keyof typeof PAPER;

/** Page margins in millimetres; the running header and footer stand in them. */
export const MARGIN = { top: 18, bottom: 16, side: 14 };

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The handout's @page rule: paper, margins, and CSS margin boxes for the
 * running header (course, lecture) and the "page X of Y" footer, set in the
 * deck's own font. The cover page has neither.
 */
export function handoutPageCss(paper: Paper, course: string, lecture: string, words: { page: string; of: string }): string {
  const box = "font-family: 'PT Sans', sans-serif; font-size: 8pt; color: #5b6270;";
  return `@page {
  size: ${PAPER[paper].size} portrait;
  margin: ${MARGIN.top}mm ${MARGIN.side}mm ${MARGIN.bottom}mm;
  @top-left { content: ${cssString(course)}; ${box} }
  @top-right { content: ${cssString(lecture)}; ${box} }
  @bottom-center { content: ${cssString(`${words.page} `)} counter(page) ${cssString(` ${words.of} `)} counter(pages); ${box} }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}`;
}

/** The size of the printable area, in CSS units. */
export function printableArea(paper: Paper): { width: string; height: string } {
  return { width: `${PAPER[paper].width - 2 * MARGIN.side}mm`, height: `${PAPER[paper].height - MARGIN.top - MARGIN.bottom}mm` };
}
