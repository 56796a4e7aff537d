/**
 * A closed range ("1824–1828", "19.–24.") never breaks after its dash. The
 * text keeps the plain dash, so that copying and searching find "1824–1828";
 * in HTML the word that holds the range is kept on one line by a
 * `<span class="nowrap">` (white-space: nowrap in every stylesheet).
 */

/** A word, between breakable spaces, holding a closed dash between two numbers. */
const RANGE_WORD = /[^ \t\r\n]*\d\.?–\d[^ \t\r\n]*/g;

const OPEN = '<span class="nowrap">';
const CLOSE = '</span>';

/** Text between tags: a range is wrapped inside the element that holds it, never across a tag. */
const TEXT_NODE = /(^|>)([^<]+)/g;

/** A run of HTML with each word holding a closed range kept on one line. */
export function keepRangesTogether(html: string): string {
  if (!html.includes('–')) return html;
  return html.replace(TEXT_NODE, (_m, gt: string, text: string) => gt + text.replace(RANGE_WORD, (word) => `${OPEN}${word}${CLOSE}`));
}

/** A document's `<title>` holds text only: its ranges go without the span. */
export function plainTitle(html: string): string {
  return html.replace(/(<title>)([\s\S]*?)(<\/title>)/i, (_m, open: string, body: string, close: string) => `${open}${body.split(OPEN).join('').split(CLOSE).join('')}${close}`);
}
