/** The per-render bag markdown-it passes to every rule. */
export type MarkdownEnv = {
  /** Reports a problem at a 0-based line of the Markdown being rendered (and 1-based column, when known). */
  report?: (line: number, ruleId: string, message: string, hint?: string, column?: number) => void;
  /** Reports something left out or shown otherwise than written, at a 0-based line (and 1-based column, when known). */
  warn?: (line: number, ruleId: string, message: string, hint?: string, column?: number) => void;
  /** The deck's default for `code-line-numbers`. */
  codeLineNumbers?: string;
  /** Set when the Markdown holds a diagram that the deck draws with mermaid. */
  mermaid?: boolean;
  /** The lecture's language. */
  lang?: string;
  /** "Figure", in the lecture's language. */
  figureLabel?: string;
  /** "Table" and "Equation", in the lecture's language. */
  tableLabel?: string;
  equationLabel?: string;
  /** What cross-references name each numbered figure, table and equation by ("Figure 2"), by id. */
  crossRefs?: Map<string, string>;
  /** Lists are incremental unless a div says otherwise (the deck's `incremental: true`). */
  incremental?: boolean;
  /** Classes the deck's own stylesheets define, which divs may use. */
  divClasses?: Set<string>;
  /** The HTML the fact helpers inserted, which marks in the text stand for (see helper-html.ts). */
  helperHtml?: string[];
};
