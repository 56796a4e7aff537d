import type { Token } from 'markdown-it';
import type { FenceInfo } from '../markdown/code-blocks.js';
import { plainText } from '../html/plain-text.js';

/**
 * A rough height, in the slide's pixels (1280×720, 34px type), of a slide's
 * content, so that build and check report slides that overflow without a
 * browser (the PDF export measures them exactly). Each block counts its
 * lines at the theme's sizes, measured in Chromium on the print view, where
 * a slide is a flex column and margins do not collapse; columns count their
 * tallest. Where unsure it counts high: a slide that is nearly full is
 * better reported than a slide that overflows unreported.
 */

const LINE = 44.2;
const CHARS_PER_LINE = 76;
const CODE_LINE = 27.5;
const BLOCK_GAP = 18;
/** A paragraph's margins, above and below; the last one's bottom margin is not part of the content's height. */
const PARAGRAPH_MARGIN = 18;
/** The space between two list items, and what a list adds below its last. */
const ITEM_GAP = 9;
const LIST_END = 4;
/** A slide's title with its margin below. */
const TITLE = 94;

/** The hint for a slide that overflows, the same from the build's estimate and from the PDF's measurement. */
export const OVERFLOW_HINT = 'split the slide, move detail to the notes, or add {.smaller} or {.scrollable} to its heading';

export interface Tallest {
  what: string;
  /** 0-based line of the rendered Markdown. */
  line: number;
  height: number;
}

export interface Estimate {
  height: number;
  tallest?: Tallest;
}

/** The lines a text wraps to; runs of white space are drawn as one space, as HTML draws them. */
function textLines(text: string, perLine = CHARS_PER_LINE): number {
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.replace(/[ \t]+/g, ' ').length / perLine)), 0);
}

/** A helper's HTML as the text it shows: a formula once, by its glyphs, not also by its MathML. */
const helperText = (html: string) => plainText(html.replace(/<math[\s\S]*?<\/math>/g, ''));

function inlineText(token: Token | undefined): string {
  return (token?.children ?? []).map((c) => (c.type === 'image' ? '' : c.type === 'helper_html' ? helperText(c.content) : c.content)).join('');
}

