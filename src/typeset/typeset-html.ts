import { RUN_SEPARATOR } from './rules/quotes-per-run.js';
import { keepRangesTogether, plainTitle } from './nowrap-ranges.js';
import { keptAsTags, letKeptBeWords, restoreKept, splitHtml } from './split-html.js';
import { typografLocale, typographer } from './typographer.js';

/** Runs with nothing to typeset: no letters, digits or quotes. */
const NOTHING = /^[^\p{L}\p{N}"'«»„“”‘’‚.-]*$/u;

/**
 * Escaped markup written with numbers (`&#60;script&#62;`, as citeproc
 * writes it): typograf decodes numeric entities, which would turn escaped
 * text back into tags, so they are named before it sees them.
 */
const NUMERIC_ESCAPES = /&#(?:(60|x3c)|(62|x3e)|(38|x26));/gi;
const nameEscapes = (text: string) => text.replace(NUMERIC_ESCAPES, (_m, lt, gt) => (lt ? '&lt;' : gt ? '&gt;' : '&amp;'));

/** A citation mark stays on the line of the word it follows. */
const BEFORE_CITE = /[ \t\n]+(<a\b[^>]*\bclass="cite\b)/g;

/** Runs per call of typograf: enough to spread its fixed cost, few enough to keep its table of hidden tags small. */
const BATCH = 400;

/** Runs already typeset, by locale and text: a deck repeats its labels, citations and notes many times. */
const typesetRuns = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 200_000;

/**
 * The typesetting pass every page goes through, slides, notes and course
 * pages alike: quotation marks per language and nesting, no-break spaces in
 * dates, numbers with units, short words and before citation marks, en
 * dashes in ranges, kept on one line, single punctuation after quotations. Code, math, URLs
 * and attributes are left as they are; an element's `lang` switches the
 * rules for its content. Each distinct run of text goes through typograf
 * once, in batches per language, apart from the other runs of its batch.
 */
export function typesetHtml(html: string, lang: string): string {
  const { parts, runs } = splitHtml(html, lang);
  const pending = new Map<string, Set<string>>();
  const localeOf = new Map<string, string | undefined>();
  const locales = runs.map((run) => {
    if (!localeOf.has(run.lang)) localeOf.set(run.lang, typografLocale(run.lang));
    const locale = localeOf.get(run.lang);
    const text = parts[run.index]!;
    if (!locale || NOTHING.test(text)) return undefined;
    const cache = cacheFor(locale);
    if (!cache.has(text)) pending.set(locale, (pending.get(locale) ?? new Set()).add(text));
    return locale;
  });
  for (const [locale, texts] of pending) {
    const list = [...texts];
    for (let start = 0; start < list.length; start += BATCH) typesetBatch(list.slice(start, start + BATCH), locale);
  }
  runs.forEach((run, i) => {
    const locale = locales[i];
    const text = parts[run.index]!;
    parts[run.index] = restoreKept(locale ? (cacheFor(locale).get(text) ?? text) : text, run.kept);
  });
  return plainTitle(parts.join(''));
}

function cacheFor(locale: string): Map<string, string> {
  let cache = typesetRuns.get(locale);
  if (!cache) typesetRuns.set(locale, (cache = new Map()));
  return cache;
}

/** Typesets runs in one call of typograf and remembers each. */
function typesetBatch(texts: string[], locale: string): void {
  const cache = cacheFor(locale);
  if (cache.size + texts.length > CACHE_LIMIT) cache.clear();
  // typograf trims a text's outer whitespace, which separates a run from the markup around it: it is put back.
  const runs = texts.map((text) => /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!);
  const inputs = runs.map((m) => nameEscapes(m[2]!).replace(BEFORE_CITE, '\u00a0$1'));
  const marked = inputs.map(letKeptBeWords);
  const typeset = typographer(locale).execute(marked.join(RUN_SEPARATOR)).split(RUN_SEPARATOR);
  // A batch that does not come back in as many runs (never seen) is left as it was.
  if (typeset.length !== runs.length) return;
  texts.forEach((text, k) => {
    const out = marked[k] === inputs[k] ? typeset[k]! : keptAsTags(typeset[k]!);
    cache.set(text, `${runs[k]![1]}${keepRangesTogether(out)}${runs[k]![3]}`);
  });
}
