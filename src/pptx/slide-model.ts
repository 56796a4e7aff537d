/** A slide as measured in the browser, in the deck's own pixels (1280 × 720): what the PowerPoint writer draws. */

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
}

export interface Paragraph {
  runs: Run[];
  /** 0 for body text; list depth otherwise. */
  level: number;
  bullet?: 'bullet' | 'number';
  align: 'left' | 'center' | 'right';
}

export type Item =
  | { kind: 'text'; box: Box; role: 'title' | 'body' | 'code' | 'quote'; paragraphs: Paragraph[]; fill?: string }
  | { kind: 'table'; box: Box; columns: number[]; rows: Array<Array<{ runs: Run[]; header: boolean; fill?: string }>> }
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
