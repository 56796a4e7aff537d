/**
 * Column widths for a table that PowerPoint may set in a wider face than the
 * deck's (a machine without PT Sans): each column at least as wide as its
 * longest word (measured in a wide face) with some slack, so that no word breaks in the middle; the
 * room is taken from the columns that have it to spare, and the table keeps
 * its width. When the table cannot hold every longest word so, the columns
 * are shared in proportion to what they need.
 */
export function tableColumns(widths: number[], longestWords: number[], padding: number, slack = 1.1): number[] {
  const total = sum(widths);
  const need = widths.map((_, i) => (longestWords[i] ?? 0) * slack + padding);
  const needed = sum(need);
  if (needed >= total) return need.map((n) => (n / needed) * total);
  const short = sum(widths.map((w, i) => Math.max(0, need[i]! - w)));
  const spare = sum(widths.map((w, i) => Math.max(0, w - need[i]!)));
  return widths.map((w, i) => (w < need[i]! ? need[i]! : w - ((w - need[i]!) / spare) * short));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
