import type { Page } from 'puppeteer-core';

/** What was cut off, which decides the hint. */
export type CutOffWhat = 'formula' | 'code' | 'table' | 'image' | 'content';

export interface CutOff {
  /** 0-based slide index. */
  slide: number;
  what: CutOffWhat;
  detail: string;
}

export const CUT_OFF_HINTS: Record<CutOffWhat, string> = {
  formula: 'break the formula over lines with \\\\ in an aligned environment, or make the slide {.smaller}',
  code: 'shorten or break the lines (or set code-overflow: wrap), or split the code over two slides',
  table: 'give the table fewer or narrower columns, or make the slide {.smaller}',
  image: 'give the image a smaller width, e.g. {width="80%"}',
  content: 'make it narrower, or make the slide {.smaller}',
};

/**
 * Finds content that a printed slide loses at its edges, which a reader of
 * the PDF cannot scroll to: an element whose content is wider (or, in a
 * scrolling box, taller) than its box while its overflow clips or scrolls,
 * and an element that runs past the slide's left or right edge. Each is
 * reported once, outermost first; what lies inside it is not looked at.
 */
export function findCutOffContent(page: Page): Promise<CutOff[]> {
  return page.evaluate(() => {
    const found: Array<{ slide: number; what: CutOffWhat; detail: string }> = [];
    const describe = (el: Element): [CutOffWhat, string] => {
      if (el.matches('.katex-display, .katex, .math')) return ['formula', 'a formula'];
      if (el.closest('pre')) return ['code', 'a code block'];
      if (el.matches('table') || el.querySelector(':scope > table')) return ['table', 'a table'];
      if (el.matches('img, svg, video, canvas, picture')) return ['image', `an image (${el.tagName.toLowerCase()})`];
      if (el.matches('iframe')) return ['image', 'an embedded page'];
      return ['content', `the content of a <${el.tagName.toLowerCase()}>`];
    };
    const clips = (value: string) => value !== 'visible';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page:not(.pdf-skipped) > section')];
    const seen = new Set<number>();
    for (const section of sections) {
      const slide = Number(section.dataset.slideIndex);
      if (seen.has(slide)) continue;
      seen.add(slide);
      const edges = section.getBoundingClientRect();
      const report = (el: Element, detail: string) => {
        const [what, name] = describe(el);
        found.push({ slide, what, detail: `${name} ${detail}` });
      };
      const visit = (parent: Element) => {
        for (const el of parent.children) {
          if (el.matches('aside.notes, script, style, template')) continue;
          const box = el.getBoundingClientRect();
          if (!box.width && !box.height) continue;
          const past = Math.round(Math.max(edges.left - box.left, box.right - edges.right));
          if (past > 2) {
            report(el, `runs ${past}px past the slide's ${box.right - edges.right >= edges.left - box.left ? 'right' : 'left'} edge`);
            continue;
          }
          const wider = el.scrollWidth - el.clientWidth;
          const taller = el.scrollHeight - el.clientHeight;
          if (wider > 2 || taller > 2) {
            const style = getComputedStyle(el);
            // A line cut short with an ellipsis (the footer's) shows that it is: the reader sees the cut.
            if (wider > 2 && clips(style.overflowX) && style.textOverflow !== 'ellipsis') {
              report(el, `is ${wider}px wider than its box, which cuts it off`);
              continue;
            }
            if (taller > 2 && scrolls(style.overflowY)) {
              report(el, `is ${taller}px taller than its box, which cuts it off`);
              continue;
            }
          }
          // A formula's and a picture's inner parts are theirs: the formula or picture as a whole is what fits or not.
          if (!el.matches('.katex, .katex-display, svg')) visit(el);
        }
      };
      visit(section);
    }
    return found;
  });
}
