import { escapeHtml } from '../html/escape-html.js';
import { typeset } from './math.js';

/**
 * `$…$` in plain text (a fact's title, definition or note), read as the
 * outlines read it: no space just inside the dollars, no digit right after
 * the closing one ("$5 and $6" stays money), `\$` a dollar sign.
 */
const FORMULA = /(?<!\\)\$(?!\s)((?:\\.|[^\\$])+?)(?<!\s)\$(?!\d)/g;

export interface FoundFormula {
  tex: string;
  /** Where the formula starts in the text, its opening dollar included, and where it ends. */
  start: number;
  end: number;
}

/** The `$…$` formulas of a text, in order. */
export function formulasIn(text: string): FoundFormula[] {
  if (!text.includes('$')) return [];
  return [...text.matchAll(FORMULA)].map((m) => ({ tex: m[1]!, start: m.index, end: m.index + m[0].length }));
}

const typesetFormulas = new Map<string, { html: string; error?: string }>();

/** A formula set inline by KaTeX, each distinct one once: fact texts come back on many slides and pages. */
function inlineFormula(tex: string): { html: string; error?: string } {
  let result = typesetFormulas.get(tex);
  if (!result) typesetFormulas.set(tex, (result = typeset(tex, false)));
  return result;
}

const plain = (text: string) => escapeHtml(text.replace(/\\\$/g, '$'));

/** Plain text as HTML: escaped, with its `$…$` formulas typeset (one KaTeX cannot read shows its source in red). */
export function textWithMath(text: string): string {
  const formulas = formulasIn(text);
  if (!formulas.length) return plain(text);
  let html = '';
  let at = 0;
  for (const { tex, start, end } of formulas) {
    html += plain(text.slice(at, start)) + inlineFormula(tex).html;
    at = end;
  }
  return html + plain(text.slice(at));
}

/** The formulas of a text that KaTeX cannot read, each with its reason. */
export function formulaErrors(text: string): Array<{ tex: string; error: string }> {
  return formulasIn(text).flatMap(({ tex }) => {
    const { error } = inlineFormula(tex);
    return error ? [{ tex, error }] : [];
  });
}
