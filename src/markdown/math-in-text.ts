import { escapeHtml } from '../html/escape-html.js';
import { formulaAt } from './formula-span.js';
import { typeset } from './math.js';

export interface FoundFormula {
  tex: string;
  /** Where the formula starts in the text, its opening dollar included, and where it ends. */
  start: number;
  end: number;
}

/**
 * The `$…$` formulas of a text (a fact's title, definition or note), in
 * order, read as the outlines read them (see formulaAt); `\$` is a dollar sign.
 */
export function formulasIn(text: string): FoundFormula[] {
  const found: FoundFormula[] = [];
  for (let at = text.indexOf('$'); at >= 0; ) {
    const formula = text[at - 1] === '\\' ? undefined : formulaAt(text, at);
    if (formula && !formula.display) found.push({ tex: text.slice(formula.from, formula.to), start: at, end: formula.end });
    at = text.indexOf('$', formula && !formula.display ? formula.end : at + (text[at + 1] === '$' ? 2 : 1));
  }
  return found;
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
