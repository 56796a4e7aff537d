/** One slide of a deck, ready for its template. */
export interface Slide {
  kind: 'title' | 'section' | 'content' | 'sources';
  /** Its 0-based place in the deck. */
  index: number;
  id?: string;
  /** The outline line the slide starts at (1-based). */
  line: number;
  /** The heading, as HTML (empty for untitled slides). */
  title: string;
  classes: string[];
  /** reveal.js attributes of the slide's <section>, such as data-background-color. */
  attributes: Array<[string, string]>;
  content: string;
  /** The footer line at the slide's foot (its own `::: footer`, else the deck's `footer:`), as HTML. */
  footer: string;
  notes: string;
  /** The facts used on the slide, content and notes, in order of first use. */
  facts: string[];
}