function close(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

/** How many rows a layout grid of `cells` cells has. */
function gridRows([key, value]: [string, string], cells: number): number {
  if (key === 'layout-nrow') return Math.max(1, Number(value) || 1);
  if (key === 'layout-ncol') return Math.ceil(cells / Math.max(1, Number(value) || 1));
  try {
    const rows: unknown = JSON.parse(value);
    return Array.isArray(rows) && rows.every(Array.isArray) ? rows.length : 1;
  } catch {
    return 1;
  }
}

/** The estimated height of the blocks from `start` to `end` (exclusive), stacked. */
function stack(tokens: Token[], start: number, end: number, width: number, image: (src: string) => number): Estimate {
  let height = 0;
  let tallest: Tallest | undefined;
  /** The bottom margin of the last block, which the content's height leaves out. */
  let trailing = 0;
  const add = (what: string, line: number, h: number, gap = BLOCK_GAP, margin = 0) => {
    height += h + gap;
    trailing = margin;
    if (!tallest || h > tallest.height) tallest = { what, line, height: h };
  };
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const line = t.map?.[0] ?? 0;
    const perLine = Math.max(12, Math.round(CHARS_PER_LINE * width));
    if (t.type === 'paragraph_open') {
      const inline = tokens[i + 1];
      const images = (inline?.children ?? []).filter((c) => c.type === 'image');
      // A stretched image takes what height is left; an absolute one none.
      const imageHeight = images.reduce((h, c) => h + (/\b(r-stretch|absolute)\b/.test(String(c.attrGet('class') ?? '')) ? 60 : image(String(c.attrGet('src') ?? ''))), 0);
      const words = inlineText(inline);
      const text = words.trim() ? textLines(words, perLine) * LINE : 0;
      add(images.length ? 'an image' : 'a paragraph', line, text + imageHeight, 2 * PARAGRAPH_MARGIN, PARAGRAPH_MARGIN);
      i = close(tokens, i);
    } else if (t.type === 'heading_open') {
      add('a heading', line, textLines(inlineText(tokens[i + 1]), perLine) * LINE * 1.1);
      i = close(tokens, i);
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open' || t.type === 'dl_open') {
      const end2 = close(tokens, i);
      let items = 0;
      for (let j = i; j < end2; j++) {
        const inline = tokens[j]!;
        if (inline.type === 'inline') items += textLines(inline.content, perLine - 4) * LINE + ITEM_GAP;
      }
      add('a list', line, items, LIST_END);
      i = end2;
    } else if (t.type === 'fence') {
      const info = (t.meta as { fence?: FenceInfo } | null)?.fence;
      // A raw block of a format other than HTML or TeX is left out of the deck.
      if (info?.kind === 'raw' && !['html', 'tex', 'latex'].includes(info.lang)) continue;
      const what = info?.kind === 'cell' ? `a {${info.lang}} cell shown as code (Lectern does not run it)` : info?.kind === 'diagram' ? 'a diagram' : 'a code block';
      add(what, line, info?.kind === 'diagram' && info.lang === 'mermaid' ? 300 : Math.min(480, t.content.split('\n').length * CODE_LINE + 20));
    } else if (t.type === 'table_open') {
      const end2 = close(tokens, i);
      add('a table', line, tokens.slice(i, end2).filter((x) => x.type === 'tr_open').length * 40);
      i = end2;
    } else if (t.type === 'math_block') add('a formula', line, 40 * t.content.split('\n').length + 20);
    else if (t.type === 'blockquote_open') {
      const end2 = close(tokens, i);
      const inner = stack(tokens, i + 1, end2, width * 0.95, image);
      add('a quotation', line, inner.height + 20);
      i = end2;
    } else if (t.type === 'fenced_div_open') {
      const end2 = close(tokens, i);
      const classes = t.info.split(' ');
      if (classes.includes('absolute') || classes.includes('notes') || classes.includes('footer')) {
        i = end2;
        continue;
      }
      const values = (t.meta as { values?: Array<[string, string]> } | null)?.values ?? [];
      const layout = values.find(([k]) => k === 'layout-ncol' || k === 'layout' || k === 'layout-nrow');
      if (classes.includes('columns') || classes.includes('panel-tabset') || layout) {
        // Side by side (columns, grid cells) or one at a time (tabs): the tallest part counts, once per grid row.
        const parts: Estimate[] = [];
        const level = t.level + 1;
        for (let j = i + 1; j < end2; j++) {
          const part = tokens[j]!;
          if (part.level !== level || part.nesting < 0) continue;
          const end3 = part.nesting === 1 ? close(tokens, j) : j;
          parts.push(classes.includes('columns') && part.type === 'fenced_div_open' ? stack(tokens, j + 1, end3, width / 2, image) : stack(tokens, j, end3 + 1, width / 2, image));
          j = end3;
        }
        const rows = classes.includes('panel-tabset') || classes.includes('columns') ? 1 : gridRows(layout!, parts.length);
        const top = [...parts].sort((a, b) => b.height - a.height)[0];
        add(top?.tallest?.what ?? 'columns', top?.tallest?.line ?? line, (top?.height ?? 0) * rows);
      } else {
        const inner = stack(tokens, i + 1, end2, width, image);
        height += inner.height;
        trailing = 0;
        if (inner.tallest && (!tallest || inner.tallest.height > tallest.height)) tallest = inner.tallest;
      }
      i = end2;
    } else if (t.type === 'html_block' || t.type === 'helper_html_block') add('a block of HTML', line, textLines(t.content.replace(/<[^>]*>/g, ''), perLine) * LINE * 0.8);
  }
  return { height: height - trailing, tallest };
}

/** The estimated height of a slide: its title and its body (`scale`d, as {.smaller} draws it). */
export function estimateHeight(content: Token[], hasTitle: boolean, scale: number, image: (src: string) => number): Estimate {
  const body = stack(content, 0, content.length, 1, image);
  return { height: body.height * scale + (hasTitle ? TITLE : 0), tallest: body.tallest };
}
