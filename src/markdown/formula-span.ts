/** Where a formula that opens at a dollar sign lies: its TeX from `from` to `to`, its closing dollars ending at `end`. */
export interface FormulaSpan {
  /** `$$…$$`: a displayed formula. */
  display: boolean;
  from: number;
  to: number;
  end: number;
}

/**
 * The formula opening at `pos`, read as Pandoc reads TeX math: `$…$` with no
 * space just inside the dollars and no digit right after the closing one
 * (so "$5 and $6" stays money), or `$$…$$` with something between; `\$` is
 * never a closing dollar. Undefined when there is none: the dollars are text.
 */
export function formulaAt(src: string, pos: number): FormulaSpan | undefined {
  if (src[pos] !== '$') return undefined;
  const display = src[pos + 1] === '$';
  const open = display ? 2 : 1;
  if (!display && /\s/.test(src[pos + 1] ?? ' ')) return undefined;
  let to = pos + open;
  while ((to = src.indexOf(display ? '$$' : '$', to)) >= 0 && src[to - 1] === '\\') to++;
  if (to < 0) return undefined;
  if (display ? !src.slice(pos + 2, to).trim() : /\s/.test(src[to - 1]!) || /\d/.test(src[to + 1] ?? '')) return undefined;
  return { display, from: pos + open, to, end: to + open };
}
