import type { Env } from 'markdown-it';

/** The per-render bag markdown-it passes to every rule. */
export type MarkdownEnv = Env & {
  /** Reports a problem at a 0-based line of the Markdown being rendered. */
  report?: (line: number, ruleId: string, message: string, hint?: string) => void;
  /** The HTML the fact helpers inserted, which marks in the text stand for (see helper-html.ts). */
  helperHtml?: string[];
};
