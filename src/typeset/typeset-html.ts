import { RUN_SEPARATOR } from './rules/quotes-per-run.js';
import { restoreKept, splitHtml } from './split-html.js';
import { typografLocale, typographer } from './typographer.js';

/** Runs with nothing to typeset: no letters, digits or quotes. */
const NOTHING = /^[^\p{L}\p{N}"'«»„“”‘’‚.-]*$/u;

/** A citation mark stays on the line of the word it follows. */
const BEFORE_CITE = /[ \t\n]+(<a\b[^>]*\bclass="cite\b)/g;

/**
 * The typesetting pass every page goes through, slides, notes and course
 * pages alike: quotation marks per language and nesting, no-break spaces in
 * dates, numbers with units, short words and before citation marks, en
 * dashes in ranges, single punctuation after quotations. Code, math, URLs
 * and attributes are left as they are; an element's `lang` switches the
 * rules for its content. The runs of one language go through typograf in
 * one batch, apart from each other.
 */
export function typesetHtml(html: string, lang: string): string {
  const { parts, kept } = splitHtml(html, lang);
  const out = parts.map((part) => part.html);
  const batches = new Map<string, number[]>();
  parts.forEach((part, i) => {
    if (part.kind !== 'text' || NOTHING.test(part.html)) return;
    const locale = typografLocale(part.lang);
    if (!locale) return;
    const batch = batches.get(locale) ?? [];
    batches.set(locale, batch);
    batch.push(i);
  });
  for (const [locale, indexes] of batches) {
    const runs = indexes.map((i) => /^(\s*)([\s\S]*?)(\s*)$/.exec(out[i]!)!);
    const text = typographer(locale).execute(runs.map((m) => m[2]!.replace(BEFORE_CITE, '\u00a0$1')).join(RUN_SEPARATOR));
    const typeset = text.split(RUN_SEPARATOR);
    // A batch that does not come back in as many runs (never seen) is left as it was.
    if (typeset.length !== runs.length) continue;
    indexes.forEach((i, k) => (out[i] = `${runs[k]![1]}${typeset[k]}${runs[k]![3]}`));
  }
  return restoreKept(out.join(''), kept);
}
