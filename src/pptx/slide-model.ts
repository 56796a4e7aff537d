/**
 * A slide as measured in the browser, in the deck's own pixels: what the
 * PowerPoint writer draws. Boxes are measured from the top left of the
 * printed page, which holds the slide (1280 × 720) inside the deck's margins.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  mono?: boolean;
  /** #rrggbb */
  color: string;
  /** px */
  size: number;
  link?: string;
  sup?: boolean;
  sub?: boolean;
  /** A line break inside the paragraph (<br>, a new line in code). */
  lineBreak?: boolean;
  /** A space held open for a picture drawn over it (inline math): px added to the width of one no-break space. */
  space?: number;
}

export interface Paragraph {
  runs: Run[];
  /** 0 for body text; list depth otherwise. */
  level: number;
  bullet?: 'bullet' | 'number';
  align: 'left' | 'center' | 'right';
  /** px after the paragraph. */
  spaceAfter?: number;
}

export type Item =
  /** shrink: PowerPoint shrinks the text when it runs over its box (a title, a list of sources). */
  | { kind: 'text'; box: Box; role: 'title' | 'body' | 'code' | 'quote'; paragraphs: Paragraph[]; fill?: string; shrink?: boolean }
  /** columns: each column's width; longestWords: the width of each column's longest word, in the deck's face or a wide one, whichever is wider. */
  | { kind: 'table'; box: Box; columns: number[]; longestWords: number[]; rows: Array<Array<{ runs: Run[]; header: boolean; fill?: string }>> }
  | { kind: 'image'; box: Box; file: string; alt: string }
  /** Drawn from a screenshot of the element marked `data-pptx-shot` = shot: math, images PowerPoint cannot take. */
  | { kind: 'picture'; box: Box; shot: number; alt: string };

export interface SlideModel {
  /** 0-based, as the deck counts. */
  index: number;
  /** #rrggbb, when the slide is not white. */
  background?: string;
  backgroundImage?: string;
  /** The slide number as the deck shows it, and its colour. */
  number?: { text: string; color: string };
  notes: string;
  items: Item[];
  /** Constructs with no PowerPoint form: the slide is exported as a picture of itself. */
  unsupported: string[];
  /** All the slide's text, for a picture's alt text. */
  text: string;
}
